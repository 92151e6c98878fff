#include <catch2/catch.hpp>

#include <functional>
#include <utility>
#include <vector>

#include "staff/pin_gate.hpp"
#include "staff/staff_panel_state.hpp"

using namespace kiosk;

namespace {
PinVerifier fixedPin(const std::string& right, int* checks = nullptr) {
    return [right, checks](const std::string& pin) {
        if (checks) ++*checks;
        return pin == right;
    };
}
}  // namespace

TEST_CASE("the right PIN is accepted, a wrong one is not") {
    PinGate gate(fixedPin("2468"));
    CHECK(gate.submit("1111", 0) == PinVerdict::Wrong);
    CHECK(gate.submit("2468", 1) == PinVerdict::Accepted);
    CHECK(gate.wrongInARow() == 0);
}

TEST_CASE("three wrong PINs lock the gate, and each further one doubles the lockout") {
    int checks = 0;
    PinGate gate(fixedPin("2468", &checks));
    CHECK(gate.submit("1", 0) == PinVerdict::Wrong);
    CHECK(gate.submit("2", 1) == PinVerdict::Wrong);
    CHECK(gate.lockedFor(1) == 0);
    CHECK(gate.submit("3", 2) == PinVerdict::Wrong);
    CHECK(gate.lockedFor(2) == Approx(30));
    // While locked even the right PIN is not checked.
    CHECK(gate.submit("2468", 20) == PinVerdict::Locked);
    CHECK(checks == 3);
    CHECK(gate.submit("4", 32.5) == PinVerdict::Wrong);
    CHECK(gate.lockedFor(32.5) == Approx(60));
    CHECK(gate.submit("5", 93) == PinVerdict::Wrong);
    CHECK(gate.lockedFor(93) == Approx(120));
    CHECK(gate.submit("2468", 213.5) == PinVerdict::Accepted);
}

TEST_CASE("lockouts stop growing at the maximum") {
    PinGate gate(fixedPin("9"), {1, 30, 100});
    double t = 0;
    for (int i = 0; i < 10; ++i) {
        gate.submit("0", t);
        t += gate.lockedFor(t) + 0.1;
    }
    gate.submit("0", t);
    CHECK(gate.lockedFor(t) == Approx(100));
}

TEST_CASE("a PIN hashed with libsodium verifies and nothing else does") {
    const std::string hash = hashStaffPin("135790");
    REQUIRE(hash.rfind("$argon2id$", 0) == 0);
    const PinVerifier verify = verifierForHash(hash);
    CHECK(verify("135790"));
    CHECK_FALSE(verify("135791"));
    CHECK_FALSE(verifierForHash("")("135790"));
    CHECK_FALSE(verifierForHash("not a hash")("135790"));
}

TEST_CASE("the panel opens only after the right PIN and closes when left alone") {
    StaffPanelState panel(PinGate(fixedPin("42")));
    CHECK(panel.closed());
    panel.askForPin(10);
    CHECK(panel.stage() == StaffPanelState::Stage::PinEntry);
    panel.typeDigit('4', 11);
    panel.typeDigit('x', 11);  // only digits
    panel.typeDigit('1', 11);
    CHECK(panel.typedLength() == 2);
    CHECK(panel.submit(12) == PinVerdict::Wrong);
    CHECK(panel.stage() == StaffPanelState::Stage::PinEntry);
    CHECK(panel.typedLength() == 0);
    panel.typeDigit('4', 13);
    panel.typeDigit('2', 13);
    CHECK(panel.submit(14) == PinVerdict::Accepted);
    CHECK(panel.stage() == StaffPanelState::Stage::Open);
    panel.showPage(StaffPage::Health, 20);
    CHECK(panel.page() == StaffPage::Health);
    panel.update(20 + 179);
    CHECK(panel.stage() == StaffPanelState::Stage::Open);
    panel.update(20 + 181);
    CHECK(panel.closed());
}

TEST_CASE("the PIN pad gives up when nobody types") {
    StaffPanelState panel(PinGate(fixedPin("42")));
    panel.askForPin(0);
    panel.update(29);
    CHECK(panel.stage() == StaffPanelState::Stage::PinEntry);
    panel.update(31);
    CHECK(panel.closed());
}

TEST_CASE("exit needs a second tap within a few seconds") {
    StaffPanelState panel(PinGate(fixedPin("1")));
    panel.askForPin(0);
    panel.typeDigit('1', 0);
    panel.submit(0);
    CHECK_FALSE(panel.exitTapped(10));
    CHECK(panel.exitArmed(12));
    CHECK_FALSE(panel.exitTapped(20));  // too late: this tap arms it again
    CHECK(panel.exitTapped(21));
}

namespace {

// A check that answers only when the test says so, as the job runner does a
// frame or more after the PIN was typed.
struct HeldCheck {
    std::vector<std::pair<std::string, std::function<void(bool)>>> asked;
    PinCheck check() {
        return [this](const std::string& pin, std::function<void(bool)> done) {
            asked.emplace_back(pin, std::move(done));
        };
    }
};

void typePin(StaffPanelState& state, const std::string& pin, double now) {
    for (char c : pin) state.typeDigit(c, now);
}

}  // namespace

TEST_CASE(
    "with a check elsewhere, the verdict lands at the next update and the pad waits meanwhile") {
    HeldCheck held;
    StaffPanelState state(PinGate(fixedPin("never used")));
    state.setPinCheck(held.check());
    state.askForPin(0);
    typePin(state, "1357", 1);
    CHECK(state.submit(2) == PinVerdict::Checking);
    REQUIRE(held.asked.size() == 1);
    CHECK(held.asked[0].first == "1357");
    CHECK(state.checking());
    CHECK(state.typedLength() == 0);
    // Another OK while the check runs starts nothing.
    typePin(state, "9", 2.5);
    CHECK(state.submit(2.6) == PinVerdict::Wrong);
    CHECK(held.asked.size() == 1);
    // A slow check is not "left alone": the pad stays up past its idle time.
    state.update(100);
    CHECK(state.stage() == StaffPanelState::Stage::PinEntry);
    held.asked[0].second(true);
    CHECK(state.stage() == StaffPanelState::Stage::PinEntry);  // not until the next update
    state.update(101);
    CHECK_FALSE(state.checking());
    CHECK(state.stage() == StaffPanelState::Stage::Open);
}

TEST_CASE("wrong PINs checked elsewhere lock the gate as before, and a locked gate asks no check") {
    HeldCheck held;
    StaffPanelState state(PinGate(fixedPin("never used")));
    state.setPinCheck(held.check());
    state.askForPin(0);
    for (int i = 0; i < 3; ++i) {
        typePin(state, "1111", i);
        REQUIRE(state.submit(i) == PinVerdict::Checking);
        held.asked.back().second(false);
        state.update(i + 0.1);
        CHECK(state.lastVerdict() == PinVerdict::Wrong);
    }
    CHECK(state.lockedFor(3) > 0);
    typePin(state, "1357", 3);
    CHECK(state.submit(3) == PinVerdict::Locked);
    CHECK(held.asked.size() == 3);  // guessing cannot go faster than the lockout
}

TEST_CASE("a verdict that arrives after the pad closed is dropped") {
    HeldCheck held;
    StaffPanelState state(PinGate(fixedPin("never used")));
    state.setPinCheck(held.check());
    state.askForPin(0);
    typePin(state, "1357", 1);
    REQUIRE(state.submit(1) == PinVerdict::Checking);
    state.close();
    held.asked[0].second(true);
    state.update(2);
    CHECK(state.closed());
}
