// Municipality names written in the text ("群馬県嬬恋村") are checked against the
// official list, which is how OCR slips in place names are caught.
#include <map>
#include <set>

#include "content/cross_checks.hpp"
#include "text/utf8.hpp"

namespace kiosk {

namespace {

bool isNameCharacter(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||  // kanji
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF) ||
           (c >= 0x3041 && c <= 0x309F) ||  // hiragana (みなかみ町)
           (c >= 0x30A1 && c <= 0x30FA) || c == 0x30F6 || c == 0x30F5;  // katakana, ヶ
}

// The municipality named right after a prefecture, if the text names one:
// "嬬恋村" in "群馬県嬬恋村農林振興課長", "嵐山町" in "埼玉県比企郡嵐山町". Nothing for
// "京都府市長会", "千葉県町村会" or "青森県内市町村", which name associations.
std::u32string municipalityAfterPrefecture(const std::u32string& text, size_t from) {
    size_t i = from;
    // 市長会, 町村会, 市町村, 県内, 県の…: these name associations or regions, or
    // the prefecture is followed by a particle, not a municipality.
    const std::u32string notAName = U"市町村内のにでとはをがへも";
    if (i < text.size() && notAName.find(text[i]) != std::u32string::npos) return {};
    size_t nameStart = i;
    while (i < text.size() && isNameCharacter(text[i])) {
        const char32_t c = text[i];
        if (c == U'郡') nameStart = i + 1;
        if ((c == U'市' || c == U'町' || c == U'村') && i > nameStart)
            return text.substr(nameStart, i + 1 - nameStart);
        ++i;
    }
    return {};
}

void checkText(const std::string& file, const std::string& pointer, const std::string& text,
               const std::map<std::u32string, std::set<std::u32string>>& byPrefecture,
               std::set<std::string>& reported, ProblemList& problems) {
    const std::u32string decoded = decodeUtf8(text);
    for (const auto& [prefecture, names] : byPrefecture) {
        size_t at = 0;
        while ((at = decoded.find(prefecture, at)) != std::u32string::npos) {
            at += prefecture.size();
            const std::u32string name = municipalityAfterPrefecture(decoded, at);
            if (name.empty() || names.count(name)) continue;
            // A longer official name may start with this one's characters
            // ("みなかみ町" vs a run that stopped early); accept any official
            // name the text continues into.
            bool prefix = false;
            for (const auto& official : names)
                if (decoded.compare(at, official.size(), official) == 0) prefix = true;
            if (prefix) continue;
            const std::string where = encodeUtf8(prefecture) + encodeUtf8(name);
            if (!reported.insert(file + pointer + where).second) continue;
            problems.warning(file, pointer,
                             "\"" + where + "\" is not a municipality of " +
                                 encodeUtf8(prefecture) + " in the official list (a misspelling?)");
        }
    }
}

}  // namespace

void checkPlaceNames(const Pack& pack, ProblemList& problems) {
    if (pack.municipalities.empty()) return;
    std::map<std::u32string, std::set<std::u32string>> byPrefecture;
    for (const auto& m : pack.municipalities) {
        auto& names = byPrefecture[decodeUtf8(m.prefecture)];
        if (m.name != m.prefecture) names.insert(decodeUtf8(m.name));
    }
    std::set<std::string> reported;
    auto check = [&](const std::string& file, const std::string& pointer, const LocalizedText& t) {
        checkText(file, pointer, t.ja, byPrefecture, reported, problems);
    };
    for (const auto& e : pack.events) {
        const std::string ptr = eventPointer(e);
        check(e.file, ptr + "/title/ja", e.title);
        check(e.file, ptr + "/summary/ja", e.summary);
        check(e.file, ptr + "/venue/ja", e.venue);
        for (size_t b = 0; b < e.body.size(); ++b) {
            const std::string bp = ptr + "/body/" + std::to_string(b);
            if (e.body[b].paragraph) check(e.file, bp + "/p/ja", *e.body[b].paragraph);
            for (size_t k = 0; k < e.body[b].items.size(); ++k)
                check(e.file, bp + "/list/" + std::to_string(k) + "/ja", e.body[b].items[k]);
        }
        for (size_t k = 0; k < e.people.size(); ++k)
            check(e.file, ptr + "/people/" + std::to_string(k) + "/ja", e.people[k]);
    }
}

}  // namespace kiosk
