#include "content/web_link.hpp"

#include <cctype>
#include <cstring>

#include "text/printable.hpp"

namespace kiosk {

namespace {

constexpr char kScheme[] = "https://";

bool isHex(char c) {
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

// Characters RFC 3986 lets a URI hold as they are (unreserved and reserved).
bool allowedAsIs(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || std::strchr("-._~:/?#[]@!$&'()*+,;=", c);
}

std::optional<std::string> characterProblem(const std::string& link) {
    for (size_t i = 0; i < link.size(); ++i) {
        const auto byte = static_cast<unsigned char>(link[i]);
        if (byte < 0x20 || byte == 0x7F) return std::string("holds a control character");
        if (byte == ' ') return std::string("holds a space; write it as %20");
        if (byte >= 0x80)
            return std::string(
                "holds a character that is not ASCII; write it percent-encoded (%E3%81%82 for "
                "\xE3\x81\x82), and a Japanese host name in its xn-- form");
        if (byte == '%') {
            if (i + 2 >= link.size() || !isHex(link[i + 1]) || !isHex(link[i + 2]))
                return std::string("has a % not followed by two hexadecimal digits");
            continue;
        }
        if (!allowedAsIs(link[i]))
            return "holds '" + std::string(1, link[i]) +
                   "', which a link must write percent-encoded";
    }
    return std::nullopt;
}

bool validLabel(const std::string& label) {
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
        return false;
    for (char c : label)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
    return true;
}

std::optional<std::string> hostProblem(const std::string& authority) {
    if (authority.find('@') != std::string::npos)
        return std::string(
            "holds a user name or password (before @); a link for visitors never does");
    std::string host = authority;
    const size_t colon = authority.find(':');
    if (colon != std::string::npos) {
        host = authority.substr(0, colon);
        const std::string port = authority.substr(colon + 1);
        bool digits = !port.empty() && port.size() <= 5;
        for (char c : port) digits = digits && std::isdigit(static_cast<unsigned char>(c));
        if (!digits || std::stoi(port) < 1 || std::stoi(port) > 65535)
            return "has \"" + port + "\" as its port; expected a number from 1 to 65535";
    }
    if (host.empty()) return std::string("has no host name after https://");
    const size_t lastDot = host.rfind('.');
    if (lastDot == std::string::npos)
        return "has \"" + host + "\" as its host; expected a name with a dot (www.example.jp)";
    size_t start = 0;
    while (start <= host.size()) {
        const size_t dot = std::min(host.find('.', start), host.size());
        if (!validLabel(host.substr(start, dot - start)))
            return "has \"" + host +
                   "\" as its host; expected names of a-z, 0-9 and '-' "
                   "between dots (www.example.jp)";
        start = dot + 1;
    }
    if (!std::isalpha(static_cast<unsigned char>(host[lastDot + 1])))
        return "has \"" + host + "\" as its host; expected a name, not an address by number";
    return std::nullopt;
}

}  // namespace

std::optional<std::string> webLinkProblem(const std::string& link) {
    const std::string shown = "\"" + printable(link) + "\" ";
    if (link.size() > kMaxWebLinkBytes)
        return "is " + std::to_string(link.size()) + " bytes long; at most " +
               std::to_string(kMaxWebLinkBytes) +
               " to keep its QR code scannable (use a shorter address)";
    if (link.compare(0, sizeof kScheme - 1, kScheme) != 0)
        return shown + "does not start with https://; a link for visitors is https only";
    if (auto problem = characterProblem(link)) return shown + *problem;
    const size_t begin = sizeof kScheme - 1;
    const size_t end = std::min(link.find_first_of("/?#", begin), link.size());
    if (auto problem = hostProblem(link.substr(begin, end - begin))) return shown + *problem;
    return std::nullopt;
}

bool readWebLink(JsonReader& reader, const nlohmann::json& object, const std::string& pointer,
                 const std::string& key, std::string& out, bool required) {
    if (!reader.readString(object, pointer, key, out, required)) return false;
    if (const auto problem = webLinkProblem(out)) {
        reader.error(childPointer(pointer, key), *problem);
        out.clear();
        return false;
    }
    return true;
}

}  // namespace kiosk
