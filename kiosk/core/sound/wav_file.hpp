#pragma once
#include <string>

#include "sound/pcm_audio.hpp"

namespace kiosk {

// Writes 16-bit PCM WAV. False with a message naming the file on failure.
bool writeWav(const std::string& path, const PcmAudio& audio, std::string& error);

// Reads 16-bit PCM WAV (what writeWav and the sound tools write). Other
// encodings are refused with a message that says which encoding was found.
bool readWav(const std::string& path, PcmAudio& audio, std::string& error);

}  // namespace kiosk
