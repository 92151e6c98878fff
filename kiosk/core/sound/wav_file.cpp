#include "sound/wav_file.hpp"

#include <fstream>
#include <sstream>

namespace kiosk {

namespace {

void putLe(std::string& out, uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(char((value >> (8 * i)) & 0xFF));
}

uint32_t getLe(const std::string& bytes, size_t at, int count) {
    uint32_t v = 0;
    for (int i = count - 1; i >= 0; --i) v = (v << 8) | uint8_t(bytes[at + size_t(i)]);
    return v;
}

}  // namespace

bool writeWav(const std::string& path, const PcmAudio& audio, std::string& error) {
    const uint32_t dataBytes = uint32_t(audio.samples.size() * 2);
    std::string out;
    out.reserve(44 + dataBytes);
    out += "RIFF";
    putLe(out, 36 + dataBytes, 4);
    out += "WAVEfmt ";
    putLe(out, 16, 4);
    putLe(out, 1, 2);  // PCM
    putLe(out, uint32_t(audio.channels), 2);
    putLe(out, uint32_t(audio.sampleRate), 4);
    putLe(out, uint32_t(audio.sampleRate * audio.channels * 2), 4);
    putLe(out, uint32_t(audio.channels * 2), 2);
    putLe(out, 16, 2);
    out += "data";
    putLe(out, dataBytes, 4);
    for (int16_t s : audio.samples) putLe(out, uint16_t(s), 2);
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file.write(out.data(), std::streamsize(out.size()))) {
        error = path + ": cannot write";
        return false;
    }
    return true;
}

bool readWav(const std::string& path, PcmAudio& audio, std::string& error) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        error = path + ": cannot be read";
        return false;
    }
    std::stringstream buffer;
    buffer << file.rdbuf();
    const std::string bytes = buffer.str();
    if (bytes.size() < 12 || bytes.compare(0, 4, "RIFF") != 0 || bytes.compare(8, 4, "WAVE") != 0) {
        error = path + ": not a WAV file (no RIFF/WAVE header)";
        return false;
    }
    bool haveFormat = false;
    for (size_t at = 12; at + 8 <= bytes.size();) {
        const std::string id = bytes.substr(at, 4);
        const size_t size = getLe(bytes, at + 4, 4);
        const size_t body = at + 8;
        if (body + size > bytes.size() && id != "data") break;
        if (id == "fmt " && size >= 16) {
            const uint32_t format = getLe(bytes, body, 2);
            const uint32_t bits = getLe(bytes, body + 14, 2);
            if (format != 1 || bits != 16) {
                error = path + ": WAV encoding " + std::to_string(format) + " with " +
                        std::to_string(bits) + " bits; expected 16-bit PCM (1)";
                return false;
            }
            audio.channels = int(getLe(bytes, body + 2, 2));
            audio.sampleRate = int(getLe(bytes, body + 4, 4));
            haveFormat = audio.channels > 0 && audio.sampleRate > 0;
        } else if (id == "data") {
            if (!haveFormat) break;
            const size_t available = std::min(size, bytes.size() - body);
            audio.samples.resize(available / 2);
            for (size_t i = 0; i < audio.samples.size(); ++i)
                audio.samples[i] = int16_t(uint16_t(getLe(bytes, body + 2 * i, 2)));
            return true;
        }
        at = body + size + (size & 1);
    }
    error = path + ": WAV file without a usable fmt and data chunk";
    return false;
}

}  // namespace kiosk
