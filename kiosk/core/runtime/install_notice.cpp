#include "runtime/install_notice.hpp"

#include <ctime>

#include "text/text_template.hpp"

namespace kiosk {

namespace {

// The fixed wording, kept together so the font atlas can be given all of it.
struct Wording {
    const char* key;
    LocalizedText text;
};

const std::vector<Wording>& wordings() {
    static const std::vector<Wording> all = {
        {"checking",
         {"USBメモリのコンテンツを確認しています…", "Checking the content on the USB stick…"}},
        {"inbox-checking",
         {"受信フォルダに届いたコンテンツを確認しています…",
          "Checking the content that arrived in the inbox folder…"}},
        {"installed",
         {"新しいコンテンツ（バージョン{v}）をインストールしました。待機画面で切り替わります。",
          "Installed content version {v}. It goes live at the next idle moment."}},
        {"already",
         {"このコンテンツ（バージョン{v}）はすでにインストールされています。",
          "Content version {v} is already installed. Nothing changed."}},
        {"unsigned",
         {"署名がないため、このコンテンツは使えません。", "Refused: the content is not signed."}},
        {"untrusted",
         {"信頼された鍵で署名されていないため、このコンテンツは使えません。",
          "Refused: the content is not signed by a trusted key."}},
        {"damaged",
         {"ファイルが壊れているため、このコンテンツは使えません。",
          "Refused: a file of the content is damaged."}},
        {"invalid",
         {"内容に誤りがあるため、このコンテンツは使えません。",
          "Refused: the content has errors."}},
        {"downgrade",
         {"使用中のバージョン{current}より古いため、このコンテンツ（バージョン{v}）は使えません。",
          "Refused: version {v} is older than version {current} in use."}},
        {"too-large",
         {"本体の空き容量が足りないため、このコンテンツは使えません。",
          "Refused: not enough free disk on the kiosk."}},
        {"too-large-detail",
         {"必要 {need} MB、空き {free} MB", "{need} MB needed, {free} MB free"}},
        {"failed",
         {"読み込めませんでした（USBメモリが抜かれた可能性があります）。",
          "Could not read the content (was the USB stick removed?)."}},
        {"unchanged",
         {"表示中のコンテンツはそのままです。", "The content on screen is unchanged."}},
        {"no-pack",
         {"このUSBメモリにはコンテンツが見つかりません。",
          "No content was found on this USB stick."}},
        {"set-aside",
         {"このコンテンツ（バージョン{v}）は{date}に{n}回キオスクを停止させたため、使用を止めています。",
          "Skipped: this content (version {v}) was set aside on {date} because it stopped the "
          "kiosk {n} times."}},
        {"set-aside-detail",
         {"修正したものは新しいバージョンで作成してください。表示中のコンテンツはそのままです。",
          "A fixed pack needs a higher version. The content on screen is unchanged."}},
        {"switched",
         {"コンテンツをバージョン{v}に切り替えました。", "Now showing content version {v}."}},
    };
    return all;
}

const LocalizedText& wording(const std::string& key) {
    for (const auto& w : wordings())
        if (key == w.key) return w.text;
    static const LocalizedText none;
    return none;
}

LocalizedText filled(const std::string& key,
                     const std::vector<std::pair<std::string, std::string>>& values) {
    const LocalizedText& t = wording(key);
    return {fillTemplate(t.ja, values), fillTemplate(t.en, values)};
}

std::string megabytes(uint64_t bytes) {
    return groupThousands(static_cast<long long>((bytes + (1u << 20) - 1) >> 20));
}

}  // namespace

InstallNotice checkingNotice() {
    return {InstallNotice::Tone::Working, wording("checking"), {}};
}

InstallNotice inboxCheckingNotice() {
    return {InstallNotice::Tone::Working, wording("inbox-checking"), {}};
}

InstallNotice noPackFoundNotice() {
    return {InstallNotice::Tone::Refusal, wording("no-pack"), wording("unchanged")};
}

std::string setAsideDate(int64_t time) {
    const std::time_t t = static_cast<std::time_t>(time);
    std::tm tm{};
    localtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &tm);
    return text;
}

InstallNotice setAsideNotice(const SetAsidePack& aside) {
    InstalledPack named;
    parsePackFolderName(aside.pack, named);
    return {InstallNotice::Tone::Refusal,
            filled("set-aside", {{"v", std::to_string(named.version)},
                                 {"date", setAsideDate(aside.time)},
                                 {"n", std::to_string(aside.uncleanEnds)}}),
            wording("set-aside-detail")};
}

InstallNotice switchedNotice(int version) {
    return {InstallNotice::Tone::Success, filled("switched", {{"v", std::to_string(version)}}), {}};
}

InstallNotice noticeFor(const InstallResult& r) {
    const std::vector<std::pair<std::string, std::string>> values = {
        {"v", std::to_string(r.version)},
        {"current", std::to_string(r.currentVersion)},
        {"need", megabytes(r.neededBytes)},
        {"free", megabytes(r.freeBytes)}};
    InstallNotice n;
    n.tone = r.ok() ? InstallNotice::Tone::Success : InstallNotice::Tone::Refusal;
    n.detail = wording("unchanged");
    switch (r.outcome) {
        case InstallOutcome::Installed:
            n.headline = filled("installed", values);
            n.detail = {};
            break;
        case InstallOutcome::AlreadyInstalled:
            n.headline = filled("already", values);
            break;
        case InstallOutcome::RefusedUnsigned:
            n.headline = wording("unsigned");
            break;
        case InstallOutcome::RefusedUntrusted:
            n.headline = wording("untrusted");
            break;
        case InstallOutcome::RefusedDamaged:
            n.headline = wording("damaged");
            // The file name is what staff pass on to the author.
            if (!r.file.empty()) n.detail = {r.file, r.file};
            break;
        case InstallOutcome::RefusedInvalid:
            n.headline = wording("invalid");
            break;
        case InstallOutcome::RefusedDowngrade:
            n.headline = filled("downgrade", values);
            break;
        case InstallOutcome::RefusedTooLarge:
            n.headline = wording("too-large");
            n.detail = filled("too-large-detail", values);
            break;
        case InstallOutcome::Failed:
            n.headline = wording("failed");
            break;
    }
    return n;
}

std::vector<NamedText> installNoticeTexts() {
    std::vector<NamedText> texts;
    for (const auto& w : wordings()) {
        texts.push_back({std::string("install notice: ") + w.key, w.text.ja});
        texts.push_back({std::string("install notice: ") + w.key, w.text.en});
    }
    return texts;
}

}  // namespace kiosk
