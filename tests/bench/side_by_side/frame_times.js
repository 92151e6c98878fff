// Reports the intervals between the frames Chromium draws for this page (the
// requestAnimationFrame callbacks' timestamps), once a second, to the console
// (--enable-logging): "FRAME_INTERVALS_MS <epoch ms> <interval>,<interval>,...".
// kiosk_bench keeps the intervals of lines stamped inside its measuring window.
// Only when the address ends in #frames: asking for every frame keeps the
// page's main thread busy, so the runs that measure CPU and memory go without.
if (location.hash === '#frames') {
    let lastFrame = null;
    let intervals = [];
    const onFrame = (now) => {
        if (lastFrame !== null) intervals.push((now - lastFrame).toFixed(2));
        lastFrame = now;
        requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    setInterval(() => {
        console.log(
            'FRAME_INTERVALS_MS ' + (performance.timeOrigin + performance.now()).toFixed(1) + ' ' +
            intervals.join(','));
        intervals = [];
    }, 1000);
}
