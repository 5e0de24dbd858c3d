/**
 * Colours for the diagram: one hue family per domain from the Okabe–Ito colour-blind-safe palette,
 * tinted so dark text reads on every fill, with borders dark enough to stand out from both the
 * fill and the page. Contrast rules are checked by unit tests, for any number of domains.
 */
const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'];

export const TEXT = '#1a1a1a';
export const PAGE = '#ffffff';

type Rgb = [number, number, number];

const parse = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const toHex = (rgb: Rgb) =>
  '#' +
  rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');

/** Mixes a colour towards another: amount 0 keeps it, 1 gives the other. */
export function mix(hex: string, other: string, amount: number): string {
  const a = parse(hex);
  const b = parse(other);
  return toHex(a.map((c, i) => c + ((b[i] ?? 0) - c) * amount) as Rgb);
}

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = parse(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** @example contrastRatio('#000000', '#ffffff') // 21 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface DomainColours {
  base: string;
  /** Fill of the domain's segment on the domain ring. */
  domainFill: string;
  /** Fill of its factors on the outer ring: a lighter tint of the same hue. */
  factorFill: string;
  /** Border of its segments, at least 3:1 against both fills and the page. */
  border: string;
}

/** Darkens a border until it stands out 3:1 from every colour it touches. */
function borderFor(base: string, touching: string[]): string {
  for (let amount = 0.35; amount <= 1; amount += 0.05) {
    const border = mix(base, '#000000', amount);
    if (touching.every((c) => contrastRatio(border, c) >= 3)) return border;
  }
  return '#000000';
}

/** The colours of the domain at a position; beyond seven domains the hues repeat, darker. */
export function domainColours(position: number): DomainColours {
  const round = Math.floor(position / OKABE_ITO.length);
  const hue = OKABE_ITO[position % OKABE_ITO.length] as string;
  const base = round === 0 ? hue : mix(hue, '#000000', Math.min(0.3, 0.15 * round));
  const domainFill = mix(base, PAGE, 0.5);
  const factorFill = mix(base, PAGE, 0.78);
  return { base, domainFill, factorFill, border: borderFor(base, [domainFill, factorFill, PAGE]) };
}

/** The centre rings: neutral greys, darkest outermost so the rings read as layers. */
export function centreFill(ring: number): string {
  return ['#fdf6e3', '#f1ead8', '#e6dfcc', '#dbd4c0'][Math.min(ring, 3)] as string;
}

export const GROUP_BAND = '#3d3d3d';
