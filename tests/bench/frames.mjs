/* global performance, requestAnimationFrame */
/** In the page: the time of every animation frame for `ms` milliseconds. */
export function recordFrames(ms) {
  return new Promise((resolve) => {
    const frames = [];
    const start = performance.now();
    const loop = (t) => {
      frames.push(t);
      if (t - start < ms) requestAnimationFrame(loop);
      else resolve(frames);
    };
    requestAnimationFrame(loop);
  });
}

/** Frame-to-frame gaps, summarised. */
export function summariseFrames(frames) {
  const deltas = frames.slice(1).map((t, i) => t - frames[i]);
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    deltas,
    frames: deltas.length,
    median: sorted[Math.floor(sorted.length / 2)] ?? null,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? null,
    max: sorted.at(-1) ?? null,
    over33: deltas.filter((d) => d > 33).length,
  };
}
