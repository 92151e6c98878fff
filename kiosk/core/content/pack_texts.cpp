#include "content/pack_texts.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <utility>

namespace kiosk {

namespace {

// One visitor-facing string of the pack: a text in the pack's languages, or a
// plain one (an era, a municipality's name) with no language of its own.
struct PackTextVisitor {
    std::function<void(const std::string& name, const LocalizedText& text)> text;
    std::function<void(const std::string& name, const std::string& plain)> plain;
};

void visitEvents(const Pack& pack, const PackTextVisitor& visit) {
    for (const auto& e : pack.events) {
        const std::string base = e.file + ": event " + e.id + " ";
        visit.text(base + "title", e.title);
        visit.text(base + "summary", e.summary);
        visit.text(base + "venue", e.venue);
        for (size_t i = 0; i < e.body.size(); ++i) {
            if (e.body[i].paragraph)
                visit.text(base + "body " + std::to_string(i), *e.body[i].paragraph);
            for (const auto& item : e.body[i].items)
                visit.text(base + "body " + std::to_string(i), item);
        }
        for (const auto& p : e.people) visit.text(base + "people", p);
        if (!e.era.empty()) visit.plain(base + "era", e.era);
    }
}

void visitPackTexts(const Pack& pack, const PackTextVisitor& visit) {
    const auto& c = pack.manifest.content;
    visit.text("pack.json: title", pack.manifest.title);
    visit.text("pack.json: credit", pack.manifest.credit);
    visitEvents(pack, visit);
    for (const auto& a : pack.associations) {
        visit.text(c.partners + ": association " + a.id + " name", a.name);
        visit.text(c.partners + ": association " + a.id + " summary", a.summary);
    }
    for (const auto& co : pack.companies) {
        visit.text(c.partners + ": company " + co.id + " name", co.name);
        visit.text(c.partners + ": company " + co.id + " former name", co.formerName);
        for (const auto& i : co.initiatives)
            visit.text(c.partners + ": company " + co.id + " initiative", i);
    }
    visit.text(c.stats + ": as_of", pack.stats.asOf);
    for (const auto& y : pack.stats.years)
        visit.text(c.stats + ": year " + std::to_string(y.fiscalYear), y.label);
    for (const auto& s : pack.stats.series) visit.text(c.stats + ": series " + s.id, s.label);
    for (const auto& n : pack.stats.notes) visit.text(c.stats + ": note", n);
    for (const auto& s : pack.playlist) visit.text(c.playlist + ": slide caption", s.caption);
    for (const auto& [key, text] : pack.strings) visit.text(c.strings + ": " + key, text);
    // Only the municipalities the kiosk can show, in every language: members,
    // places of events and the prefectures. The rest of the official list is
    // there for checking.
    std::set<std::string> shown;
    for (const auto& a : pack.associations) shown.insert(a.members.begin(), a.members.end());
    for (const auto& e : pack.events) shown.insert(e.places.begin(), e.places.end());
    for (const auto& m : pack.municipalities) {
        if (!shown.count(m.code) && m.code.compare(2, 3, "000") != 0) continue;
        visit.text(c.municipalities + ": " + m.code + " name", m.shownName);
    }
}

}  // namespace

std::vector<NamedText> collectPackTexts(const Pack& pack) {
    std::vector<NamedText> out;
    PackTextVisitor visit;
    visit.text = [&out](const std::string& name, const LocalizedText& text) {
        for (const Language language : allLanguages()) {
            const std::string& written = text.exactly(language);
            if (!written.empty())
                out.push_back({name + " (" + languageCode(language) + ")", written, language});
        }
    };
    visit.plain = [&out](const std::string& name, const std::string& plain) {
        out.push_back({name, plain});
    };
    visitPackTexts(pack, visit);
    return out;
}

std::vector<Language> packLanguages(const Pack& pack) {
    std::vector<Language> out;
    for (const Language language : allLanguages()) {
        const bool base = language == Language::Japanese || language == Language::English;
        const auto& codes = pack.manifest.languages;
        if (base || std::find(codes.begin(), codes.end(), languageCode(language)) != codes.end())
            out.push_back(language);
    }
    return out;
}

std::vector<NamedText> collectShownTexts(const Pack& pack, const std::vector<Language>& languages,
                                         Language (*beside)(Language)) {
    std::vector<NamedText> out;
    std::set<std::pair<Language, std::string>> seen;
    auto shown = [&](const std::string& name, const std::string& text, Language in) {
        if (!text.empty() && seen.emplace(in, text).second)
            out.push_back({name + " (shown in " + languageCode(in) + ")", text, in});
    };
    PackTextVisitor visit;
    visit.text = [&](const std::string& name, const LocalizedText& text) {
        for (const Language language : languages) {
            shown(name, text.in(language), language);
            if (beside) shown(name, text.in(beside(language)), language);
        }
    };
    // Names with no language of their own are shown as they are in every language.
    visit.plain = [&](const std::string& name, const std::string& plain) {
        for (const Language language : languages) shown(name, plain, language);
    };
    visitPackTexts(pack, visit);
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

std::vector<NamedText> inEachLanguage(const std::vector<NamedText>& texts,
                                      const std::vector<Language>& languages) {
    std::vector<NamedText> out;
    for (const Language language : languages)
        for (const NamedText& named : texts) out.push_back({named.name, named.text, language});
    return out;
}

int notoCjkFace(Language language) {
    switch (language) {
        case Language::Korean:
            return 1;
        case Language::ChineseSimplified:
            return 2;
        case Language::ChineseTraditional:
            return 3;
        case Language::Japanese:
        case Language::English:
            break;
    }
    return 0;
}

}  // namespace kiosk
