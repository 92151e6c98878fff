#include "staff/staff_wording.hpp"

#include <map>

namespace kiosk {

namespace {

const std::map<std::string, LocalizedText>& wording() {
    static const std::map<std::string, LocalizedText> all = {
        {"pin_title", {"スタッフ用 暗証番号", "Staff PIN"}},
        {"pin_wrong", {"暗証番号が違います", "Wrong PIN"}},
        {"pin_locked", {"しばらくお待ちください（{s}秒）", "Locked: try again in {s} s"}},
        {"pin_checking", {"確認しています…", "Checking…"}},
        {"busy",
         {"ほかの処理が終わるまでお待ちください", "Busy: wait for the work under way to finish"}},
        {"job_rollback", {"ひとつ前のパックに戻しています", "Rolling back"}},
        {"rolled_back",
         {"バージョン{from}からバージョン{to}に戻しました。パネルを閉じると切り替わります",
          "Version {from} rolled back to version {to}: it goes live when the panel closes"}},
        {"rollback_failed", {"戻せませんでした", "Could not roll back: {why}"}},
        {"job_export", {"USBに書き出しています", "Exporting to USB"}},
        {"job_install",
         {"USBのパックを確認・インストールしています", "Checking and installing from USB"}},
        {"job_inbox",
         {"受信フォルダのパックを確認・インストールしています",
          "Checking and installing from the inbox folder"}},
        {"job_status", {"状態ファイルを書いています", "Writing the status file"}},
        {"job_switch", {"パックを切り替える準備をしています", "Preparing the pack to go live"}},
        {"job_mark_good", {"正常動作を記録しています", "Recording the pack as good"}},
        {"cancel", {"キャンセル", "Cancel"}},
        {"ok", {"確定", "OK"}},
        {"page_content", {"コンテンツ", "Content"}},
        {"page_health", {"動作状況", "Health"}},
        {"page_visitors", {"利用状況", "Visitors"}},
        {"page_sound", {"音量", "Sound"}},
        {"page_touch", {"タッチ確認", "Touch test"}},
        {"close", {"閉じる", "Close"}},
        {"exit", {"キオスクを終了", "Exit kiosk"}},
        {"exit_confirm", {"もう一度押すと終了します", "Tap again to exit"}},
        {"showing", {"表示中", "On screen"}},
        {"installed", {"インストール済み", "Installed packs"}},
        {"current", {"現在", "current"}},
        {"last_good", {"正常動作", "last good"}},
        {"rollback", {"ひとつ前に戻す", "Roll back"}},
        {"pending", {"切り替え待ち", "Waiting to go live"}},
        {"pending_changes", {"変更内容", "What it changes"}},
        {"no_changes", {"変更はありません", "No changes"}},
        {"last_usb", {"最後のUSB", "Last USB stick"}},
        {"none", {"なし", "none"}},
        {"fps", {"フレーム毎秒", "Frames per second"}},
        {"frame_ms", {"1フレームの処理時間", "Work per frame"}},
        {"memory", {"メモリ", "Memory"}},
        {"uptime", {"稼働時間", "Uptime"}},
        {"restarts", {"異常終了からの再起動（直近10分）", "Restarts after a crash (last 10 min)"}},
        {"log", {"最近のログ", "Recent log"}},
        {"state_unusable",
         {"状態フォルダが使えません：異常終了の検知とUSBからの更新が止まっています",
          "The state folder cannot be used: crash-loop protection and USB installs are off"}},
        {"sessions", {"利用回数", "Visits"}},
        {"median_visit", {"利用時間（中央値）", "Median visit"}},
        {"screen", {"画面", "Screen"}},
        {"views", {"表示", "Views"}},
        {"taps", {"タップ", "Taps"}},
        {"dwell", {"滞在秒", "Seconds"}},
        {"export", {"USBに書き出す", "Export to USB"}},
        {"volume", {"音量", "Volume"}},
        {"touch_hint",
         {"マスをタッチして、表示と指の位置が合っているか確かめてください",
          "Touch the squares: each should light up under your finger"}},
    };
    return all;
}

}  // namespace

const LocalizedText& staffText(const std::string& key) {
    const auto it = wording().find(key);
    static const LocalizedText missing{"?", "?"};
    return it == wording().end() ? missing : it->second;
}

std::string staffLabel(const std::string& key) {
    const LocalizedText& t = staffText(key);
    return t.ja + " / " + t.en;
}

std::vector<NamedText> staffWordingTexts() {
    std::vector<NamedText> out;
    for (const auto& [key, text] : wording()) {
        out.push_back({"staff panel: " + key, text.ja});
        out.push_back({"staff panel: " + key, text.en});
    }
    return out;
}

}  // namespace kiosk
