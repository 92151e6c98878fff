#pragma once
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "content/problem.hpp"

namespace kiosk {

// The UI string that captions every QR code ("Scan with your phone").
constexpr const char* kScanCaptionKey = "scan_with_phone";

// Every link the pack carries, each once, in the order the pack gives them.
std::vector<std::string> packLinks(const Pack& pack);

// A pack with links must caption their codes: strings.json needs the
// caption's key (a pack without links need not have it).
void checkLinkCaption(const Pack& pack, ProblemList& problems);

// Encodes every link of the pack as a QR code into pack.linkCodes, once, as
// the pack loads (off the render thread); a link that fits no QR code is an
// error naming it.
void makeLinkCodes(Pack& pack, ProblemList& problems);

}  // namespace kiosk
