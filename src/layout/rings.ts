/** Radii of the rings as fractions of the diagram's radius, from the centre out. */
export interface RingRadii {
  centre: { inner: number; outer: number }[];
  domain: { inner: number; outer: number };
  factor: { inner: number; outer: number };
  group: { inner: number; outer: number };
}

/**
 * The smallest radius of the centre disc, in pixels: room for a name like "Clinician Well-Being"
 * on two lines at 10 px, bold.
 */
export const MIN_CENTRE_PX = 38;
/** The thinnest a ring around the centre disc is drawn when there is room: one line at 9 px. */
const MIN_CENTRE_RING_PX = 13;

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/**
 * Splits a radius into the centre rings, the domain ring, the factor ring and the thin group band.
 *
 * `detail` says how much room the factors' labels get, from 1 (the factor ring takes the most
 * room, because its labels are the longest) to 0 (factors too thin to label, as on a phone:
 * the factor ring is a narrow band and the domain ring takes its room, so every domain can be
 * named). Between the two the rings move smoothly, so a zoom that widens the factors grows
 * their ring as it goes.
 * @example ringRadii(300, 3).factor.outer // 283.5 (domains take 0.26–0.5 of the radius)
 */
export function ringRadii(radius: number, centreRings: number, detail = 1): RingRadii {
  const t = Math.min(1, Math.max(0, detail));
  const rings = Math.max(1, centreRings);
  // The centre disc never shrinks below what its name needs, nor past a quarter of the circle.
  const first = Math.max(
    radius * (rings === 1 ? 0.25 : 0.12),
    Math.min(MIN_CENTRE_PX, radius * 0.25),
  );
  const centreOuter = Math.min(
    radius * 0.4,
    Math.max(radius * 0.25, first + (rings - 1) * MIN_CENTRE_RING_PX),
  );
  const step = rings > 1 ? (centreOuter - first) / (rings - 1) : 0;
  const centre = Array.from({ length: rings }, (_, i) =>
    i === 0
      ? { inner: 0, outer: first }
      : { inner: first + step * (i - 1), outer: first + step * i },
  );
  const gap = radius * 0.01;
  const domainOuter = radius * lerp(0.8, 0.5, t);
  return {
    centre: centreRings > 0 ? centre : [],
    domain: { inner: centreOuter + gap, outer: domainOuter },
    factor: { inner: domainOuter + gap, outer: radius * 0.945 },
    group: { inner: radius * 0.955, outer: radius },
  };
}
