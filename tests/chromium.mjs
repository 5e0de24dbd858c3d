/* global process */
// Debian's Chromium, shared by the browser journeys (tests/e2e) and the benchmark (tests/bench).
import { existsSync } from 'node:fs';

/** Flags for a root, offline sandbox: without them Chromium stalls on refused connections. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** $CHROMIUM_PATH, or Debian's Chromium, or null when there is none. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => Boolean(p && existsSync(p))) ?? null;
}
