/**
 * How much of a model this app will take. A model from a file or a link is untrusted input: these
 * caps keep a huge or hostile file from freezing the page or drawing an unreadable disc, and each
 * has its own message. The bundled NAM model sits far inside all of them (7 domains, 67 factors,
 * labels up to 87 characters, 84 KB).
 */
import { groupDigits } from './digits.ts';
export const LIMITS = {
  /** Bytes read from a file or a response before giving up: far above any real model. */
  bytes: 10 * 1024 * 1024,
  centreRings: 5,
  groups: 12,
  domains: 100,
  factorsPerDomain: 300,
  /** Enough for the benchmark's largest generated model; more than this cannot be drawn legibly. */
  factors: 5000,
  outcomeCategories: 20,
  outcomes: 500,
  links: 10000,
  centreLinks: 50,
  /** Resources a model may carry in its own library. */
  resources: 3000,
  /** A presentation's steps, and the talking points of one step. */
  steps: 80,
  pointsPerStep: 8,
  resourcesPerLink: 50,
  /** Priority areas of an action plan, and the areas one factor or resource is tagged with. */
  planAreas: 20,
  /** Characters. */
  idLength: 80,
  labelLength: 150,
  descriptionLength: 3000,
  summaryLength: 1500,
  citationLength: 1000,
  pointLength: 400,
} as const;

/**
 * Formats a byte count the way the messages say it.
 * @example formatBytes(10 * 1024 * 1024) // '10 MB'
 * @example formatBytes(31_457_280) // '30 MB'
 * @example formatBytes(1536) // '1.5 KB'
 */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${bytes} bytes`;
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${units[unit]}`;
}

const count = (n: number, one: string, many = `${one}s`) =>
  `${groupDigits(n)} ${n === 1 ? one : many}`;

/** A message for an array over its cap, naming the cap and what was found. */
export const tooMany = (what: string, limit: number) =>
  `a model may have at most ${count(limit, what)}`;

/**
 * Counts a raw model's domains and factors before any deeper check, so a model with 65,000 factors
 * is refused in a moment with one clear message instead of being validated item by item.
 * @example checkModelSize({ domains: [] }) // []
 */
export function checkModelSize(json: unknown): { path: string; message: string }[] {
  if (typeof json !== 'object' || json === null || !('domains' in json)) return [];
  const domains = (json as { domains: unknown }).domains;
  if (!Array.isArray(domains)) return [];
  if (domains.length > LIMITS.domains)
    return [
      {
        path: '$.domains',
        message: `${tooMany('domain', LIMITS.domains)}; this one has ${count(domains.length, 'domain')}`,
      },
    ];
  const factors = domains.reduce<number>((n, d) => {
    const list = typeof d === 'object' && d !== null ? (d as { factors?: unknown }).factors : null;
    return n + (Array.isArray(list) ? list.length : 0);
  }, 0);
  if (factors > LIMITS.factors)
    return [
      {
        path: '$.domains',
        message: `${tooMany('factor', LIMITS.factors)} in all; this one has ${count(factors, 'factor')}`,
      },
    ];
  return [];
}
