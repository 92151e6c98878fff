#pragma once
#include <cstddef>
#include <string>

namespace kiosk {

// A read-only memory map of a whole file. Fonts are used this way: a CJK
// collection is ~20 MB, of which a pack touches a few hundred kilobytes, and
// only the touched pages are ever read.
class MappedFile {
  public:
    MappedFile() = default;
    explicit MappedFile(const std::string& path);
    ~MappedFile();
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    bool valid() const { return data_ != nullptr; }
    const unsigned char* data() const { return static_cast<const unsigned char*>(data_); }
    size_t size() const { return size_; }

  private:
    void* data_ = nullptr;
    size_t size_ = 0;
};

}  // namespace kiosk
