#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace kiosk::test {

// The repository's folders, as the build saw them.
std::string sourceDir();
std::string defaultPackDir();

// A private copy of a pack in a fresh temporary folder, removed when the test
// ends. Tests break it in one place and check what the loader says.
class TempPack {
  public:
    // The pack's spoken clips (narration.json and narration/, thousands of
    // files) are left out unless a test asks for them: copying and installing
    // them would only slow the tests of everything else.
    enum class Narration { Drop, Keep };
    explicit TempPack(const std::string& from = defaultPackDir(),
                      Narration narration = Narration::Drop);
    ~TempPack();
    TempPack(const TempPack&) = delete;
    TempPack& operator=(const TempPack&) = delete;

    const std::string& dir() const { return dir_; }
    std::string path(const std::string& relative) const { return dir_ + "/" + relative; }

    nlohmann::json readJson(const std::string& relative) const;
    // Writes the file and, unless told not to, updates its size and SHA-256 in
    // pack.json so that only the intended problem remains.
    void writeJson(const std::string& relative, const nlohmann::json& document, bool rehash = true);
    void writeText(const std::string& relative, const std::string& text, bool rehash = true);
    void remove(const std::string& relative);
    // Recomputes size and SHA-256 of one listed file (adding it when unlisted).
    void rehash(const std::string& relative);

  private:
    std::string dir_;
};

}  // namespace kiosk::test
