#pragma once
#include <string>
#include <vector>

namespace kiosk {

// One thing wrong with a pack, with its place: the file inside the pack and the
// JSON pointer inside that file ("" for the whole file).
struct Problem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string file;
    std::string pointer;
    std::string message;

    // "FILE: /json/pointer: message" (the whole file shows as "(file)").
    std::string format() const;
};

class ProblemList {
  public:
    void error(std::string file, std::string pointer, std::string message);
    void warning(std::string file, std::string pointer, std::string message);
    void append(const ProblemList& other);

    const std::vector<Problem>& all() const { return problems_; }
    bool hasErrors() const;
    size_t errorCount() const;
    std::vector<Problem> errors() const;
    std::vector<Problem> warnings() const;
    size_t size() const { return problems_.size(); }

  private:
    std::vector<Problem> problems_;
};

}  // namespace kiosk
