#include <catch2/catch.hpp>

#include <random>

#include "sheet/events_sheet_files.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;

namespace {

// The first rows of the default pack's sheet, as Excel would save them.
std::string sheetBytes(size_t rows) {
    ProblemList problems;
    auto records =
        readPackEventsSheet(test::sourceDir() + "/content/src/default", std::nullopt, problems);
    REQUIRE(records);
    records->resize(rows);
    return *encodeSheetFile(*records, SheetEncoding::Utf8WithBom, "events.csv", problems);
}

// One random damage: a byte changed, a quote, comma or line break put in, a
// piece cut out, or the file cut short.
void mutate(std::string& bytes, std::mt19937& random) {
    const char inserts[] = {'"', ',', '\n', '\r', '\xff', '\x82', ' ', '-'};
    std::uniform_int_distribution<size_t> at(0, bytes.size() - 1);
    switch (random() % 5) {
        case 0:
            bytes[at(random)] = char(random());
            break;
        case 1:
            bytes.insert(at(random), 1, inserts[random() % sizeof inserts]);
            break;
        case 2:
            bytes.erase(at(random), random() % 40);
            break;
        case 3:
            bytes.resize(at(random));
            break;
        default:
            bytes.insert(at(random), bytes.substr(at(random), random() % 80));
            break;
    }
    if (bytes.empty()) bytes = "id";
}

}  // namespace

TEST_CASE("damaged sheets never crash the import, and every problem is one line") {
    const std::string original = sheetBytes(12);
    ProblemList contextProblems;
    const auto context =
        readImportContext(test::sourceDir() + "/content/src/default", contextProblems);
    REQUIRE(context);
    std::mt19937 random(20261203);
    size_t refused = 0;
    for (int round = 0; round < 600; ++round) {
        std::string bytes = original;
        for (int k = 1 + int(random() % 4); k > 0; --k) mutate(bytes, random);
        ProblemList problems;
        std::optional<ImportedEvents> imported;
        if (const auto decoded = decodeSheet(bytes, "events.csv", problems)) {
            const auto table = parseCsv(decoded->text, "events.csv", problems);
            if (!problems.hasErrors())
                imported = sheetToEvents(table, *context, "events.csv", problems);
        }
        CHECK((imported.has_value() != problems.hasErrors()));
        refused += problems.hasErrors();
        for (const auto& p : problems.all())
            CHECK(p.format().find_first_of("\r\n") == std::string::npos);
    }
    CHECK(refused > 300);  // the damage is real: most sheets are refused
}
