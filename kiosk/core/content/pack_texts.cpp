#include "content/pack_texts.hpp"

#include <set>

namespace kiosk {

namespace {

void add(std::vector<NamedText>& out, const std::string& name, const LocalizedText& text) {
    for (const Language language : allLanguages()) {
        const std::string& written = text.exactly(language);
        if (!written.empty())
            out.push_back({name + " (" + languageCode(language) + ")", written, language});
    }
}

}  // namespace

std::vector<NamedText> collectPackTexts(const Pack& pack) {
    std::vector<NamedText> out;
    const auto& c = pack.manifest.content;
    add(out, "pack.json: title", pack.manifest.title);
    add(out, "pack.json: credit", pack.manifest.credit);
    for (const auto& e : pack.events) {
        const std::string base = e.file + ": event " + e.id + " ";
        add(out, base + "title", e.title);
        add(out, base + "summary", e.summary);
        add(out, base + "venue", e.venue);
        for (size_t i = 0; i < e.body.size(); ++i) {
            if (e.body[i].paragraph)
                add(out, base + "body " + std::to_string(i), *e.body[i].paragraph);
            for (const auto& item : e.body[i].items)
                add(out, base + "body " + std::to_string(i), item);
        }
        for (const auto& p : e.people) add(out, base + "people", p);
        if (!e.era.empty()) out.push_back({base + "era", e.era});
    }
    for (const auto& a : pack.associations) {
        add(out, c.partners + ": association " + a.id + " name", a.name);
        add(out, c.partners + ": association " + a.id + " summary", a.summary);
    }
    for (const auto& co : pack.companies) {
        add(out, c.partners + ": company " + co.id + " name", co.name);
        add(out, c.partners + ": company " + co.id + " former name", co.formerName);
        for (const auto& i : co.initiatives)
            add(out, c.partners + ": company " + co.id + " initiative", i);
    }
    add(out, c.stats + ": as_of", pack.stats.asOf);
    for (const auto& y : pack.stats.years)
        add(out, c.stats + ": year " + std::to_string(y.fiscalYear), y.label);
    for (const auto& s : pack.stats.series) add(out, c.stats + ": series " + s.id, s.label);
    for (const auto& n : pack.stats.notes) add(out, c.stats + ": note", n);
    for (const auto& s : pack.playlist) add(out, c.playlist + ": slide caption", s.caption);
    for (const auto& [key, text] : pack.strings) add(out, c.strings + ": " + key, text);
    // Only the municipalities the kiosk can show: members, places of events and
    // the prefectures. The rest of the official list is there for checking.
    std::set<std::string> shown;
    for (const auto& a : pack.associations) shown.insert(a.members.begin(), a.members.end());
    for (const auto& e : pack.events) shown.insert(e.places.begin(), e.places.end());
    for (const auto& m : pack.municipalities) {
        if (!shown.count(m.code) && m.code.compare(2, 3, "000") != 0) continue;
        out.push_back({c.municipalities + ": " + m.code + " name", m.name});
        out.push_back({c.municipalities + ": " + m.code + " prefecture", m.prefecture});
    }
    return out;
}

std::vector<NamedText> builtInTexts() {
    std::vector<NamedText> out = {
        {"built-in: digits and punctuation",
         " !\"#$%&'()*+,-./"
         "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"},
        {"built-in: date and counter marks", "年月日～・、。「」（）…〜ー−–—’“”"},
        {"built-in: eras", "明治大正昭和平成令和元年度"},
        {"built-in: dates (zh-Hans)", "年月日至日期不详（）", Language::ChineseSimplified},
        {"built-in: dates (zh-Hant)", "年月日至日期不詳（）", Language::ChineseTraditional},
        {"built-in: dates (ko)", "년월일~ 날짜미상()헤이세이레이와쇼와원", Language::Korean},
    };
    for (const Language language : allLanguages())
        out.push_back({std::string("built-in: language name (") + languageCode(language) + ")",
                       languageOwnName(language), language});
    return out;
}

}  // namespace kiosk
