#include "content/pack_paths.hpp"

namespace kiosk {

std::string packPathProblem(const std::string& path) {
    if (path.empty()) return "empty path; expected a file path inside the pack";
    if (path.size() > 255) return "path longer than 255 bytes";
    if (path[0] == '/') return "absolute path \"" + path + "\"; expected a path inside the pack";
    if (path.find('\\') != std::string::npos)
        return "backslash in path \"" + path + "\"; expected '/' as separator";
    if (path.find('\0') != std::string::npos) return "NUL byte in path";
    size_t start = 0;
    while (start <= path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        const std::string part = path.substr(start, end - start);
        if (part == "..")
            return "path \"" + path + "\" leaves the pack; expected a path inside the pack";
        if (part.empty() || part == ".")
            return "path \"" + path + "\" has an empty or '.' component";
        start = end + 1;
    }
    return {};
}

std::string joinPackPath(const std::string& root, const std::string& path) {
    if (root.empty()) return path;
    return root.back() == '/' ? root + path : root + "/" + path;
}

}  // namespace kiosk
