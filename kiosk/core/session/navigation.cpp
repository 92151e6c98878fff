#include "session/navigation.hpp"

namespace kiosk {

Navigator::Navigator(ScreenRef root) {
    stack_.push_back(std::move(root));
}

void Navigator::open(const ScreenRef& screen) {
    if (screen == current()) return;
    if (screen == root()) {
        home();
        return;
    }
    stack_.push_back(screen);
    if (stack_.size() > kMaxDepth) stack_.erase(stack_.begin() + 1);
}

void Navigator::back() {
    if (canGoBack()) stack_.pop_back();
}

void Navigator::home() {
    stack_.resize(1);
}

void Navigator::reset(const ScreenRef& root) {
    stack_.clear();
    stack_.push_back(root);
}

}  // namespace kiosk
