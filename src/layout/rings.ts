/** Radii of the rings as fractions of the diagram's radius, from the centre out. */
export interface RingRadii {
  centre: { inner: number; outer: number }[];
  domain: { inner: number; outer: number };
  factor: { inner: number; outer: number };
  group: { inner: number; outer: number };
}

/**
 * Splits a radius into the centre rings, the domain ring, the factor ring and the thin group band.
 * The factor ring gets the most room because its labels are the longest.
 * @example ringRadii(300, 3).factor.outer // 283.5 (domains take 0.26–0.5 of the radius)
 */
export function ringRadii(radius: number, centreRings: number): RingRadii {
  const f = (x: number) => x * radius;
  const firstOuter = 0.12;
  const centreOuter = 0.25;
  const step = centreRings > 1 ? (centreOuter - firstOuter) / (centreRings - 1) : 0;
  const centre = Array.from({ length: centreRings }, (_, i) =>
    i === 0
      ? { inner: 0, outer: f(centreRings === 1 ? centreOuter : firstOuter) }
      : { inner: f(firstOuter + step * (i - 1)), outer: f(firstOuter + step * i) },
  );
  return {
    centre,
    domain: { inner: f(0.26), outer: f(0.5) },
    factor: { inner: f(0.51), outer: f(0.945) },
    group: { inner: f(0.955), outer: f(1) },
  };
}
