#include "content/problem.hpp"

#include "text/printable.hpp"

namespace kiosk {

// Files, pointers and messages quote names from the pack (file names, JSON
// keys, values), and this line goes to the terminal, the log and the staff
// panel: escaped, so that it stays one line whatever the pack holds.
std::string Problem::format() const {
    return printable(file + ": " + (pointer.empty() ? std::string("(file)") : pointer) + ": " +
                     message);
}

void ProblemList::error(std::string file, std::string pointer, std::string message) {
    problems_.push_back(
        {Problem::Severity::Error, std::move(file), std::move(pointer), std::move(message)});
}

void ProblemList::warning(std::string file, std::string pointer, std::string message) {
    problems_.push_back(
        {Problem::Severity::Warning, std::move(file), std::move(pointer), std::move(message)});
}

void ProblemList::append(const ProblemList& other) {
    problems_.insert(problems_.end(), other.problems_.begin(), other.problems_.end());
}

bool ProblemList::hasErrors() const {
    for (const auto& p : problems_)
        if (p.severity == Problem::Severity::Error) return true;
    return false;
}

size_t ProblemList::errorCount() const {
    size_t count = 0;
    for (const auto& p : problems_) count += p.severity == Problem::Severity::Error;
    return count;
}

std::vector<Problem> ProblemList::errors() const {
    std::vector<Problem> out;
    for (const auto& p : problems_)
        if (p.severity == Problem::Severity::Error) out.push_back(p);
    return out;
}

std::vector<Problem> ProblemList::warnings() const {
    std::vector<Problem> out;
    for (const auto& p : problems_)
        if (p.severity == Problem::Severity::Warning) out.push_back(p);
    return out;
}

}  // namespace kiosk
