#include "content/pack_paths.hpp"

#include <sys/stat.h>

namespace kiosk {

std::string packPathProblem(const std::string& path) {
    if (path.empty()) return "empty path; expected a file path inside the pack";
    if (path.size() > 255) return "path longer than 255 bytes";
    if (path[0] == '/') return "absolute path \"" + path + "\"; expected a path inside the pack";
    if (path.find('\\') != std::string::npos)
        return "backslash in path \"" + path + "\"; expected '/' as separator";
    if (path.find('\0') != std::string::npos) return "NUL byte in path";
    for (const char c : path)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return "control character in path \"" + path + "\"; expected a plain file name";
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

namespace {

// Says what is wrong with the file `path` as `kind` found it (`kindProblem`
// from the rule of plain_file.hpp, `bytes` its size); true when nothing is.
bool referencedFileIsGood(const std::string& file, const std::string& pointer,
                          const std::string& path, const std::string& kindProblem, uint64_t bytes,
                          const char* kind, uint64_t maxBytes, ProblemList& problems) {
    if (kindProblem == "file is missing") {
        problems.error(file, pointer, std::string(kind) + " \"" + path + "\" is missing");
        return false;
    }
    if (!kindProblem.empty()) {
        problems.error(file, pointer, std::string(kind) + " \"" + path + "\" " +
                                          (kindProblem.compare(0, 5, "file ") == 0
                                               ? kindProblem.substr(5)
                                               : kindProblem));
        return false;
    }
    if (bytes > maxBytes) {
        problems.error(file, pointer,
                       std::string(kind) + " \"" + path + "\" is " + std::to_string(bytes) +
                           " bytes; expected at most " + std::to_string(maxBytes));
        return false;
    }
    return true;
}

bool pathIsGood(const std::string& file, const std::string& pointer, const std::string& path,
                bool listed, ProblemList& problems) {
    const std::string pathProblem = packPathProblem(path);
    if (!pathProblem.empty()) {
        problems.error(file, pointer, pathProblem);
        return false;
    }
    if (!listed) {
        problems.error(file, pointer, "\"" + path + "\" is not listed in pack.json files");
        return false;
    }
    return true;
}

}  // namespace

std::optional<std::string> checkReferencedFile(PlainFilesBelow& below, const std::string& root,
                                               const std::string& file, const std::string& pointer,
                                               const std::string& path, const ListedFiles& listed,
                                               const char* kind, uint64_t maxBytes,
                                               ProblemList& problems) {
    const auto entry = listed.sizes.find(path);
    const bool isListed = entry != listed.sizes.end();
    if (!pathIsGood(file, pointer, path, listed.sizes.empty() || isListed, problems))
        return std::nullopt;
    uint64_t bytes = 0;
    std::string kindProblem;
    if (isListed && listed.lookedAt) {
        bytes = entry->second;
    } else {
        struct stat st {};
        kindProblem = below.problem(path, st);
        bytes = uint64_t(st.st_size);
    }
    if (!referencedFileIsGood(file, pointer, path, kindProblem, bytes, kind, maxBytes, problems))
        return std::nullopt;
    return joinPackPath(root, path);
}

}  // namespace kiosk
