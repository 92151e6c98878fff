#include <catch2/catch.hpp>

#include "runtime/install_notice.hpp"

using namespace kiosk;

TEST_CASE("every install outcome has words in both languages") {
    for (InstallOutcome o : {InstallOutcome::Installed, InstallOutcome::AlreadyInstalled,
                             InstallOutcome::RefusedUnsigned, InstallOutcome::RefusedUntrusted,
                             InstallOutcome::RefusedDamaged, InstallOutcome::RefusedInvalid,
                             InstallOutcome::RefusedDowngrade, InstallOutcome::RefusedTooLarge,
                             InstallOutcome::Failed}) {
        InstallResult r;
        r.outcome = o;
        r.version = 3;
        const InstallNotice n = noticeFor(r);
        INFO(outcomeId(o));
        CHECK_FALSE(n.headline.ja.empty());
        CHECK_FALSE(n.headline.en.empty());
        CHECK(n.headline.ja != n.headline.en);
        CHECK(n.headline.en.find('{') == std::string::npos);  // every placeholder filled
        CHECK((n.tone == InstallNotice::Tone::Success) == r.ok());
    }
}

TEST_CASE("a full disk says how much is needed and free, in megabytes") {
    InstallResult r;
    r.outcome = InstallOutcome::RefusedTooLarge;
    r.neededBytes = 612ull << 20;
    r.freeBytes = (2048ull << 20) - 5;
    const InstallNotice n = noticeFor(r);
    CHECK(n.detail.en == "612 MB needed, 2,048 MB free");
    CHECK(n.detail.ja == "必要 612 MB、空き 2,048 MB");
}

TEST_CASE("the notice texts cover every wording for the font atlas") {
    const auto texts = installNoticeTexts();
    bool sawKanji = false;
    for (const auto& t : texts) sawKanji = sawKanji || t.text.find("署名") != std::string::npos;
    CHECK(sawKanji);
    CHECK(texts.size() >= 20);
}
