#include "events_commands.hpp"

#include <cstdio>
#include <fstream>

#include "build/glossary_check.hpp"
#include "content/language_coverage.hpp"
#include "sheet/absent_columns.hpp"
#include "sheet/csv_table.hpp"
#include "sheet/events_sheet_files.hpp"
#include "sheet/sheet_problem_place.hpp"
#include "system/small_file.hpp"
#include "text/printable.hpp"

namespace kiosk {

namespace {

constexpr size_t kMostSheetBytes = 64u << 20;

// Errors on stdout, one a line; warnings on stderr, as validate prints them.
void printProblems(const ProblemList& problems, const ImportedEvents* imported,
                   const std::string& sheetFile) {
    for (const auto& p : problems.all()) {
        const Problem placed = imported ? placeInSheet(p, *imported, sheetFile) : p;
        if (placed.severity == Problem::Severity::Error)
            std::printf("%s\n", placed.format().c_str());
        else
            std::fprintf(stderr, "warning: %s\n", placed.format().c_str());
    }
    std::fflush(stdout);  // the problems before the summary on stderr, in a terminal too
}

std::optional<SheetEncoding> parseEncoding(const std::string& name) {
    if (name == "utf-8") return SheetEncoding::Utf8WithBom;
    if (name == "utf-8-no-bom") return SheetEncoding::Utf8;
    if (name == "cp932") return SheetEncoding::Cp932;
    return std::nullopt;
}

// The source checked as `kiosk-pack validate --source` checks it.
ProblemList checkSource(const std::string& sourceDir, const PackLoadOptions& checks) {
    PackLoadOptions options = checks;
    options.sourcePack = true;
    options.verifyFiles = false;
    PackLoadResult result = loadPack(sourceDir, options);
    if (result.pack) {
        checkPackLanguages(sourceDir, result.pack->manifest, result.problems);
        checkSourceGlossary(sourceDir, result.pack->manifest, result.problems);
    }
    return result.problems;
}

void printChanges(const std::vector<EventsFileChange>& changes) {
    for (const auto& change : changes) {
        using Kind = EventsFileChange::Kind;
        const char* what = change.kind == Kind::Unchanged ? "unchanged"
                           : change.kind == Kind::Added   ? "added"
                           : change.kind == Kind::Removed ? "removed (no event of its year left)"
                                                          : "written";
        std::fprintf(stderr, "  %s: %s", printable(change.path).c_str(), what);
        if (change.kind != Kind::Removed) std::fprintf(stderr, " (%zu events)", change.events);
        std::fprintf(stderr, "\n");
    }
}

// The pack's columns the sheet leaves out: each event keeps what it has there.
void sayKeptColumns(const EventSheetHeader& header, const EventSheetContext& context,
                    const std::string& file) {
    std::string names;
    for (const auto& column : absentColumns(header, eventColumnNames(context.languages)))
        if (column.rfind("date.", 0) != 0) names += (names.empty() ? "" : ", ") + column;
    if (!names.empty())
        std::fprintf(stderr, "%s: no column %s: the events keep what the pack has there\n",
                     file.c_str(), names.c_str());
}

struct ReadSheet {
    SheetEncoding encoding;
    CsvTable table;
};

// The sheet's file decoded and parsed; says which encoding it found.
std::optional<ReadSheet> readSheet(const std::string& file, ProblemList& problems) {
    std::string bytes;
    if (const std::string why = readSmallFile(file, kMostSheetBytes, bytes); !why.empty()) {
        problems.error(file, "", why);
        return std::nullopt;
    }
    const auto decoded = decodeSheet(bytes, file, problems);
    if (!decoded) return std::nullopt;
    std::fprintf(stderr, "%s: read as %s\n", file.c_str(), sheetEncodingName(decoded->encoding));
    CsvTable table = parseCsv(decoded->text, file, problems);
    if (problems.hasErrors()) return std::nullopt;
    return ReadSheet{decoded->encoding, std::move(table)};
}

}  // namespace

EventsCommands::EventsCommands(CLI::App& app) {
    export_ = app.add_subcommand("export-events",
                                 "Write a pack's events as a spreadsheet (CSV), one row per event");
    export_->add_option("PACK", packDir_, "Pack or pack source folder")->required();
    export_->add_option("FILE", sheetFile_, "CSV file to write")->required();
    export_
        ->add_option("--encoding", encoding_,
                     "utf-8 (default: with a BOM, as Excel's \"CSV UTF-8\"), utf-8-no-bom, or "
                     "cp932 (Shift_JIS, as Excel's plain \"CSV\" in Japan)")
        ->check(CLI::IsMember({"utf-8", "utf-8-no-bom", "cp932"}));
    export_
        ->add_option("--languages", languages_,
                     "Text columns for these languages only, e.g. ja,en (Japanese always); an "
                     "import keeps the texts of languages the sheet has no column for")
        ->delimiter(',')
        ->check(CLI::IsMember({"ja", "en", "zh-Hans", "zh-Hant", "ko"}));
    import_ = app.add_subcommand(
        "import-events",
        "Replace a pack source's events with a spreadsheet's (CSV in UTF-8 or Shift_JIS)");
    import_->add_option("FILE", sheetFile_, "CSV file to read")->required();
    import_->add_option("SOURCE", packDir_, "Pack source folder whose events/*.json it rewrites")
        ->required();
}

bool EventsCommands::parsed() const {
    return export_->parsed() || import_->parsed();
}

int EventsCommands::run(const PackLoadOptions& checks) const {
    try {
        return export_->parsed() ? exportEvents() : importEvents(checks);
    } catch (const std::exception& e) {  // a bug, not a bad sheet: say so rather than abort
        std::printf("%s: (file): stopped by an internal error: %s\n", sheetFile_.c_str(), e.what());
        return 1;
    }
}

int EventsCommands::exportEvents() const {
    ProblemList problems;
    std::optional<std::vector<Language>> only;
    if (!languages_.empty()) {
        only.emplace();
        for (const auto& code : languages_) parseLanguageCode(code, only->emplace_back());
    }
    const auto records = readPackEventsSheet(packDir_, only, problems);
    const auto bytes =
        records ? encodeSheetFile(*records, *parseEncoding(encoding_), sheetFile_, problems)
                : std::nullopt;
    printProblems(problems, nullptr, sheetFile_);
    if (!bytes) {
        std::fprintf(stderr, "%s: not written\n", sheetFile_.c_str());
        return 1;
    }
    std::ofstream out(sheetFile_, std::ios::binary | std::ios::trunc);
    out.write(bytes->data(), std::streamsize(bytes->size()));
    out.close();
    if (!out) {
        std::printf("%s: (file): cannot be written\n", sheetFile_.c_str());
        return 1;
    }
    std::fprintf(stderr, "%s: %zu events written in %s\n", sheetFile_.c_str(), records->size() - 1,
                 sheetEncodingName(*parseEncoding(encoding_)));
    return 0;
}

int EventsCommands::importEvents(const PackLoadOptions& checks) const {
    ProblemList problems;
    const auto sheet = readSheet(sheetFile_, problems);
    auto context = sheet ? readImportContext(packDir_, problems) : std::nullopt;
    if (context) context->shiftJis = sheet->encoding == SheetEncoding::Cp932;
    const auto imported =
        context ? sheetToEvents(sheet->table, *context, sheetFile_, problems) : std::nullopt;
    EventsFilesBackup backup;
    const auto changes =
        imported ? writeImportedEvents(packDir_, *imported, backup, problems) : std::nullopt;
    if (changes) problems.append(checkSource(packDir_, checks));
    printProblems(problems, imported ? &*imported : nullptr, sheetFile_);
    if (!changes || problems.hasErrors()) {
        restoreEventsFiles(packDir_, backup);
        std::fprintf(stderr, "%s: not changed\n", packDir_.c_str());
        return 1;
    }
    sayKeptColumns(*imported->header, *context, sheetFile_);
    printChanges(*changes);
    std::fprintf(stderr, "%s: %zu events imported from %s (%zu warnings)\n", packDir_.c_str(),
                 imported->events, sheetFile_.c_str(), problems.warnings().size());
    return 0;
}

}  // namespace kiosk
