#include "content/sound_file_check.hpp"

#include <vorbis/vorbisfile.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace kiosk {

namespace {

uint32_t le(const std::string& b, size_t at, int count) {
    uint32_t v = 0;
    for (int i = count - 1; i >= 0; --i) v = (v << 8) | uint8_t(b[at + size_t(i)]);
    return v;
}

struct WavFormat {
    uint32_t encoding = 0, channels = 0, rate = 0, blockAlign = 0, bits = 0;
};

// Empty when the fmt chunk describes PCM or float audio that SDL plays.
std::string wavFormatProblem(const std::string& b, size_t at, uint32_t size, WavFormat& f) {
    if (size < 16) return "its fmt chunk is cut short";
    f.encoding = le(b, at, 2);
    f.channels = le(b, at + 2, 2);
    f.rate = le(b, at + 4, 4);
    f.blockAlign = le(b, at + 12, 2);
    f.bits = le(b, at + 14, 2);
    if (f.encoding == 0xFFFE) {  // WAVE_FORMAT_EXTENSIBLE: the encoding is in its sub-format
        if (size < 40) return "its extensible fmt chunk is cut short";
        f.encoding = le(b, at + 24, 2);
    }
    if (f.encoding != 1 && f.encoding != 3)
        return "WAV encoding " + std::to_string(f.encoding) +
               " is not played; expected PCM or float";
    if (f.channels < 1 || f.channels > 8)
        return std::to_string(f.channels) + " channels; expected 1 to 8";
    if (f.rate < 8000 || f.rate > 192000)
        return std::to_string(f.rate) + " Hz; expected 8000 to 192000";
    if (f.encoding == 3 && f.bits != 32)
        return std::to_string(f.bits) + "-bit float samples; expected 32-bit float";
    if (f.bits != 8 && f.bits != 16 && f.bits != 24 && f.bits != 32)
        return std::to_string(f.bits) + " bits per sample; expected 8, 16, 24 or 32";
    if (f.blockAlign != f.channels * f.bits / 8)
        return "its fmt chunk says " + std::to_string(f.blockAlign) + " bytes a frame; " +
               std::to_string(f.channels) + " channels of " + std::to_string(f.bits) +
               " bits take " + std::to_string(f.channels * f.bits / 8);
    return "";
}

std::string wavProblem(const std::string& b) {
    WavFormat format;
    bool haveFormat = false;
    for (size_t at = 12;;) {
        if (b.size() - at < 8)
            return haveFormat ? "its WAV has no data chunk" : "its WAV header has no fmt chunk";
        std::string id = b.substr(at, 4);
        for (char& c : id)  // shown in a one-line message
            if (c < ' ' || c > '~') c = '?';
        const uint32_t size = le(b, at + 4, 4);
        const size_t left = b.size() - at - 8;
        if (id == "data") {
            if (!haveFormat) return "its data chunk comes before its fmt chunk";
            if (size > left)
                return "its data chunk claims " + std::to_string(size) + " bytes but " +
                       std::to_string(left) + " follow (cut short?)";
            if (size < format.blockAlign) return "its data chunk holds no samples";
            if (uint64_t(size) / format.blockAlign > uint64_t(format.rate) * kMaxSoundSeconds)
                return "it plays longer than " + std::to_string(kMaxSoundSeconds / 60) + " minutes";
            return "";
        }
        if (size > left) return "its \"" + id + "\" chunk is cut short";
        if (id == "fmt ") {
            const std::string problem = wavFormatProblem(b, at + 8, size, format);
            if (!problem.empty()) return problem;
            haveFormat = true;
        }
        at += 8 + size_t(size) + (size & 1);
        if (at > b.size()) at = b.size();
    }
}

// libvorbisfile reading from memory.
struct MemoryStream {
    const std::string& bytes;
    size_t at = 0;
};

size_t readMemory(void* out, size_t size, size_t count, void* source) {
    auto& s = *static_cast<MemoryStream*>(source);
    const size_t n = std::min(size * count, s.bytes.size() - s.at);
    std::memcpy(out, s.bytes.data() + s.at, n);
    s.at += n;
    return size ? n / size : 0;
}

int seekMemory(void* source, ogg_int64_t offset, int whence) {
    auto& s = *static_cast<MemoryStream*>(source);
    const ogg_int64_t base = whence == SEEK_SET   ? 0
                             : whence == SEEK_CUR ? ogg_int64_t(s.at)
                                                  : ogg_int64_t(s.bytes.size());
    if (base + offset < 0 || base + offset > ogg_int64_t(s.bytes.size())) return -1;
    s.at = size_t(base + offset);
    return 0;
}

long tellMemory(void* source) {
    return long(static_cast<MemoryStream*>(source)->at);
}

// Opens an Ogg Vorbis stream over `stream`: empty when `file` is open (the
// caller clears it), else what is wrong.
std::string openOgg(MemoryStream& stream, OggVorbis_File& file) {
    const ov_callbacks callbacks{readMemory, seekMemory, nullptr, tellMemory};
    const int opened = ov_open_callbacks(&stream, &file, nullptr, 0, callbacks);
    if (opened == OV_ENOTVORBIS) return "it is an Ogg file without Vorbis audio";
    if (opened != 0)
        return "its Ogg Vorbis headers are damaged (libvorbisfile error " + std::to_string(opened) +
               ")";
    return {};
}

std::string oggProblem(const std::string& b) {
    MemoryStream stream{b};
    OggVorbis_File file;
    if (std::string problem = openOgg(stream, file); !problem.empty()) return problem;
    std::string problem;
    uint64_t frames = 0;
    char buffer[8192];
    for (int link = -1;;) {
        int current = 0;
        const long n = ov_read(&file, buffer, sizeof buffer, 0, 2, 1, &current);
        if (n == 0) break;
        if (n < 0) {
            problem = "its Vorbis audio is damaged " + std::to_string(frames) +
                      " samples in (libvorbisfile error " + std::to_string(n) + ")";
            break;
        }
        const vorbis_info* info = ov_info(&file, current);
        if (current != link) {
            link = current;
            if (!info || info->channels < 1 || info->channels > 8 || info->rate < 8000 ||
                info->rate > 192000) {
                problem = "its Vorbis stream has " +
                          (info ? std::to_string(info->channels) + " channels at " +
                                      std::to_string(info->rate) + " Hz"
                                : std::string("no format")) +
                          "; expected 1 to 8 channels at 8000 to 192000 Hz";
                break;
            }
        }
        frames += uint64_t(n) / (2u * uint64_t(info->channels));
        if (frames > uint64_t(info->rate) * kMaxSoundSeconds) {
            problem = "it plays longer than " + std::to_string(kMaxSoundSeconds / 60) + " minutes";
            break;
        }
    }
    if (problem.empty() && frames == 0) problem = "its Vorbis stream holds no samples";
    ov_clear(&file);
    return problem;
}

}  // namespace

std::string oggHeaderProblem(const std::string& bytes) {
    if (bytes.size() < 4 || bytes.compare(0, 4, "OggS") != 0) return "it is not an Ogg file";
    MemoryStream stream{bytes};
    OggVorbis_File file;
    if (std::string problem = openOgg(stream, file); !problem.empty()) return problem;
    std::string problem;
    const vorbis_info* info = ov_info(&file, -1);
    const ogg_int64_t frames = ov_pcm_total(&file, -1);
    if (!info || info->channels < 1 || info->channels > 8 || info->rate < 8000 ||
        info->rate > 192000)
        problem = "its Vorbis stream is not 1 to 8 channels at 8000 to 192000 Hz";
    else if (frames <= 0)
        problem = "its Vorbis stream holds no samples";
    else if (frames > ogg_int64_t(info->rate) * kMaxSoundSeconds)
        problem = "it plays longer than " + std::to_string(kMaxSoundSeconds / 60) + " minutes";
    ov_clear(&file);
    return problem;
}

std::string soundFileProblem(const std::string& bytes) {
    if (bytes.size() >= 12 && bytes.compare(0, 4, "RIFF") == 0 && bytes.compare(8, 4, "WAVE") == 0)
        return wavProblem(bytes);
    if (bytes.size() >= 4 && bytes.compare(0, 4, "OggS") == 0) return oggProblem(bytes);
    return "it is neither WAV (RIFF/WAVE) nor OGG Vorbis";
}

}  // namespace kiosk
