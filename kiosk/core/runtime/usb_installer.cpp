#include "runtime/usb_installer.hpp"

#include <chrono>
#include <utility>

namespace kiosk {

namespace {

UsbEvent skipped(const std::string& source, const SetAsidePack& aside) {
    UsbEvent e;
    e.notice = setAsideNotice(aside);
    e.logLine = "usb: " + source + ": skipped: " + aside.pack + " was set aside on " +
                setAsideDate(aside.time) + " because it stopped the kiosk " +
                std::to_string(aside.uncleanEnds) +
                " times; a fixed pack needs a new version (kiosk-pack install still takes it)";
    e.setAside = aside;
    return e;
}

}  // namespace

UsbInstallStep::UsbInstallStep(UsbInstallSettings settings, PackPreparer prepare)
    : settings_(std::move(settings)),
      prepare_(std::move(prepare)),
      watcher_(settings_.mountRoots) {}

void UsbInstallStep::setPackInUse(const std::string& folderName) {
    std::lock_guard<std::mutex> lock(inUseMutex_);
    packInUse_ = folderName;
}

void UsbInstallStep::run(const std::function<void(UsbEvent)>& emit,
                         const std::function<void(uint64_t done, uint64_t total)>& progress) {
    const MountScan scan = watcher_.scan();
    for (const auto& volume : scan.volumesWithoutPack) {
        UsbEvent e;
        e.notice = noPackFoundNotice();
        e.logLine = "usb: " + volume + ": no pack found";
        emit(std::move(e));
    }
    for (const auto& volume : scan.volumesOverBudget) {
        UsbEvent e;
        e.logLine = "usb: " + volume + ": holds more than " +
                    std::to_string(watcher_.limits().maxEntriesPerVolume) +
                    " files and folders; the search stopped there and may have missed a pack "
                    "(put the pack at the top of the stick)";
        emit(std::move(e));
    }
    for (const auto& candidate : scan.ready) {
        UsbEvent checking;
        checking.notice = checkingNotice();
        checking.logLine = "usb: checking " + candidate.path;
        emit(std::move(checking));
        const StateFolder folder(settings_.stateDir);
        if (auto aside = findSetAsidePack(folder, candidate.path, settings_.install.limits)) {
            UsbEvent skip = skipped(candidate.path, *aside);
            const StateLock lock(folder);
            if (lock.held())  // the history holds every outcome of a stick, as installPack's do
                appendHistory(folder,
                              {settings_.clock ? settings_.clock() : 0, "install",
                               "skipped-set-aside", aside->pack, skip.logLine.substr(5)},
                              {});
            emit(std::move(skip));
            continue;
        }

        InstallOptions options = settings_.install;
        {
            std::lock_guard<std::mutex> lock(inUseMutex_);
            options.packInUse = packInUse_;
        }
        UsbEvent done;
        StateEnvironment env;
        env.now = settings_.clock ? settings_.clock() : 0;
        env.progress = progress;
        InstallResult result =
            installPack(candidate.path, settings_.stateDir, settings_.trusted, options, env);
        done.logLine = "usb: " + candidate.path + ": " + result.reason;
        done.notice = noticeFor(result);
        if (result.outcome == InstallOutcome::Installed) {
            done.packDir = result.packDir;
            std::string why;
            if (prepare_) done.pack = prepare_(result.packDir, why);
            if (prepare_ && !done.pack) done.logLine += "; but it does not load: " + why;
        }
        done.result = std::move(result);
        emit(std::move(done));
    }
}

}  // namespace kiosk
