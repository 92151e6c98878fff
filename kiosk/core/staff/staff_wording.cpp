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
        {"page_self_test", {"セルフテスト", "Self-test"}},
        {"selftest_none", {"このキオスクではセルフテストを使えません", "No self-test here"}},
        {"selftest_pack", {"パックの点検", "Pack integrity"}},
        {"selftest_check_pack", {"パックを点検", "Check the pack"}},
        {"job_check_pack", {"パックのファイルを点検しています", "Checking the pack's files"}},
        {"pack_intact", {"全{n}ファイル異常なし", "All {n} files intact"}},
        {"pack_damaged",
         {"{n}ファイル中{bad}ファイルが壊れています", "{bad} of {n} files damaged"}},
        {"pack_signed", {"信頼する鍵 {key} の署名があります", "Signed by trusted key {key}"}},
        {"pack_unsigned_dev",
         {"署名なし（--packのフォルダ）：ファイルはpack.jsonとだけ照合しました",
          "Not signed (a --pack folder): files checked against pack.json only"}},
        {"pack_unsigned", {"署名がありません", "Not signed"}},
        {"pack_untrusted",
         {"このキオスクが信頼していない鍵 {key} の署名です",
          "Signed by key {key}, which this kiosk does not trust"}},
        {"pack_bad_signature",
         {"署名が合いません：pack.jsonが変更されたか壊れています",
          "The signature does not match: pack.json was changed or damaged"}},
        {"pack_no_files",
         {"ファイル一覧がありません（ソースのパック）",
          "No file list (a pack source): nothing to check"}},
        {"pack_unreadable", {"パックのフォルダが読めません", "The pack's folder cannot be read"}},
        {"selftest_glyphs", {"文字の点検", "Glyph coverage"}},
        {"selftest_check_glyphs", {"文字を点検", "Check the glyphs"}},
        {"job_check_glyphs",
         {"すべての文の文字を点検しています", "Checking every text's characters"}},
        {"glyphs_all",
         {"{langs}言語・{texts}件・{chars}文字：すべて表示できます",
          "{chars} characters in {texts} texts, {langs} languages: all can be drawn"}},
        {"glyphs_missing",
         {"{n}文字が表示できません（{langs}言語・{texts}件・{chars}文字を点検）",
          "Characters that cannot be drawn: {n} ({chars} checked in {texts} texts, {langs} "
          "languages)"}},
        {"selftest_tone", {"テスト音", "Test tone"}},
        {"tone_left", {"左", "Left"}},
        {"tone_both", {"両方", "Both"}},
        {"tone_right", {"右", "Right"}},
        {"tone_hint",
         {"左は低い音、右は高い音、両方は中間の音です",
          "Left plays a low tone, right a high one, both one between"}},
        {"selftest_touch", {"タッチ位置の確認", "Touch grid"}},
        {"touch_start", {"タッチ確認を始める", "Start the touch grid"}},
        {"touch_grid_hint",
         {"光っている印の中心をタッチしてください（{i}/{n}）",
          "Touch the centre of the lit target ({i} of {n})"}},
        {"touch_follows", {"タッチは表示どおりです", "Touch follows the picture"}},
        {"touch_rotated_90",
         {"タッチが表示から時計回りに90°回転しています",
          "Touch is turned 90° clockwise from the picture"}},
        {"touch_rotated_180",
         {"タッチが表示から180°回転しています", "Touch is turned 180° from the picture"}},
        {"touch_rotated_270",
         {"タッチが表示から時計回りに270°回転しています",
          "Touch is turned 270° clockwise from the picture"}},
        {"touch_mirrored_lr", {"タッチが左右反転しています", "Touch is mirrored left to right"}},
        {"touch_mirrored_tb", {"タッチが上下反転しています", "Touch is mirrored top to bottom"}},
        {"touch_mirrored_diagonal",
         {"タッチの縦と横が入れ替わっています",
          "Touch has x and y swapped (mirrored across a diagonal)"}},
        {"touch_mirrored_antidiagonal",
         {"タッチの縦と横が入れ替わり、向きも逆です",
          "Touch has x and y swapped and reversed (mirrored across the other diagonal)"}},
        {"touch_fix_rotation",
         {"設定 display.rotation を {deg} にし、OS側の画面回転をやめてください",
          "Set display.rotation to {deg} and turn the system's own screen rotation off"}},
        {"touch_fix_mirror",
         {"回転の設定では直りません：OSのタッチ補正で軸を反転してください",
          "No rotation setting fixes this: reverse the axis in the system's touch calibration"}},
        {"touch_offset_ok",
         {"すべて印の上です（最大のずれ {max}）",
          "Every tap on its target (largest offset {max})"}},
        {"touch_offset_off",
         {"{n}か所で印からずれています（最大 {max}）：タッチの補正が必要です",
          "Taps off target: {n} (largest offset {max}); the touch needs calibrating"}},
        {"touch_mean_shift",
         {"平均のずれ 横 {dx} px・縦 {dy} px", "Mean shift: x {dx} px, y {dy} px"}},
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
