#include "session/session_script.hpp"

#include <charconv>
#include <climits>
#include <cstdio>
#include <string_view>

#include "session/screen_id.hpp"
#include "system/small_file.hpp"

namespace kiosk {

namespace {

// A script that is not a script at all (a binary, a log) would otherwise
// produce one message per line; the first ones are what an author needs.
constexpr size_t kMaxListedErrors = 100;
// Coordinates and durations beyond this are typos, and a cap keeps every value
// finite after conversion to float.
constexpr double kMaxNumber = 1e9;
// Tokens are echoed in messages; a megabyte-long one must not be.
constexpr size_t kMaxQuotedBytes = 40;
// drag takes the most arguments; more tokens are only counted.
constexpr size_t kMaxKeptTokens = 6;

struct Tokens {
    std::string_view kept[kMaxKeptTokens];
    size_t count = 0;
    std::string_view operator[](size_t i) const { return kept[i]; }
};

bool isBlank(char c) {
    return c == ' ' || c == '\t';
}

// Splits on spaces and tabs; a token starting with '#' starts a comment, so a
// command may carry a note after it.
Tokens tokenize(std::string_view line) {
    Tokens tokens;
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isBlank(line[i])) ++i;
        if (i == line.size() || line[i] == '#') break;
        const size_t start = i;
        while (i < line.size() && !isBlank(line[i])) ++i;
        if (tokens.count < kMaxKeptTokens)
            tokens.kept[tokens.count] = line.substr(start, i - start);
        ++tokens.count;
    }
    return tokens;
}

std::string quoted(std::string_view token) {
    if (token.size() <= kMaxQuotedBytes) return "\"" + std::string(token) + "\"";
    size_t cut = kMaxQuotedBytes;
    // Never cut a UTF-8 sequence in half.
    while (cut > 0 && (static_cast<unsigned char>(token[cut]) & 0xC0) == 0x80) --cut;
    return "\"" + std::string(token.substr(0, cut)) + "...\"";
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Plain decimals only (12, 0.5, .5, 5.): no sign, exponent, hex, inf or nan,
// which from_chars alone would accept.
bool isDecimal(std::string_view s) {
    size_t digits = 0, dots = 0;
    for (char c : s) {
        if (isDigit(c))
            ++digits;
        else if (c == '.')
            ++dots;
        else
            return false;
    }
    return digits > 0 && dots <= 1;
}

class Parser {
  public:
    explicit Parser(const std::string& fileName) : fileName_(fileName) {}

    void parseLine(std::string_view line, size_t lineNumber);
    void lineTooLong(size_t bytes, size_t lineNumber);
    ScriptParseResult finish();

  private:
    void error(const std::string& what);
    void notANumber(std::string_view token);
    bool number(std::string_view token, double& out);
    bool argumentCount(const Tokens& tokens, size_t wanted, const char* what);
    // argumentCount, then each argument a number into `values`.
    bool numbers(const Tokens& tokens, size_t wanted, const char* what, double* values);

    // One parser a command: each fills `command` from the line's tokens and says whether the
    // line adds it to the script (not after an error, nor for a statement about the script).
    using CommandParser = bool (Parser::*)(const Tokens& tokens, ScriptCommand& command);
    struct Command {
        std::string_view verb;
        CommandParser parse;
    };
    bool parseTap(const Tokens& tokens, ScriptCommand& command);
    bool parseDrag(const Tokens& tokens, ScriptCommand& command);
    bool parseWait(const Tokens& tokens, ScriptCommand& command);
    bool parseShot(const Tokens& tokens, ScriptCommand& command);
    bool parseExpectScreen(const Tokens& tokens, ScriptCommand& command);
    bool parseExpectVersion(const Tokens& tokens, ScriptCommand& command);
    bool parseUsbScan(const Tokens& tokens, ScriptCommand& command);
    bool parseNoInput(const Tokens& tokens, ScriptCommand& command);

    void noticeInput(std::string_view verb);
    void checkPlaysInput();

    const std::string& fileName_;
    ScriptParseResult result_;
    size_t line_ = 0;
    size_t unlisted_ = 0;
    // What the input check needs: the first line playing input, and the
    // no-input line saying none is meant (0: none yet).
    size_t firstInputLine_ = 0;
    std::string firstInputVerb_;
    size_t noInputLine_ = 0;
};

void Parser::error(const std::string& what) {
    if (result_.errors.size() >= kMaxListedErrors) {
        ++unlisted_;
        return;
    }
    result_.errors.push_back(fileName_ + ":" + std::to_string(line_) + ": " + what);
}

void Parser::lineTooLong(size_t bytes, size_t lineNumber) {
    line_ = lineNumber;
    error("line is " + std::to_string(bytes) + " bytes long; expected at most " +
          std::to_string(kMaxScriptLineBytes) + " (is this file a script?)");
}

void Parser::notANumber(std::string_view token) {
    error(quoted(token) + " is not a number; expected a decimal such as 120 or 0.5");
}

bool Parser::number(std::string_view token, double& out) {
    if (!isDecimal(token)) {
        if (token.size() > 1 && token[0] == '-' && isDecimal(token.substr(1)))
            error(quoted(token) + " is negative; expected 0 or more");
        else
            notANumber(token);
        return false;
    }
    const char* const last = token.data() + token.size();
    const auto [end, status] = std::from_chars(token.data(), last, out);
    if (status == std::errc::result_out_of_range || (status == std::errc() && out > kMaxNumber)) {
        error(quoted(token) + " is too large; expected at most 1000000000");
        return false;
    }
    if (status != std::errc() || end != last) {
        notANumber(token);
        return false;
    }
    return true;
}

void Parser::noticeInput(std::string_view verb) {
    if (firstInputLine_ != 0) return;
    firstInputLine_ = line_;
    firstInputVerb_ = std::string(verb);
}

// A script with no input passes whatever the kiosk does with a visitor: its
// waits and shots only watch the attract loop, so a script whose input lines
// were lost (emptied, cut short, a wrong file) would still pass. Input is asked
// for unless the script says, with "no-input", that watching is all it means
// to do; checked only once every line is right, so that it is the last word.
void Parser::checkPlaysInput() {
    if (!result_.errors.empty()) return;
    if (noInputLine_ != 0 && firstInputLine_ != 0) {
        result_.errors.push_back(fileName_ + ":" + std::to_string(noInputLine_) +
                                 ": no-input, but line " + std::to_string(firstInputLine_) +
                                 " plays input (" + firstInputVerb_ + ")");
    } else if (noInputLine_ == 0 && firstInputLine_ == 0) {
        result_.errors.push_back(
            fileName_ +
            ": the script plays no input (no tap, drag or usb-scan line), so it tests no visitor; "
            "a script meant to watch the kiosk left alone says so with a line \"no-input\"");
    }
}

bool Parser::argumentCount(const Tokens& tokens, size_t wanted, const char* what) {
    const size_t got = tokens.count - 1;
    if (got == wanted) return true;
    error(std::string(tokens[0]) + " needs " + what + ", got " + std::to_string(got));
    return false;
}

void Parser::parseLine(std::string_view line, size_t lineNumber) {
    static constexpr Command kCommands[] = {
        {"tap", &Parser::parseTap},
        {"drag", &Parser::parseDrag},
        {"wait", &Parser::parseWait},
        {"shot", &Parser::parseShot},
        {"expect-screen", &Parser::parseExpectScreen},
        {"expect-version", &Parser::parseExpectVersion},
        {"usb-scan", &Parser::parseUsbScan},
        {"no-input", &Parser::parseNoInput},
    };
    line_ = lineNumber;
    const Tokens tokens = tokenize(line);
    if (tokens.count == 0) return;

    ScriptCommand command;
    command.line = lineNumber > INT_MAX ? INT_MAX : static_cast<int>(lineNumber);
    const std::string_view verb = tokens[0];
    for (const Command& known : kCommands) {
        if (known.verb != verb) continue;
        if ((this->*known.parse)(tokens, command)) result_.commands.push_back(std::move(command));
        return;
    }
    error(quoted(verb) +
          " is not a command; expected tap, drag, wait, shot, expect-screen, "
          "expect-version, usb-scan or no-input");
}

bool Parser::numbers(const Tokens& tokens, size_t wanted, const char* what, double* values) {
    if (!argumentCount(tokens, wanted, what)) return false;
    bool ok = true;
    // Every bad number is its own message, so one run shows them all.
    for (size_t i = 0; i < wanted; ++i) ok = number(tokens[i + 1], values[i]) && ok;
    return ok;
}

bool Parser::parseTap(const Tokens& tokens, ScriptCommand& command) {
    double values[2] = {};
    if (!numbers(tokens, 2, "2 numbers (X Y)", values)) return false;
    command.type = ScriptCommand::Type::Tap;
    command.x1 = static_cast<float>(values[0]);
    command.y1 = static_cast<float>(values[1]);
    command.milliseconds = 0.0;
    noticeInput(tokens[0]);
    return true;
}

bool Parser::parseDrag(const Tokens& tokens, ScriptCommand& command) {
    double values[5] = {};
    if (!numbers(tokens, 5, "5 numbers (X1 Y1 X2 Y2 MS)", values)) return false;
    if (values[4] <= 0.0) {
        error("drag duration " + quoted(tokens[5]) + " is too short; expected more than 0 ms");
        return false;
    }
    command.type = ScriptCommand::Type::Drag;
    command.x1 = static_cast<float>(values[0]);
    command.y1 = static_cast<float>(values[1]);
    command.x2 = static_cast<float>(values[2]);
    command.y2 = static_cast<float>(values[3]);
    command.milliseconds = values[4];
    noticeInput(tokens[0]);
    return true;
}

bool Parser::parseWait(const Tokens& tokens, ScriptCommand& command) {
    double values[1] = {};
    if (!numbers(tokens, 1, "1 number (MS)", values)) return false;
    command.type = ScriptCommand::Type::Wait;
    command.milliseconds = values[0];
    return true;
}

bool Parser::parseShot(const Tokens& tokens, ScriptCommand& command) {
    if (!argumentCount(tokens, 1, "1 name")) return false;
    const std::string_view name = tokens[1];
    // The name becomes a file name: no path separators, no "..".
    for (char c : name) {
        const bool safe =
            isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_';
        if (!safe) {
            error("shot name " + quoted(name) + " may only use letters, digits, '-' and '_'");
            return false;
        }
    }
    command.type = ScriptCommand::Type::Shot;
    command.name = std::string(name);
    return true;
}

bool Parser::parseExpectScreen(const Tokens& tokens, ScriptCommand& command) {
    if (!argumentCount(tokens, 1, "1 name")) return false;
    const std::string_view name = tokens[1];
    if (!parseScreenName(name)) {
        error(quoted(name) + " is not a screen; expected a name as --screen takes");
        return false;
    }
    command.type = ScriptCommand::Type::ExpectScreen;
    command.name = std::string(name);
    return true;
}

bool Parser::parseExpectVersion(const Tokens& tokens, ScriptCommand& command) {
    if (!argumentCount(tokens, 1, "1 number (the pack version)")) return false;
    double version = 0;
    if (!number(tokens[1], version)) return false;
    command.type = ScriptCommand::Type::ExpectVersion;
    command.milliseconds = version;
    return true;
}

bool Parser::parseUsbScan(const Tokens& tokens, ScriptCommand& command) {
    if (!argumentCount(tokens, 0, "no arguments")) return false;
    command.type = ScriptCommand::Type::UsbScan;
    noticeInput(tokens[0]);
    return true;
}

// A statement about the whole script, not a step of it.
bool Parser::parseNoInput(const Tokens& tokens, ScriptCommand&) {
    if (argumentCount(tokens, 0, "no arguments") && noInputLine_ == 0) noInputLine_ = line_;
    return false;
}

ScriptParseResult Parser::finish() {
    checkPlaysInput();
    if (unlisted_ > 0) {
        result_.errors.push_back(fileName_ + ": " + std::to_string(unlisted_) +
                                 " more problems not listed (only the first " +
                                 std::to_string(kMaxListedErrors) + " are)");
    }
    return std::move(result_);
}

}  // namespace

ScriptParseResult parseSessionScript(const std::string& text, const std::string& fileName) {
    std::string_view rest(text);
    // Editors on Windows may save a byte-order mark, which would glue itself to
    // the first command.
    if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
    Parser parser(fileName);
    size_t lineNumber = 0;
    while (!rest.empty()) {
        const size_t end = rest.find('\n');
        std::string_view line = rest.substr(0, end);
        rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.size() > kMaxScriptLineBytes) {
            // What follows such a line is no script either; one message says so.
            parser.lineTooLong(line.size(), ++lineNumber);
            break;
        }
        parser.parseLine(line, ++lineNumber);
    }
    return parser.finish();
}

namespace {

bool onScreen(float x, float y, int width, int height) {
    return x < float(width) && y < float(height);  // never negative: the parser refuses signs
}

// 120, 340.5: coordinates as a script author writes them.
std::string coordinate(float value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", double(value));
    return text;
}

}  // namespace

std::vector<std::string> inputOffScreen(const std::vector<ScriptCommand>& commands, int width,
                                        int height, const std::string& fileName) {
    std::vector<std::string> problems;
    size_t unlisted = 0;
    const std::string screen = std::to_string(width) + "x" + std::to_string(height);
    for (const ScriptCommand& c : commands) {
        const bool tap = c.type == ScriptCommand::Type::Tap;
        if (!tap && c.type != ScriptCommand::Type::Drag) continue;
        if (onScreen(c.x1, c.y1, width, height) && (tap || onScreen(c.x2, c.y2, width, height)))
            continue;
        if (problems.size() == kMaxListedErrors) {
            ++unlisted;
            continue;
        }
        const std::string where = tap ? "tap at " + coordinate(c.x1) + ", " + coordinate(c.y1)
                                      : "drag from " + coordinate(c.x1) + ", " + coordinate(c.y1) +
                                            " to " + coordinate(c.x2) + ", " + coordinate(c.y2);
        problems.push_back(fileName + ":" + std::to_string(c.line) + ": " + where + " is off the " +
                           screen + " screen and would reach nothing; expected X below " +
                           std::to_string(width) + " and Y below " + std::to_string(height));
    }
    if (unlisted > 0)
        problems.push_back(fileName + ": " + std::to_string(unlisted) +
                           " more problems not listed (only the first " +
                           std::to_string(kMaxListedErrors) + " are)");
    return problems;
}

std::string readSessionScriptFile(const std::string& path, std::string& text) {
    const std::string why = readSmallFile(path, kMaxScriptBytes, text);
    return why.empty() ? why : path + ": " + why;
}

}  // namespace kiosk
