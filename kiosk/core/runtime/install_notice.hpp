#pragma once
#include <string>
#include <vector>

#include "content/localized_text.hpp"
#include "content/pack_texts.hpp"
#include "install/pack_installer.hpp"
#include "install/set_aside_packs.hpp"

namespace kiosk {

// What staff read on screen after plugging in a stick: a headline in both
// languages, and a detail line (the file or figure at fault) when there is one.
struct InstallNotice {
    enum class Tone { Working, Success, Refusal };
    Tone tone = Tone::Working;
    LocalizedText headline;
    LocalizedText detail;
};

// "Checking the USB stick…" while a candidate is verified and copied.
InstallNotice checkingNotice();
// The same for a pack a sync tool delivered into the inbox folder.
InstallNotice inboxCheckingNotice();
// The outcome of an install, in plain words (not the installer's technical line).
InstallNotice noticeFor(const InstallResult& result);
// A stick was plugged in but holds no pack where the kiosk looks.
InstallNotice noPackFoundNotice();
// The stick holds a pack the kiosk set aside because it kept crashing: why,
// and that nothing was installed.
InstallNotice setAsideNotice(const SetAsidePack& aside);
// "2027-01-15 14:03", local time, for staff.
std::string setAsideDate(int64_t time);
// The installed pack is now on screen.
InstallNotice switchedNotice(int version);

// Every fixed text the notices use, so that the font atlas holds their glyphs
// whatever pack is showing.
std::vector<NamedText> installNoticeTexts();

}  // namespace kiosk
