#pragma once
#include <string>
#include <vector>

#include "content/localized_text.hpp"
#include "content/pack_texts.hpp"

namespace kiosk {

// The staff panel's fixed labels, in both languages (staff read Japanese
// first; integrators English). They do not come from the pack, so that a
// broken pack cannot take the panel's words away.
const LocalizedText& staffText(const std::string& key);
// "コンテンツ / Content"
std::string staffLabel(const std::string& key);

// Every label, for the font atlas.
std::vector<NamedText> staffWordingTexts();

}  // namespace kiosk
