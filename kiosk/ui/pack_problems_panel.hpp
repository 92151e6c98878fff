#pragma once
#include <vector>

#include "content/problem.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// What the validator said of a watched pack's last reload (kiosk --watch).
struct PackProblemsView {
    std::vector<Problem> problems;  // errors first, then warnings
    // The reload had errors: what is on screen is the last content that loaded.
    bool showingLastGood = false;
    bool empty() const { return problems.empty(); }
};

// The author's view of the problems over whatever the kiosk shows: a dark
// panel across the top with a heading (how many errors and warnings, and
// whether the last good content is showing) and one line per problem,
// FILE: /pointer: message, errors in red, as many as fit in half the screen.
void drawPackProblems(const UiContext& ui, const PackProblemsView& view, bool english);

}  // namespace kiosk::ui
