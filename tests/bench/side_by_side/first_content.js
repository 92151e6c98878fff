// Reports when the first content was on screen, as Chromium itself measures it
// (the first-contentful-paint entry, stamped with the frame's presentation
// time), in milliseconds since the Unix epoch, to the console (--enable-logging).
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    if (entry.name === 'first-contentful-paint')
      console.log('FIRST_CONTENT_EPOCH_MS ' + (performance.timeOrigin + entry.startTime).toFixed(1));
}).observe({type: 'paint', buffered: true});
