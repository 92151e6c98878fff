#include "ogg_encoder.hpp"

#include <vorbis/vorbisenc.h>
#include <vorbis/vorbisfile.h>

#include <algorithm>

#include <cmath>
#include <cstdlib>
#include <cstring>

namespace kiosk {

namespace {

uint32_t le(const std::string& b, size_t at, int count) {
    uint32_t v = 0;
    for (int i = count - 1; i >= 0; --i) v = (v << 8) | uint8_t(b[at + size_t(i)]);
    return v;
}

// "KIOS": any fixed number does; a random one (as oggenc picks) would make each
// build's files differ.
constexpr int kStreamSerial = 0x4b494f53;

void appendPage(const ogg_page& page, std::string& out) {
    out.append(reinterpret_cast<const char*>(page.header), size_t(page.header_len));
    out.append(reinterpret_cast<const char*>(page.body), size_t(page.body_len));
}

int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
}

}  // namespace

SpeechAudio resampled(const SpeechAudio& audio, int rate) {
    if (audio.rate == rate || audio.rate <= 0 || rate <= 0) return audio;
    const int divisor = gcd(audio.rate, rate);
    const int up = rate / divisor, down = audio.rate / divisor;  // 320 and 441 for 22050 -> 16000
    constexpr int kHalfTaps = 24;
    // Below both Nyquist frequencies, with a little room for the window's slope.
    const double cutoff = 0.9 * std::min(1.0, double(rate) / audio.rate);
    std::vector<std::vector<float>> phases(size_t(up), std::vector<float>(2 * kHalfTaps));
    for (int p = 0; p < up; ++p) {
        const double frac = double(p) / up;
        for (int k = 0; k < 2 * kHalfTaps; ++k) {
            const double x = double(k - kHalfTaps + 1) - frac;
            const double sinc = x == 0 ? 1.0 : std::sin(M_PI * x * cutoff) / (M_PI * x * cutoff);
            const double window = 0.5 + 0.5 * std::cos(M_PI * x / kHalfTaps);
            phases[size_t(p)][size_t(k)] = float(cutoff * sinc * window);
        }
    }
    SpeechAudio out;
    out.rate = rate;
    const size_t count = size_t(uint64_t(audio.samples.size()) * uint64_t(up) / uint64_t(down));
    out.samples.resize(count);
    const long last = long(audio.samples.size()) - 1;
    for (size_t j = 0; j < count; ++j) {
        const uint64_t position = uint64_t(j) * uint64_t(down);
        const long base = long(position / uint64_t(up));
        const auto& taps = phases[size_t(position % uint64_t(up))];
        float sum = 0;
        for (int k = 0; k < 2 * kHalfTaps; ++k) {
            const long i = base + k - kHalfTaps + 1;
            if (i >= 0 && i <= last) sum += taps[size_t(k)] * float(audio.samples[size_t(i)]);
        }
        out.samples[j] = int16_t(std::clamp(sum, -32768.0f, 32767.0f));
    }
    return out;
}

std::optional<SpeechAudio> readSpeechWav(const std::string& b) {
    if (b.size() < 12 || b.compare(0, 4, "RIFF") != 0 || b.compare(8, 4, "WAVE") != 0) return {};
    SpeechAudio audio;
    bool format = false;
    for (size_t at = 12; at + 8 <= b.size();) {
        const std::string id = b.substr(at, 4);
        const uint32_t size = le(b, at + 4, 4);
        if (id == "fmt " && at + 8 + 16 <= b.size()) {
            if (le(b, at + 8, 2) != 1 || le(b, at + 10, 2) != 1 || le(b, at + 22, 2) != 16)
                return {};  // not 16-bit mono PCM
            audio.rate = int(le(b, at + 12, 4));
            format = true;
        } else if (id == "data") {
            if (!format) return {};
            // espeak-ng streaming to a pipe cannot know the length: take all that follows.
            const size_t begin = at + 8;
            const size_t count = (b.size() - begin) / 2;
            audio.samples.resize(count);
            std::memcpy(audio.samples.data(), b.data() + begin, count * 2);
            return audio;
        }
        at += 8 + size_t(size) + (size & 1);
    }
    return {};
}

void trimSilence(SpeechAudio& audio, double marginSeconds) {
    constexpr int kThreshold = 300;  // about -40 dBFS: below any spoken sound
    auto& s = audio.samples;
    size_t first = 0, last = s.size();
    while (first < last && std::abs(s[first]) < kThreshold) ++first;
    while (last > first && std::abs(s[last - 1]) < kThreshold) --last;
    const size_t margin = size_t(marginSeconds * audio.rate);
    first = first > margin ? first - margin : 0;
    last = std::min(s.size(), last + margin);
    s = std::vector<int16_t>(s.begin() + long(first), s.begin() + long(last));
}

std::string encodeOggVorbis(const SpeechAudio& audio, float quality) {
    vorbis_info info;
    vorbis_info_init(&info);
    if (vorbis_encode_init_vbr(&info, 1, audio.rate, quality) != 0) {
        vorbis_info_clear(&info);
        return {};
    }
    vorbis_comment comment;
    vorbis_comment_init(&comment);
    vorbis_dsp_state dsp;
    vorbis_block block;
    vorbis_analysis_init(&dsp, &info);
    vorbis_block_init(&dsp, &block);
    ogg_stream_state stream;
    ogg_stream_init(&stream, kStreamSerial);

    std::string out;
    ogg_packet header, commentHeader, codeHeader;
    vorbis_analysis_headerout(&dsp, &comment, &header, &commentHeader, &codeHeader);
    ogg_stream_packetin(&stream, &header);
    ogg_stream_packetin(&stream, &commentHeader);
    ogg_stream_packetin(&stream, &codeHeader);
    ogg_page page;
    while (ogg_stream_flush(&stream, &page)) appendPage(page, out);

    constexpr size_t kChunk = 4096;
    for (size_t at = 0;;) {
        const size_t n = std::min(kChunk, audio.samples.size() - at);
        if (n == 0) {
            vorbis_analysis_wrote(&dsp, 0);  // the end of the stream
        } else {
            float** buffer = vorbis_analysis_buffer(&dsp, int(n));
            for (size_t i = 0; i < n; ++i) buffer[0][i] = float(audio.samples[at + i]) / 32768.0f;
            vorbis_analysis_wrote(&dsp, int(n));
        }
        while (vorbis_analysis_blockout(&dsp, &block) == 1) {
            vorbis_analysis(&block, nullptr);
            vorbis_bitrate_addblock(&block);
            ogg_packet packet;
            while (vorbis_bitrate_flushpacket(&dsp, &packet)) {
                ogg_stream_packetin(&stream, &packet);
                while (ogg_stream_pageout(&stream, &page)) appendPage(page, out);
            }
        }
        if (n == 0) break;
        at += n;
    }
    while (ogg_stream_flush(&stream, &page)) appendPage(page, out);
    ogg_stream_clear(&stream);
    vorbis_block_clear(&block);
    vorbis_dsp_clear(&dsp);
    vorbis_comment_clear(&comment);
    vorbis_info_clear(&info);
    return out;
}

double oggVorbisSeconds(const std::string& path) {
    OggVorbis_File file;
    if (ov_fopen(path.c_str(), &file) != 0) return -1.0;
    const double seconds = ov_time_total(&file, -1);
    ov_clear(&file);
    return seconds < 0 ? -1.0 : seconds;
}

}  // namespace kiosk
