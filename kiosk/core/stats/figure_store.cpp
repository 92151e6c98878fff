#include "stats/figure_store.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>

namespace kiosk {

namespace {

// Raised when the table's shape changes; a database of another version is
// moved aside rather than misread.
constexpr int kSchemaVersion = 1;
// Names come from the pack's ids; a longer one is cut rather than refused.
constexpr size_t kMaxNameBytes = 200;

const char* const kSchema =
    "CREATE TABLE IF NOT EXISTS hourly_figures ("
    " day TEXT NOT NULL,"      // the local date, 2026-12-03
    " hour INTEGER NOT NULL,"  // the local hour, 0..23
    " kind TEXT NOT NULL,"     // session, screen, item, language, access
    " name TEXT NOT NULL,"     // '' for sessions
    " count INTEGER NOT NULL,"
    " PRIMARY KEY (day, hour, kind, name)) WITHOUT ROWID";

// A prepared statement that finalises itself.
class Statement {
  public:
    Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    sqlite3_stmt* get() const { return stmt_; }
    explicit operator bool() const { return stmt_ != nullptr; }
    void text(int index, const std::string& value) const {
        sqlite3_bind_text(stmt_, index, value.c_str(), int(value.size()), SQLITE_TRANSIENT);
    }

  private:
    sqlite3_stmt* stmt_ = nullptr;
};

bool exec(sqlite3* db, const char* sql, std::string& error) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK) return true;
    error = message ? message : sqlite3_errmsg(db);
    sqlite3_free(message);
    return false;
}

// The first column of the first row of `sql`, as text ("" when none).
std::string single(sqlite3* db, const char* sql) {
    Statement s(db, sql);
    if (!s || sqlite3_step(s.get()) != SQLITE_ROW) return {};
    const auto* text = sqlite3_column_text(s.get(), 0);
    return text ? reinterpret_cast<const char*>(text) : "";
}

// The last error says the file itself is bad (not a database, damaged), as
// opposed to busy, locked or not writable.
bool fileIsBad(sqlite3* db) {
    const int code = sqlite3_errcode(db) & 0xff;
    return code == SQLITE_NOTADB || code == SQLITE_CORRUPT;
}

// WAL (a reader never blocks the writer; a commit is all or nothing),
// synchronous commits, a quick check, then the table. `damaged`: the file is
// not usable as it is, whoever tries.
bool prepare(sqlite3* db, bool inMemory, std::string& problem, bool& damaged) {
    sqlite3_busy_timeout(db, 5000);
    std::string error;
    if (!inMemory) {
        const std::string mode = single(db, "PRAGMA journal_mode=WAL");
        if (mode != "wal") {
            damaged = fileIsBad(db);
            problem = "cannot use its journal (" + std::string(sqlite3_errmsg(db)) + ")";
            return false;
        }
        if (!exec(db, "PRAGMA synchronous=FULL", error)) return problem = error, false;
        const std::string check = single(db, "PRAGMA quick_check");
        damaged = check != "ok";
        if (damaged) return problem = "damaged (" + check + ")", false;
    }
    const std::string version = single(db, "PRAGMA user_version");
    const bool fresh = single(db, "SELECT count(*) FROM sqlite_master") == "0";
    damaged = !fresh && version != std::to_string(kSchemaVersion);
    if (damaged) return problem = "written by another version (" + version + ")", false;
    if (!exec(db, kSchema, error)) return problem = error, false;
    const std::string setVersion = "PRAGMA user_version=" + std::to_string(kSchemaVersion);
    if (!exec(db, setVersion.c_str(), error)) return problem = error, false;
    return true;
}

}  // namespace

FigureStore::~FigureStore() {
    sqlite3_close(db_);
}

std::unique_ptr<FigureStore> FigureStore::open(const std::string& path, std::string& problem,
                                               bool* damaged) {
    bool bad = false;
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    if (sqlite3_open_v2(path.empty() ? ":memory:" : path.c_str(), &db, flags, nullptr) !=
        SQLITE_OK) {
        problem = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        return nullptr;
    }
    if (!prepare(db, path.empty(), problem, bad)) {
        if (damaged) *damaged = bad;
        sqlite3_close(db);
        return nullptr;
    }
    return std::unique_ptr<FigureStore>(new FigureStore(db, path));
}

bool FigureStore::add(const std::vector<FigureCount>& counts, std::string& error) {
    if (!exec(db_, "BEGIN IMMEDIATE", error)) return false;
    Statement upsert(db_,
                     "INSERT INTO hourly_figures (day, hour, kind, name, count)"
                     " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (day, hour, kind, name)"
                     " DO UPDATE SET count = count + excluded.count");
    bool ok = bool(upsert);
    for (size_t i = 0; ok && i < counts.size(); ++i) {
        const FigureCount& c = counts[i];
        sqlite3_reset(upsert.get());
        upsert.text(1, c.hour.date.iso());
        sqlite3_bind_int(upsert.get(), 2, c.hour.hour);
        upsert.text(3, figureKindName(c.kind));
        upsert.text(4, c.name.substr(0, kMaxNameBytes));
        sqlite3_bind_int64(upsert.get(), 5, c.count);
        ok = sqlite3_step(upsert.get()) == SQLITE_DONE;
    }
    if (ok && exec(db_, "COMMIT", error)) return true;
    if (error.empty()) error = sqlite3_errmsg(db_);
    std::string ignored;
    exec(db_, "ROLLBACK", ignored);
    return false;
}

std::vector<FigureCount> FigureStore::query(const std::string& sql, const std::string& from,
                                            const std::string& to) const {
    std::vector<FigureCount> rows;
    Statement s(db_, sql.c_str());
    if (!s) return rows;
    s.text(1, from);
    s.text(2, to);
    while (sqlite3_step(s.get()) == SQLITE_ROW) {
        const auto column = [&](int i) {
            const auto* text = sqlite3_column_text(s.get(), i);
            return std::string(text ? reinterpret_cast<const char*>(text) : "");
        };
        const auto date = parseIsoDate(column(0), false);
        const auto kind = parseFigureKind(column(2));
        if (!date || !kind) continue;  // not ours: skipped, never misread
        rows.push_back({{*date, sqlite3_column_int(s.get(), 1)},
                        *kind,
                        column(3),
                        long(sqlite3_column_int64(s.get(), 4))});
    }
    return rows;
}

std::vector<FigureCount> FigureStore::read(const CalendarDate& from, const CalendarDate& to) const {
    return query(
        "SELECT day, hour, kind, name, count FROM hourly_figures WHERE day >= ?1 AND day <= ?2"
        " ORDER BY day, hour, kind, name",
        from.iso(), to.iso());
}

std::vector<FigureCount> FigureStore::readAll() const {
    return query(
        "SELECT day, hour, kind, name, count FROM hourly_figures WHERE ?1 = ?2"
        " ORDER BY day, hour, kind, name",
        "", "");
}

long FigureStore::dayTotal(FigureKind kind, const CalendarDate& day) const {
    Statement s(db_,
                "SELECT coalesce(sum(count), 0) FROM hourly_figures WHERE day = ?1 AND kind = ?2");
    if (!s) return 0;
    s.text(1, day.iso());
    s.text(2, figureKindName(kind));
    return sqlite3_step(s.get()) == SQLITE_ROW ? long(sqlite3_column_int64(s.get(), 0)) : 0;
}

std::string FigureStore::integrityCheck() const {
    return single(db_, "PRAGMA integrity_check");
}

namespace {

// Moves a damaged database and its WAL out of the way; the shared-memory
// index is only a cache of the WAL and goes.
bool moveAside(const std::string& path, const std::string& target) {
    if (std::rename(path.c_str(), target.c_str()) != 0) return false;
    std::rename((path + "-wal").c_str(), (target + "-wal").c_str());
    ::unlink((path + "-shm").c_str());
    return true;
}

}  // namespace

FigureStoreOpening openFigureStore(const std::string& path, const std::string& stamp) {
    FigureStoreOpening out;
    std::string problem;
    if (!path.empty()) {
        bool damaged = false;
        out.store = FigureStore::open(path, problem, &damaged);
        // Only a bad file is moved; a busy or unwritable one is left as it is.
        if (!out.store && damaged) {
            const std::string target = path + ".broken-" + stamp;
            if (moveAside(path, target)) {
                out.movedAside = target;
                out.damage = problem;
                out.store = FigureStore::open(path, problem);
            }
        }
        if (out.store) return out;
        out.problem = path + ": " + problem;
    }
    std::string ignored;
    out.store = FigureStore::open("", ignored);
    return out;
}

}  // namespace kiosk
