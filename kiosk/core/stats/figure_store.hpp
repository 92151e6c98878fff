#pragma once
#include <memory>
#include <string>
#include <vector>

#include "stats/visit_figures.hpp"

struct sqlite3;

namespace kiosk {

// The hourly visitor figures in an SQLite database: one row per local day,
// hour, kind and name with its count. WAL journal with synchronous commits,
// so that a committed batch survives a crash or a power cut and a reader never
// sees half of one. Not thread-safe: one owner (FigureKeeper) serialises use.
class FigureStore {
  public:
    ~FigureStore();
    FigureStore(const FigureStore&) = delete;
    FigureStore& operator=(const FigureStore&) = delete;

    // Opens `path` (created when missing; empty: a database in memory only).
    // Null, with why in `problem`, when it cannot be opened or fails its
    // check; `damaged` then says whether the file itself is bad (not a
    // database, damaged, another schema) rather than busy or not writable.
    static std::unique_ptr<FigureStore> open(const std::string& path, std::string& problem,
                                             bool* damaged = nullptr);

    // Adds the counts in one transaction; false (and nothing added) on error.
    bool add(const std::vector<FigureCount>& counts, std::string& error);
    // The rows of the days `from` to `to` (both included), oldest first.
    std::vector<FigureCount> read(const CalendarDate& from, const CalendarDate& to) const;
    // Every row, oldest first (the export).
    std::vector<FigureCount> readAll() const;
    // The sum of one kind's counts on one day (the visits today).
    long dayTotal(FigureKind kind, const CalendarDate& day) const;
    // "ok", or what SQLite's integrity check found.
    std::string integrityCheck() const;
    bool inMemory() const { return path_.empty(); }

  private:
    FigureStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
    std::vector<FigureCount> query(const std::string& sql, const std::string& from,
                                   const std::string& to) const;

    sqlite3* db_;
    std::string path_;
};

// What opening the figures' database came to.
struct FigureStoreOpening {
    std::unique_ptr<FigureStore> store;  // never null: in memory at worst
    std::string movedAside;              // where a damaged database was moved, when one was
    std::string damage;                  // what was wrong with it
    std::string problem;                 // why the file is not used (the figures stay in memory)
};

// Opens the figures' database at `path`. A file that is damaged is moved
// aside to "<path>.broken-<stamp>" (with its WAL) and a new one is started;
// when even that fails, or `path` is empty, the figures are kept in memory.
// The kiosk never stops for its figures.
FigureStoreOpening openFigureStore(const std::string& path, const std::string& stamp);

}  // namespace kiosk
