#include "process_stats.hpp"

#include <dirent.h>
#include <malloc.h>

#include <fstream>
#include <string>

namespace kiosk::platform {

long residentKiB() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
    return -1;
}

HeapKiB heapKiB() {
    const struct mallinfo2 info = ::mallinfo2();
    HeapKiB heap;
    heap.inUse = long((info.uordblks + info.hblkhd) / 1024);
    heap.free = long(info.fordblks / 1024);
    heap.arenas = long(info.arena / 1024);
    return heap;
}

int openFileDescriptors() {
    DIR* dir = ::opendir("/proc/self/fd");
    if (!dir) return -1;
    int count = 0;
    while (const dirent* entry = ::readdir(dir))
        if (entry->d_name[0] != '.') ++count;
    ::closedir(dir);
    return count - 1;  // opendir's own descriptor
}

}  // namespace kiosk::platform
