#include "system/data_dir.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace kiosk {

std::string dataDirFor(const std::string& executable,
                       const std::function<bool(const std::string&)>& isDirectory) {
    const size_t slash = executable.rfind('/');
    const std::string binDir = slash == std::string::npos ? "." : executable.substr(0, slash);
    const std::vector<std::string> candidates = {binDir + "/../share/kiosk",
                                                 binDir + "/../../share/kiosk"};
    for (const auto& dir : candidates)
        if (isDirectory(dir + "/content/default")) return dir;
    return candidates.front();
}

std::string ownDataDir() {
    std::string exe(4096, '\0');
    const ssize_t n = readlink("/proc/self/exe", exe.data(), exe.size() - 1);
    exe.resize(n > 0 ? size_t(n) : 0);
    return dataDirFor(exe, [](const std::string& path) {
        struct stat st {};
        return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
    });
}

}  // namespace kiosk
