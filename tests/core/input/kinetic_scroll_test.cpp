#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "input/kinetic_scroll.hpp"

using namespace kiosk;

namespace {

// 5000 px of content in a 1000 px viewport: offsets 0..4000, overscroll limit 150 px.
KineticScroll makeScroll(KineticScrollSettings settings = {}) {
    KineticScroll scroll(settings);
    scroll.setExtent(5000, 1000);
    return scroll;
}

// Advances at `fps` until the motion ends; returns the seconds it took (or the cap).
double settle(KineticScroll& scroll, double fps = 60.0, double capSeconds = 20.0) {
    double elapsed = 0.0;
    while (scroll.animating() && elapsed < capSeconds) {
        scroll.advance(1.0 / fps);
        elapsed += 1.0 / fps;
    }
    return elapsed;
}

}  // namespace

TEST_CASE("Inside the bounds a drag moves the content 1:1") {
    KineticScroll scroll = makeScroll();
    CHECK(scroll.maxOffset() == 4000.0);
    scroll.jumpTo(1000);
    scroll.grab();
    scroll.dragBy(120);
    CHECK(scroll.offset() == 1120.0);
    scroll.dragBy(-300);
    CHECK(scroll.offset() == 820.0);
    CHECK_FALSE(scroll.animating());
    scroll.release(0.0);
    CHECK_FALSE(scroll.animating());
    scroll.advance(1.0);
    CHECK(scroll.offset() == 820.0);
}

TEST_CASE("Past an edge the rubber band never reaches its limit and springs back onto the edge") {
    KineticScroll scroll = makeScroll();  // limit 0.15 * 1000 = 150 px
    scroll.grab();
    scroll.dragBy(-100);
    const double firstPull = scroll.offset();
    CHECK(firstPull < 0.0);
    CHECK(firstPull > -100.0);  // resistance
    scroll.dragBy(-100000);
    CHECK(scroll.offset() > -150.0);
    CHECK(scroll.offset() < -140.0);
    scroll.dragBy(100000);  // pulling back retraces the same band
    CHECK(scroll.offset() == Approx(firstPull).margin(1e-6));

    scroll.dragBy(-1000);
    scroll.release(0.0);
    CHECK(scroll.animating());
    double previous = scroll.offset();
    while (scroll.animating()) {
        scroll.advance(1.0 / 60.0);
        CHECK(scroll.offset() <= 0.0);       // never past the edge into the content
        CHECK(scroll.offset() >= previous);  // always towards the edge
        previous = scroll.offset();
    }
    CHECK(scroll.offset() == 0.0);

    scroll.jumpTo(4000);
    scroll.grab();
    scroll.dragBy(500);
    CHECK(scroll.offset() > 4000.0);
    CHECK(scroll.offset() < 4150.0);
    scroll.release(0.0);
    CHECK(settle(scroll) < 2.0);
    CHECK(scroll.offset() == 4000.0);
}

TEST_CASE("A fling travels, slows down and stops, farther when faster") {
    KineticScroll slow = makeScroll(), fast = makeScroll();
    slow.jumpTo(500);
    fast.jumpTo(500);
    slow.release(800.0);
    fast.release(1600.0);
    CHECK(slow.animating());
    slow.advance(0.1);
    CHECK(slow.offset() > 500.0);
    CHECK(settle(slow) < 10.0);
    CHECK(settle(fast) < 10.0);
    CHECK(slow.offset() > 600.0);
    CHECK(fast.offset() > slow.offset() + 300.0);
    CHECK(fast.offset() < 4000.0);
}

TEST_CASE("Inertia: a 2000 px/s fling travels (v0 - stopVelocity) / -ln(decayPerSecond)") {
    // v(t) = v0 * d^t integrates to (v0 - v(t)) / -ln d; it stops at v(t) = stopVelocity.
    // With the defaults: (2000 - 10) / -ln 0.135 = 993.8 px.
    const KineticScrollSettings settings;
    const double expected = (2000.0 - settings.stopVelocity) / -std::log(settings.decayPerSecond);
    CHECK(expected == Approx(993.8).margin(0.1));
    KineticScroll scroll = makeScroll(settings);
    scroll.jumpTo(1000);
    scroll.release(2000.0);
    settle(scroll);
    CHECK(scroll.offset() - 1000.0 == Approx(expected).margin(0.5));
}

TEST_CASE("A fling that hits an edge bounces within the limit and comes to rest on the edge") {
    for (const double velocity : {3000.0, 8000.0, 50000.0}) {  // the last is capped at 8000
        KineticScroll scroll = makeScroll();
        scroll.jumpTo(3900);
        scroll.grab();
        scroll.release(velocity);
        double furthest = 0.0;
        while (scroll.animating()) {
            scroll.advance(1.0 / 60.0);
            furthest = std::max(furthest, scroll.offset());
        }
        CHECK(furthest > 4000.0);
        CHECK(furthest < 4150.0);
        CHECK(scroll.offset() == 4000.0);
    }
    KineticScroll back = makeScroll();
    back.jumpTo(100);
    back.release(-5000.0);
    settle(back);
    CHECK(back.offset() == 0.0);
}

TEST_CASE("Motion does not depend on the frame rate (60 vs 600 steps per second)") {
    struct Start {
        double offset;
        double drag;  // dragged this far before release
        double velocity;
    };
    for (const Start start :
         {Start{1000, 0, 3000}, Start{3500, 0, 5000}, Start{0, -400, 0}, Start{3950, 0, 1200}}) {
        KineticScroll coarse = makeScroll(), fine = makeScroll();
        for (KineticScroll* scroll : {&coarse, &fine}) {
            scroll->jumpTo(start.offset);
            scroll->grab();
            scroll->dragBy(start.drag);
            scroll->release(start.velocity);
        }
        double worst = 0.0;
        for (int frame = 0; frame < 240; ++frame) {
            coarse.advance(1.0 / 60.0);
            for (int i = 0; i < 10; ++i) fine.advance(1.0 / 600.0);
            worst = std::max(worst, std::abs(coarse.offset() - fine.offset()));
        }
        CHECK(worst < 1.0);
        CHECK_FALSE(coarse.animating());
        CHECK(coarse.offset() == Approx(fine.offset()).margin(1e-6));
    }
}

TEST_CASE("animateTo approaches smoothly and ends exactly on the (clamped) target") {
    KineticScroll scroll = makeScroll();
    scroll.animateTo(2500);
    CHECK(scroll.animating());
    double previous = scroll.offset();
    double elapsed = 0.0;
    while (scroll.animating() && elapsed < 5.0) {
        scroll.advance(1.0 / 60.0);
        elapsed += 1.0 / 60.0;
        CHECK(scroll.offset() >= previous);  // from rest it does not overshoot
        CHECK(scroll.offset() <= 2500.0);
        previous = scroll.offset();
    }
    CHECK(elapsed < 2.0);
    CHECK(scroll.offset() == 2500.0);
    scroll.animateTo(1e9);
    settle(scroll);
    CHECK(scroll.offset() == 4000.0);
}

TEST_CASE("grab() stops a fling where it is") {
    KineticScroll scroll = makeScroll();
    scroll.jumpTo(1000);
    scroll.release(3000.0);
    scroll.advance(0.1);
    const double caught = scroll.offset();
    CHECK(caught > 1000.0);
    scroll.grab();
    CHECK_FALSE(scroll.animating());
    scroll.advance(1.0);
    CHECK(scroll.offset() == caught);
    scroll.release(0.0);
    scroll.advance(1.0);
    CHECK(scroll.offset() == caught);
}

TEST_CASE("Content shorter than the viewport does not scroll, only stretches") {
    KineticScroll scroll;
    scroll.setExtent(500, 1000);
    CHECK(scroll.maxOffset() == 0.0);
    scroll.jumpTo(300);
    CHECK(scroll.offset() == 0.0);
    scroll.grab();
    scroll.dragBy(80);
    CHECK(scroll.offset() > 0.0);
    CHECK(scroll.offset() < 80.0);
    scroll.release(0.0);
    settle(scroll);
    CHECK(scroll.offset() == 0.0);
}

TEST_CASE(
    "Extents: jumps clamp, shrinking content pulls the offset in, an unchanged one is inert") {
    KineticScroll scroll = makeScroll();
    scroll.jumpTo(-50);
    CHECK(scroll.offset() == 0.0);
    scroll.jumpTo(1e6);
    CHECK(scroll.offset() == 4000.0);
    scroll.setExtent(2000, 1000);
    CHECK(scroll.maxOffset() == 1000.0);
    CHECK(scroll.offset() == 1000.0);
    CHECK_FALSE(scroll.animating());

    scroll.grab();
    scroll.dragBy(100);
    scroll.release(0.0);
    const double stretched = scroll.offset();
    scroll.setExtent(2000, 1000);  // layout repeats it every frame
    CHECK(scroll.offset() == stretched);
    CHECK(scroll.animating());
}
