#include "content/json_reader.hpp"
#include "content/section_readers.hpp"
#include "content/web_link.hpp"

namespace kiosk {

using nlohmann::json;

namespace {

bool readDateField(JsonReader& reader, const json& object, const std::string& ptr,
                   const std::string& key, CalendarDate& out) {
    std::string text;
    if (!reader.readString(object, ptr, key, text, true)) return false;
    const auto date = parseIsoDate(text, false);
    if (!date) {
        reader.error(childPointer(ptr, key),
                     "\"" + text + "\" is not a real date; expected YYYY-MM-DD");
        return false;
    }
    out = *date;
    return true;
}

void readCodes(JsonReader& reader, const json& object, const std::string& ptr,
               const std::string& key, bool required, std::vector<std::string>& out) {
    if (!reader.readStringList(object, ptr, key, out, required)) return;
    for (size_t i = 0; i < out.size(); ++i)
        if (!isLocalGovernmentCode(out[i]))
            reader.error(childPointer(ptr + "/" + key, i),
                         "\"" + out[i] + "\" is not a local-government code; expected five digits");
}

void readAssociation(JsonReader& reader, const json& value, const std::string& ptr, bool sourcePack,
                     Association& a) {
    if (reader.readString(value, ptr, "id", a.id, true) && !isStableId(a.id))
        reader.error(ptr + "/id", "\"" + a.id + "\" is not an id; expected a-z, 0-9 and '-'");
    reader.readText(value, ptr, "name", a.name, true);
    if (reader.readString(value, ptr, "prefecture", a.prefecture, true)) {
        const bool ok = a.prefecture.size() == 2 &&
                        isdigit(static_cast<unsigned char>(a.prefecture[0])) &&
                        isdigit(static_cast<unsigned char>(a.prefecture[1])) &&
                        std::stoi(a.prefecture) >= 1 && std::stoi(a.prefecture) <= 47;
        if (!ok)
            reader.error(ptr + "/prefecture",
                         "\"" + a.prefecture + "\" is not a prefecture code; expected 01 to 47");
    }
    std::string kind;
    if (reader.readString(value, ptr, "kind", kind, true)) {
        if (kind == "cities")
            a.kind = AssociationKind::Cities;
        else if (kind == "towns")
            a.kind = AssociationKind::Towns;
        else
            reader.error(ptr + "/kind", "\"" + kind + "\" is not a kind; expected cities or towns");
    }
    readDateField(reader, value, ptr, "agreement_date", a.agreementDate);
    reader.readInt(value, ptr, "declared_members", a.declaredMembers, true, 0, 2000);
    if (reader.readString(value, ptr, "color", a.color, true)) {
        uint32_t rgb;
        if (!parseHexColor(a.color, rgb))
            reader.error(ptr + "/color", "\"" + a.color + "\" is not a colour; expected #RRGGBB");
    }
    reader.readText(value, ptr, "summary", a.summary, false);
    readCodes(reader, value, ptr, "members", !sourcePack, a.members);
    readCodes(reader, value, ptr, "exclude", false, a.exclude);
    reader.readString(value, ptr, "image", a.image, false);
    readWebLink(reader, value, ptr, "url", a.url);
}

void readCompany(JsonReader& reader, const json& value, const std::string& ptr, Company& c) {
    if (reader.readString(value, ptr, "id", c.id, true) && !isStableId(c.id))
        reader.error(ptr + "/id", "\"" + c.id + "\" is not an id; expected a-z, 0-9 and '-'");
    reader.readText(value, ptr, "name", c.name, true);
    reader.readText(value, ptr, "former_name", c.formerName, false);
    readDateField(reader, value, ptr, "agreement_date", c.agreementDate);
    reader.readTextList(value, ptr, "initiatives", c.initiatives);
    readWebLink(reader, value, ptr, "url", c.url);
}

}  // namespace

void readPartnersFile(const json& document, const std::string& file, bool sourcePack,
                      std::vector<Association>& associations, std::vector<Company>& companies,
                      ProblemList& problems) {
    JsonReader reader(file, problems);
    if (!reader.requireObject(document, "")) return;
    if (const json* list = reader.field(document, "", "associations", true)) {
        if (reader.requireArray(*list, "/associations")) {
            for (size_t i = 0; i < list->size(); ++i) {
                const std::string ptr = childPointer("/associations", i);
                if (!reader.requireObject((*list)[i], ptr)) continue;
                const size_t before = problems.errorCount();
                Association a;
                a.indexInFile = i;
                readAssociation(reader, (*list)[i], ptr, sourcePack, a);
                if (problems.errorCount() == before) associations.push_back(std::move(a));
            }
        }
    }
    if (const json* list = reader.field(document, "", "companies", true)) {
        if (reader.requireArray(*list, "/companies")) {
            for (size_t i = 0; i < list->size(); ++i) {
                const std::string ptr = childPointer("/companies", i);
                if (!reader.requireObject((*list)[i], ptr)) continue;
                const size_t before = problems.errorCount();
                Company c;
                c.indexInFile = i;
                readCompany(reader, (*list)[i], ptr, c);
                if (problems.errorCount() == before) companies.push_back(std::move(c));
            }
        }
    }
}

}  // namespace kiosk
