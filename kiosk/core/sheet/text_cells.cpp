#include "sheet/text_cells.hpp"

#include <vector>

namespace kiosk {

using nlohmann::ordered_json;

namespace {

// A bullet list's item starts with 「・」, as Japanese documents write it. Not
// "- ": Excel reads a cell starting with "-" as a formula ("#NAME?"). "- " is
// still read, for sheets made elsewhere.
const std::string kItemMark = "・";
const std::string kOtherItemMark = "- ";

std::string column(const std::string& field, Language language) {
    return field + "." + languageCode(language);
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(text.substr(start, end - start));
    lines.push_back(text.substr(start));
    while (lines.size() > 1 && lines.back().empty()) lines.pop_back();  // a trailing line break
    return lines;
}

bool isItemLine(const std::string& line) {
    return line.rfind(kItemMark, 0) == 0 || line.rfind(kOtherItemMark, 0) == 0;
}

// The item's text: the line after its mark and one space after it.
std::string itemOfLine(const std::string& line) {
    const size_t mark = line.rfind(kItemMark, 0) == 0 ? kItemMark.size() : kOtherItemMark.size();
    return line.substr(mark < line.size() && line[mark] == ' ' ? mark + 1 : mark);
}

// One text of a list or a body block, checked for what its cell form can hold.
bool itemText(const ordered_json& text, Language language, const std::string& file,
              const std::string& pointer, bool paragraph, std::string& out, ProblemList& problems) {
    const auto it = text.find(languageCode(language));
    if (it == text.end() || !it->is_string()) {
        problems.error(file, pointer + "/" + languageCode(language),
                       "is missing while other items have it; the sheet gives a language for "
                       "every item or for none");
        return false;
    }
    out = it->get<std::string>();
    bool fits = !out.empty() && out.back() != '\n';
    if (fits && paragraph) {
        fits = out.find("\n\n") == std::string::npos;
        for (const std::string& line : splitLines(out)) fits = fits && !isItemLine(line);
    } else if (fits) {
        fits = out.find('\n') == std::string::npos && out.front() != ' ';
    }
    if (!fits) {
        problems.error(file, pointer + "/" + languageCode(language),
                       paragraph ? "is empty, has a line starting with \"・\" or \"- \" or holds "
                                   "an empty line, which its sheet cell cannot tell apart from a "
                                   "list or a new block"
                                 : "is empty, starts with a space or holds a line break; the "
                                   "sheet writes one item a line");
        return false;
    }
    return true;
}

// The languages any of `texts` has, in the kiosk's order.
std::vector<Language> languagesOf(const std::vector<const ordered_json*>& texts) {
    std::vector<Language> found;
    for (const Language language : allLanguages())
        for (const auto* text : texts)
            if (text->is_object() && text->contains(languageCode(language))) {
                found.push_back(language);
                break;
            }
    return found;
}

// A block's shape as a message names it: "a paragraph", "a list of 3".
struct BlockShape {
    bool list = false;
    size_t items = 1;
    bool operator==(const BlockShape& o) const { return list == o.list && items == o.items; }
    bool operator!=(const BlockShape& o) const { return !(*this == o); }
};

std::string describe(const std::vector<BlockShape>& shapes) {
    std::string text;
    for (const auto& s : shapes)
        text += (text.empty() ? "" : ", ") +
                (s.list ? "a list of " + std::to_string(s.items) : std::string("a paragraph"));
    return text.empty() ? "nothing" : text;
}

struct ParsedBody {
    std::vector<BlockShape> shapes;
    std::vector<std::vector<std::string>> texts;  // a block's paragraph or items
};

// A body cell: blocks parted by empty lines; within a group of lines, a run of
// item lines ("・") is a list and a run of other lines a paragraph.
ParsedBody parseBodyCell(const std::string& cell) {
    ParsedBody body;
    bool inGroup = false;
    for (const std::string& line : splitLines(cell)) {
        if (line.empty()) {
            inGroup = false;
            continue;
        }
        const bool item = isItemLine(line);
        const bool continues = inGroup && !body.shapes.empty() && body.shapes.back().list == item;
        if (!continues) {
            body.shapes.push_back({item, 0});
            body.texts.emplace_back();
        }
        inGroup = true;
        if (item) {
            body.texts.back().push_back(itemOfLine(line));
            ++body.shapes.back().items;
        } else if (continues) {
            body.texts.back().back() += "\n" + line;
        } else {
            body.texts.back().push_back(line);
            body.shapes.back().items = 1;
        }
    }
    return body;
}

}  // namespace

bool textToCells(const ordered_json& text, const std::string& file, const std::string& pointer,
                 LanguageCells& out, ProblemList& problems) {
    if (!text.is_object()) {
        problems.error(file, pointer, "is not a text; expected {\"ja\": ..., \"en\": ...}");
        return false;
    }
    bool ok = true;
    for (auto it = text.begin(); it != text.end(); ++it) {
        Language language;
        if (!parseLanguageCode(it.key(), language) || !it->is_string()) {
            problems.error(file, pointer + "/" + it.key(),
                           "is not a text in a language the sheet has columns for");
            ok = false;
            continue;
        }
        out[language] = it->get<std::string>();
    }
    return ok;
}

bool textListToCells(const ordered_json& list, const std::string& file, const std::string& pointer,
                     LanguageCells& out, ProblemList& problems) {
    if (!list.is_array()) {
        problems.error(file, pointer, "is not a list of texts");
        return false;
    }
    std::vector<const ordered_json*> texts;
    for (const auto& item : list) texts.push_back(&item);
    bool ok = true;
    for (const Language language : languagesOf(texts)) {
        std::string cell;
        for (size_t i = 0; i < list.size(); ++i) {
            std::string line;
            const std::string where = pointer + "/" + std::to_string(i);
            ok = itemText(list[i], language, file, where, false, line, problems) && ok;
            cell += (i ? "\n" : "") + line;
        }
        out[language] = cell;
    }
    return ok;
}

bool bodyToCells(const ordered_json& body, const std::string& file, const std::string& pointer,
                 LanguageCells& out, ProblemList& problems) {
    if (!body.is_array()) {
        problems.error(file, pointer, "is not a list of paragraphs and lists");
        return false;
    }
    std::vector<const ordered_json*> texts;
    std::vector<std::string> pointers;
    std::vector<size_t> blocks;  // the block each text belongs to
    std::vector<bool> paragraph;
    for (size_t b = 0; b < body.size(); ++b) {
        const std::string where = pointer + "/" + std::to_string(b);
        const bool isParagraph = body[b].is_object() && body[b].contains("p");
        const char* key = isParagraph ? "p" : "list";
        if (!body[b].is_object() || body[b].size() != 1 || !body[b].contains(key) ||
            (!isParagraph && !body[b][key].is_array())) {
            problems.error(file, where, "is neither {\"p\": text} nor {\"list\": [texts]}");
            return false;
        }
        const size_t count = isParagraph ? 1 : body[b][key].size();
        for (size_t i = 0; i < count; ++i) {
            texts.push_back(isParagraph ? &body[b][key] : &body[b][key][i]);
            pointers.push_back(where + "/" + key + (isParagraph ? "" : "/" + std::to_string(i)));
            blocks.push_back(b);
            paragraph.push_back(isParagraph);
        }
    }
    bool ok = true;
    for (const Language language : languagesOf(texts)) {
        std::string cell;
        for (size_t k = 0; k < texts.size(); ++k) {
            std::string text;
            ok = itemText(*texts[k], language, file, pointers[k], paragraph[k], text, problems) &&
                 ok;
            if (k > 0) cell += blocks[k] == blocks[k - 1] ? "\n" : "\n\n";
            cell += paragraph[k] ? text : kItemMark + text;
        }
        out[language] = cell;
    }
    return ok;
}

std::optional<ordered_json> cellsToText(const LanguageCells& cells) {
    ordered_json text = ordered_json::object();
    for (const auto& [language, cell] : cells)
        if (!cell.empty()) text[languageCode(language)] = cell;
    if (text.empty()) return std::nullopt;
    return text;
}

std::optional<ordered_json> cellsToTextList(const LanguageCells& cells, const std::string& field,
                                            const RowProblems& row) {
    std::vector<std::pair<Language, std::vector<std::string>>> lines;
    for (const auto& [language, cell] : cells)
        if (!cell.empty()) lines.emplace_back(language, splitLines(cell));
    if (lines.empty()) return std::nullopt;
    bool ok = true;
    for (const auto& [language, items] : lines) {
        for (size_t i = 0; i < items.size(); ++i)
            if (items[i].empty())
                ok = false,
                row.error(column(field, language),
                          "line " + std::to_string(i + 1) + " is empty; expected one item a line");
        if (items.size() != lines.front().second.size())
            ok = false, row.error(column(field, language),
                                  "has " + std::to_string(items.size()) + " lines but " +
                                      column(field, lines.front().first) + " has " +
                                      std::to_string(lines.front().second.size()) +
                                      "; expected one line for each item in every language");
    }
    if (!ok) return std::nullopt;
    ordered_json list = ordered_json::array();
    for (size_t i = 0; i < lines.front().second.size(); ++i) {
        ordered_json item = ordered_json::object();
        for (const auto& [language, items] : lines) item[languageCode(language)] = items[i];
        list.push_back(item);
    }
    return list;
}

std::optional<ordered_json> cellsToBody(const LanguageCells& cells, const RowProblems& row) {
    std::vector<std::pair<Language, ParsedBody>> parsed;
    for (const auto& [language, cell] : cells)
        if (!cell.empty()) parsed.emplace_back(language, parseBodyCell(cell));
    if (parsed.empty()) return std::nullopt;
    bool ok = true;
    for (const auto& [language, body] : parsed) {
        for (const auto& block : body.texts)
            for (const auto& text : block)
                if (text.empty())
                    ok = false, row.error(column("body", language),
                                          "has a list item with no text; expected text after "
                                          "each \"・\"");
        if (body.shapes != parsed.front().second.shapes)
            ok = false, row.error(column("body", language),
                                  "has " + describe(body.shapes) + " but " +
                                      column("body", parsed.front().first) + " has " +
                                      describe(parsed.front().second.shapes) +
                                      "; expected the same paragraphs and lists in every "
                                      "language");
    }
    if (!ok) return std::nullopt;
    ordered_json body = ordered_json::array();
    const auto& shapes = parsed.front().second.shapes;
    for (size_t b = 0; b < shapes.size(); ++b) {
        ordered_json texts = ordered_json::array();
        for (size_t i = 0; i < shapes[b].items; ++i) {
            ordered_json text = ordered_json::object();
            for (const auto& [language, parsedBody] : parsed)
                text[languageCode(language)] = parsedBody.texts[b][i];
            texts.push_back(text);
        }
        body.push_back(shapes[b].list ? ordered_json{{"list", texts}}
                                      : ordered_json{{"p", texts[0]}});
    }
    return body;
}

}  // namespace kiosk
