#pragma once
#include <string>

namespace kiosk {

// The longest sound a pack may name: the kiosk decodes cues whole into memory
// (10 minutes of 44.1 kHz stereo is about 100 MB), and the music loops.
constexpr int kMaxSoundSeconds = 600;

// Empty when `bytes` is a WAV (PCM or float) or OGG Vorbis file that SDL_mixer
// plays to its end: a WAV's chunks are walked and its data chunk holds what it
// claims; an OGG is decoded to the end with libvorbisfile, the decoder
// SDL_mixer itself uses. Otherwise what is wrong, worded to follow "cannot be
// played: ".
std::string soundFileProblem(const std::string& bytes);

// Empty when `bytes` is OGG Vorbis whose headers libvorbisfile reads (mono to
// 8 channels at 8000 to 192000 Hz) and whose length it finds, at most
// kMaxSoundSeconds and not empty, without decoding the audio: for a pack's
// thousands of narration clips, which a full decode at every load would slow.
std::string oggHeaderProblem(const std::string& bytes);

}  // namespace kiosk
