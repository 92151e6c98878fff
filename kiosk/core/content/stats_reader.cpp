#include "content/json_reader.hpp"
#include "content/section_readers.hpp"

namespace kiosk {

using nlohmann::json;

void readStatsFile(const json& document, const std::string& file, Stats& out,
                   ProblemList& problems) {
    JsonReader reader(file, problems);
    if (!reader.requireObject(document, "")) return;
    reader.readText(document, "", "as_of", out.asOf, false);
    reader.readTextList(document, "", "notes", out.notes);

    if (const json* years = reader.field(document, "", "years", true)) {
        if (reader.requireArray(*years, "/years")) {
            for (size_t i = 0; i < years->size(); ++i) {
                const std::string ptr = childPointer("/years", i);
                if (!reader.requireObject((*years)[i], ptr)) continue;
                StatsYear year;
                reader.readInt((*years)[i], ptr, "fiscal_year", year.fiscalYear, true, 1868, 2200);
                reader.readText((*years)[i], ptr, "era", year.label, true);
                if (!out.years.empty() && year.fiscalYear <= out.years.back().fiscalYear)
                    reader.error(ptr + "/fiscal_year", "is " + std::to_string(year.fiscalYear) +
                                                           "; expected years in increasing order");
                out.years.push_back(year);
            }
        }
    }

    const json* series = reader.field(document, "", "series", true);
    if (!series || !reader.requireArray(*series, "/series")) return;
    for (size_t i = 0; i < series->size(); ++i) {
        const std::string ptr = childPointer("/series", i);
        const json& value = (*series)[i];
        if (!reader.requireObject(value, ptr)) continue;
        StatsSeries s;
        if (reader.readString(value, ptr, "id", s.id, true)) {
            bool ok = !s.id.empty();
            for (char c : s.id)
                ok = ok && ((c >= 'a' && c <= 'z') || c == '_' || (c >= '0' && c <= '9'));
            if (!ok)
                reader.error(ptr + "/id",
                             "\"" + s.id + "\" is not a series id; expected a-z, 0-9 and '_'");
        }
        reader.readText(value, ptr, "label", s.label, true);
        reader.readBool(value, ptr, "total", s.total);
        const json* values = reader.field(value, ptr, "values", true);
        if (values && reader.requireArray(*values, ptr + "/values")) {
            if (values->size() != out.years.size())
                reader.error(ptr + "/values", "has " + std::to_string(values->size()) +
                                                  " values; expected one per year (" +
                                                  std::to_string(out.years.size()) + ")");
            for (size_t k = 0; k < values->size(); ++k) {
                const json& v = (*values)[k];
                if (v.is_null()) {
                    s.values.push_back(std::nullopt);
                } else if (v.is_number_integer() && v.get<long long>() >= 0 &&
                           v.get<long long>() < 100000) {
                    s.values.push_back(static_cast<int>(v.get<long long>()));
                } else {
                    reader.error(childPointer(ptr + "/values", k),
                                 std::string("is ") + jsonTypeName(v) +
                                     "; expected a count (0 to 99999) or null");
                }
            }
        }
        out.series.push_back(std::move(s));
    }
}

}  // namespace kiosk
