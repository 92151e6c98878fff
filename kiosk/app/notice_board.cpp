#include "notice_board.hpp"

#include <algorithm>

#include "install_banner.hpp"
#include "text/printable.hpp"

namespace kiosk {

void NoticeBoard::show(const InstallNotice& notice, double now) {
    // A notice's detail can name a file on the stick: shown escaped.
    notice_ = notice;
    for (LocalizedText* text : {&notice_->headline, &notice_->detail}) {
        text->ja = printable(text->ja);
        text->en = printable(text->en);
    }
    since_ = now;
}

bool NoticeBoard::upAt(double now) {
    if (!notice_) return false;
    if (notice_->tone != InstallNotice::Tone::Working && now - since_ > kOutcomeSeconds)
        notice_.reset();
    return notice_.has_value();
}

void NoticeBoard::draw(const ui::UiContext& overlay) const {
    if (notice_) ui::drawInstallBanner(overlay, *notice_, overlay.now - since_);
}

bool NoticeBoard::animating(double now) const {
    return notice_ && (notice_->tone == InstallNotice::Tone::Working ||
                       now - since_ < ui::kBannerSlideSeconds);
}

double NoticeBoard::secondsUntilChange(double now, double none) const {
    if (!notice_ || notice_->tone == InstallNotice::Tone::Working) return none;
    return std::max(0.0, since_ + kOutcomeSeconds - now);
}

}  // namespace kiosk
