#include "runtime/inbox_installer.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "content/manifest.hpp"
#include "content/sha256.hpp"
#include "install/pack_signature.hpp"
#include "install/set_aside_packs.hpp"
#include "runtime/inbox_listing.hpp"

namespace kiosk {

namespace {

std::string baseName(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

UsbEvent logOnly(std::string line, bool warning = false) {
    UsbEvent e;
    e.logLine = std::move(line);
    e.warning = warning;
    return e;
}

}  // namespace

struct InboxInstallStep::Offer {
    PackCandidate candidate;
    // Read when pack.json is whole and valid; else the installer says why not.
    std::optional<Manifest> manifest;
    std::string manifestSha256;
};

namespace {

// What is still missing from a pack the listing found settled: pack.sig, or a
// listed file not there at its full size (a sync tool that renames each file
// when whole, delivering them one by one). Empty when nothing is; the offer
// gets the manifest when it can be read.
std::string stillMissing(const InboxInstallSettings& settings, PackCandidate candidate,
                         std::optional<Manifest>& manifest, std::string& manifestSha256) {
    Problem problem;
    const auto source = openPackSource(candidate.path, settings.install.limits, problem);
    if (!source) return {};  // a damaged archive: the installer refuses it, once
    std::string text, why;
    if (!readWholeFile(*source, kManifestFile, settings.install.limits.maxManifestBytes, text, why))
        return {};
    const auto document = nlohmann::json::parse(text, nullptr, false);
    Manifest parsed;
    ProblemList problems;
    if (document.is_discarded() || !parseManifest(document, true, parsed, problems)) return {};
    if (!settings.install.allowUnsigned && !source->fileSize(kSignatureFile, why) &&
        why == "file is missing")
        return std::string(kSignatureFile) + " is missing";
    const std::string incomplete =
        firstIncompleteFile(parsed.files, [&source](const std::string& path) {
            std::string why;
            const auto size = source->fileSize(path, why);
            // Anything else wrong with it (a link, a device) is the installer's to refuse.
            if (!size && why != "file is missing")
                return std::optional<uint64_t>(std::numeric_limits<uint64_t>::max());
            return size;
        });
    if (!incomplete.empty()) return incomplete;
    manifest = std::move(parsed);
    manifestSha256 = sha256OfBytes(text);
    return {};
}

// Why an offered pack is left alone before anything is verified or copied: it
// is the pack in use, or not newer than it (an older release left in the
// folder beside the new one). Logged once per listing, never on screen.
struct Skip {
    std::string state;    // in-use, older
    std::string refusal;  // empty for the pack in use
};
std::optional<Skip> notNewer(const Manifest& offered, const std::string& manifestSha256,
                             const StateFolder& folder, bool allowDowngrade) {
    const std::string currentName = linkedPackName(folder.current);
    if (currentName == packFolderName(offered, manifestSha256)) return Skip{"in-use", ""};
    InstalledPack current;
    if (!parsePackFolderName(currentName, current) || current.id != offered.id ||
        offered.version > current.version || allowDowngrade)
        return std::nullopt;
    const std::string version = "version " + std::to_string(offered.version);
    if (offered.version == current.version)
        return Skip{"older", version +
                                 " is already in use with other content; a new release needs a "
                                 "higher version"};
    return Skip{"older",
                version + " is older than version " + std::to_string(current.version) + " in use"};
}

}  // namespace

InboxInstallStep::InboxInstallStep(InboxInstallSettings settings)
    : settings_(std::move(settings)), tracker_(settings_.settleSeconds) {}

void InboxInstallStep::setPackInUse(const std::string& folderName) {
    std::lock_guard<std::mutex> lock(mutex_);
    packInUse_ = folderName;
}

std::vector<InboxNote> InboxInstallStep::notes() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return notes_;
}

void InboxInstallStep::note(const std::string& path, const std::string& state,
                            const std::string& detail) {
    std::lock_guard<std::mutex> lock(mutex_);
    const std::string name = baseName(path);
    for (auto& n : notes_)
        if (n.name == name) {
            n.state = state;
            n.detail = detail;
            return;
        }
    notes_.push_back({name, state, detail});
}

void InboxInstallStep::run(double now, const std::function<void(UsbEvent)>& emit,
                           const std::function<void(uint64_t, uint64_t)>& progress) {
    std::map<std::string, InboxListing> seen;
    std::map<std::string, PackCandidate> byPath;
    std::string unreadable;
    const auto candidates = findInboxCandidates(settings_.inbox, &unreadable);
    if (!unreadable.empty() && unreadable != unreadable_)
        emit(logOnly("inbox: " + settings_.inbox + " cannot be read (" + unreadable +
                         "); no pack arrives until it can",
                     true));
    unreadable_ = unreadable;
    for (const auto& candidate : candidates) {
        seen[candidate.path] =
            listInboxCandidate(candidate, settings_.install.limits.maxFiles + 100);
        byPath[candidate.path] = candidate;
    }
    const std::vector<std::string> ready = tracker_.look(seen, now);
    {
        // Notes of packs gone from the folder go; those waiting say how.
        std::lock_guard<std::mutex> lock(mutex_);
        std::vector<InboxNote> kept;
        for (const auto& [path, listing] : seen) {
            const InboxWait wait = tracker_.state(path).value_or(InboxWait::Changing);
            InboxNote n{baseName(path), inboxWaitName(wait), {}};
            if (wait == InboxWait::Copying) n.detail = firstTemporaryEntry(listing);
            for (const auto& before : notes_)
                if (before.name == n.name && wait == InboxWait::Tried) n = before;
            kept.push_back(std::move(n));
        }
        notes_ = std::move(kept);
    }
    std::vector<Offer> offers;
    for (const auto& path : ready) {
        Offer o{byPath[path], std::nullopt, {}};
        const std::string missing =
            stillMissing(settings_, o.candidate, o.manifest, o.manifestSha256);
        if (!missing.empty()) {
            // Quietly: the sync tool is still delivering it. Tried again when it changes.
            tracker_.tried(path);
            note(path, "waiting", missing);
            emit(logOnly("inbox: " + path + ": waiting: " + missing));
            continue;
        }
        offers.push_back(std::move(o));
    }
    // The newest first: an older pack left beside it is then only logged.
    std::stable_sort(offers.begin(), offers.end(), [](const Offer& a, const Offer& b) {
        return (a.manifest ? a.manifest->version : 0) > (b.manifest ? b.manifest->version : 0);
    });
    for (const auto& o : offers) {
        offer(o, emit, progress);
        tracker_.tried(o.candidate.path);
    }
}

void InboxInstallStep::offer(const Offer& o, const std::function<void(UsbEvent)>& emit,
                             const std::function<void(uint64_t, uint64_t)>& progress) {
    const std::string& path = o.candidate.path;
    const StateFolder folder(settings_.stateDir);
    if (o.manifest) {
        if (const auto skip =
                notNewer(*o.manifest, o.manifestSha256, folder, settings_.install.allowDowngrade)) {
            note(path, skip->state, skip->refusal);
            emit(skip->refusal.empty()
                     ? logOnly("inbox: " + path + ": version " +
                               std::to_string(o.manifest->version) + " is the pack in use")
                     : logOnly("inbox: " + path + ": refused: " + skip->refusal, true));
            return;
        }
    }
    if (auto aside = findSetAsidePack(folder, path, settings_.install.limits)) {
        UsbEvent skip = logOnly("inbox: " + path + ": skipped: " + aside->pack +
                                    " was set aside because it stopped the kiosk " +
                                    std::to_string(aside->uncleanEnds) + " times",
                                true);
        skip.notice = setAsideNotice(*aside);
        skip.setAside = aside;
        note(path, "refused", "set aside: it stopped the kiosk");
        emit(std::move(skip));
        return;
    }
    UsbEvent checking = logOnly("inbox: checking " + path);
    checking.notice = inboxCheckingNotice();
    emit(std::move(checking));
    InstallOptions options = settings_.install;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        options.packInUse = packInUse_;
    }
    StateEnvironment env;
    env.now = settings_.clock ? settings_.clock() : 0;
    env.progress = progress;
    InstallResult result = installPack(path, settings_.stateDir, settings_.trusted, options, env);
    UsbEvent done = logOnly("inbox: " + path + ": " + result.reason);
    if (result.outcome == InstallOutcome::Failed) {
        // Read while the sync tool replaced a file, most likely: tried again
        // when the pack changes, with no refusal on screen.
        note(path, "waiting", result.reason);
        emit(std::move(done));
        return;
    }
    note(path, result.ok() ? "installed" : "refused", result.reason);
    done.notice = noticeFor(result);
    done.packDir = result.outcome == InstallOutcome::Installed ? result.packDir : "";
    done.result = std::move(result);
    emit(std::move(done));
}

}  // namespace kiosk
