#pragma once

namespace kiosk {

// Feel of a scrolling strip or list.
struct KineticScrollSettings {
    // Velocity decays by this factor per second after release (iOS-like 0.998/ms
    // is about 0.135/s).
    double decayPerSecond = 0.135;
    // Below this speed (px/s) the fling stops.
    double stopVelocity = 10.0;
    // How far past an edge a drag can pull, as a fraction of the viewport, with
    // resistance growing towards it (rubber band).
    double maxOverscrollFraction = 0.15;
    // Time constant (s) with which content springs back inside its bounds.
    double springBackSeconds = 0.12;
    // Cap on fling speed (px/s).
    double maxVelocity = 8000.0;
};

// One axis of scrolling with inertia and rubber-band edges, advanced by the
// caller's clock. Offset 0 shows the start of the content; the offset runs to
// max(0, contentLength - viewportLength).
class KineticScroll {
  public:
    explicit KineticScroll(KineticScrollSettings settings = {});

    void setExtent(double contentLength, double viewportLength);
    double offset() const { return offset_; }
    double maxOffset() const;
    // Moving by itself (fling or spring back): the screen must keep redrawing.
    bool animating() const;

    // A finger takes hold: stops any fling.
    void grab();
    // The finger moved by `delta` px in content direction (positive scrolls towards
    // the end). Past an edge the content follows with growing resistance.
    void dragBy(double delta);
    // The finger lifted with this velocity (px/s, positive towards the end).
    void release(double velocity);
    // Advances inertia and spring-back by `seconds`.
    void advance(double seconds);
    // Jumps (no animation), clamped to the bounds.
    void jumpTo(double offset);
    // Scrolls smoothly so that `offset` is reached, as a fling would.
    void animateTo(double offset);

  private:
    // Each advances the one motion in progress by `seconds`; a fling that reaches
    // an edge hands the rest of its step to the spring.
    void stepFling(double seconds);
    void stepSpring(double seconds);
    void stepTarget(double seconds);
    double overscrollLimit() const;
    bool outsideBounds() const;
    // Offset <-> finger position without the rubber band's resistance.
    double rawFromOffset(double offset) const;
    double offsetFromRaw(double raw) const;

    KineticScrollSettings settings_;
    double content_ = 0.0, viewport_ = 0.0;
    double offset_ = 0.0, velocity_ = 0.0;
    bool held_ = false;
    bool targeting_ = false;
    double target_ = 0.0;
};

}  // namespace kiosk
