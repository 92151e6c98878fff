#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace kiosk {

// Walks the Huffman codes of a sequential (baseline) JPEG's scans without
// decoding any pixel, and says whether the data holds every block the frame
// header promises. stb_image reads a scan that ends early as zeros, so a JPEG
// cut short and given its end marker back would show grey where its data
// stopped; this finds that. Progressive JPEGs are not walked (empty). Empty
// when whole; otherwise the problem, worded to follow the file's name.
std::string walkSequentialJpegScans(const uint8_t* data, size_t size);

// Whether a DHT segment's tables are ones a decoder can build: classes and ids
// in range, at most 256 symbols each, all inside the segment, and no more codes
// of a length than the length has room for. stb_image 2.27 writes past its
// arrays on a table of more than 256 symbols (found by the picture fuzzer).
bool huffmanTablesMakeSense(const uint8_t* payload, size_t length);

}  // namespace kiosk
