#include "logging.hpp"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "text/printable.hpp"

namespace kiosk {

namespace {

// True when stderr is the journal's stream: systemd sets JOURNAL_STREAM to
// "DEVICE:INODE" of the socket it connected (sd_journal_stream_fd(3)).
bool stderrIsJournal() {
    const char* stream = std::getenv("JOURNAL_STREAM");
    if (!stream) return false;
    struct stat st {};
    if (fstat(fileno(stderr), &st) != 0) return false;
    unsigned long long device = 0, inode = 0;
    if (std::sscanf(stream, "%llu:%llu", &device, &inode) != 2) return false;
    return device == static_cast<unsigned long long>(st.st_dev) &&
           inode == static_cast<unsigned long long>(st.st_ino);
}

// "%*": the syslog priority prefix ("<3>" for an error) that journald reads
// off the start of each stderr line.
class SyslogPriorityFlag : public spdlog::custom_flag_formatter {
  public:
    void format(const spdlog::details::log_msg& msg, const std::tm&,
                spdlog::memory_buf_t& dest) override {
        const char* prefix = "<6>";
        switch (msg.level) {
            case spdlog::level::trace:
            case spdlog::level::debug:
                prefix = "<7>";
                break;
            case spdlog::level::warn:
                prefix = "<4>";
                break;
            case spdlog::level::err:
                prefix = "<3>";
                break;
            case spdlog::level::critical:
                prefix = "<2>";
                break;
            default:
                break;
        }
        dest.append(prefix, prefix + 3);
    }
    std::unique_ptr<custom_flag_formatter> clone() const override {
        return std::make_unique<SyslogPriorityFlag>();
    }
};

// "%&": the message with control characters escaped (text/printable.hpp).
// Messages quote names from packs, sticks and archives; a newline or a
// terminal escape in one must not become a forged line in the journal, the
// log file or the staff panel's recent log.
class PrintableMessageFlag : public spdlog::custom_flag_formatter {
  public:
    void format(const spdlog::details::log_msg& msg, const std::tm&,
                spdlog::memory_buf_t& dest) override {
        const std::string text = printable({msg.payload.data(), msg.payload.size()});
        dest.append(text.data(), text.data() + text.size());
    }
    std::unique_ptr<custom_flag_formatter> clone() const override {
        return std::make_unique<PrintableMessageFlag>();
    }
};

// A formatter for `pattern`, which writes the message as "%&".
std::unique_ptr<spdlog::pattern_formatter> lineFormatter(const std::string& pattern,
                                                         bool journalPriority = false) {
    auto formatter = std::make_unique<spdlog::pattern_formatter>();
    formatter->add_flag<PrintableMessageFlag>('&');
    if (journalPriority) formatter->add_flag<SyslogPriorityFlag>('*');
    formatter->set_pattern(pattern);
    return formatter;
}

std::shared_ptr<spdlog::sinks::sink> stderrSink() {
    auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    const bool journal = stderrIsJournal();
    sink->set_formatter(lineFormatter(journal ? "%*kiosk: %&" : "kiosk: %&", journal));
    return sink;
}

spdlog::level::level_enum spdlogLevel(LogLevel level) {
    switch (level) {
        case LogLevel::Trace:
            return spdlog::level::trace;
        case LogLevel::Debug:
            return spdlog::level::debug;
        case LogLevel::Info:
            return spdlog::level::info;
        case LogLevel::Warn:
            return spdlog::level::warn;
        case LogLevel::Error:
            return spdlog::level::err;
        case LogLevel::Critical:
            return spdlog::level::critical;
        case LogLevel::Off:
            return spdlog::level::off;
    }
    return spdlog::level::info;
}

}  // namespace

// The last lines, for the staff panel's health page.
std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> recentSink() {
    static auto sink = [] {
        auto s = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(100);
        s->set_formatter(lineFormatter("%H:%M:%S %l %&"));
        return s;
    }();
    return sink;
}

// The last warning or error, dated, for the status file: kept apart from the
// recent lines, which a busy minute of info lines would push it out of.
std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> problemSink() {
    static auto sink = [] {
        auto s = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(1);
        s->set_formatter(lineFormatter("%Y-%m-%dT%H:%M:%S%z %l %&"));
        s->set_level(spdlog::level::warn);
        return s;
    }();
    return sink;
}

void startLogging() {
    std::vector<spdlog::sink_ptr> sinks{stderrSink(), recentSink(), problemSink()};
    auto logger = std::make_shared<spdlog::logger>("kiosk", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

void configureLogging(const LogConfig& config) {
    std::vector<spdlog::sink_ptr> sinks{stderrSink(), recentSink(), problemSink()};
    std::string fileProblem;
    if (!config.file.empty()) {
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                config.file, static_cast<size_t>(config.maxBytes),
                static_cast<size_t>(config.maxFiles));
            // The file has no journal to stamp it: it carries time and level.
            file->set_formatter(lineFormatter("%Y-%m-%dT%H:%M:%S.%e%z %l %&"));
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex& e) {
            fileProblem = e.what();
        }
    }
    auto logger = std::make_shared<spdlog::logger>("kiosk", sinks.begin(), sinks.end());
    logger->set_level(spdlogLevel(config.level));
    // A kiosk may lose power at any moment: every line reaches the file at
    // once (a few lines a minute, so this costs nothing).
    logger->flush_on(spdlog::level::trace);
    spdlog::set_default_logger(logger);
    if (!fileProblem.empty())
        spdlog::warn("log file {} cannot be used ({}); logging to stderr only", config.file,
                     fileProblem);
}

std::vector<std::string> recentLogLines() {
    return recentSink()->last_formatted();
}

std::string lastProblemLogLine() {
    const auto last = problemSink()->last_formatted();
    std::string line = last.empty() ? std::string() : last.back();
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    return line;
}

}  // namespace kiosk
