#!/usr/bin/env node
/* global process */
/**
 * Generates a synthetic model of any size in the app's format (src/model/schema.ts), for the
 * performance benchmark (tests/bench/run.mjs). Deterministic: the same factor count and seed give
 * the same model.
 *
 *   node tests/bench/generate-model.mjs 700 [seed] > model-700.json
 */
import { pathToFileURL } from 'node:url';

/** mulberry32: a small, fast, deterministic PRNG returning floats in [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'workload',
  'autonomy',
  'staffing',
  'rest',
  'support',
  'culture',
  'safety',
  'teamwork',
  'recognition',
  'feedback',
  'training',
  'mentoring',
  'schedules',
  'documentation',
  'technology',
  'leadership',
  'fairness',
  'purpose',
  'meaning',
  'community',
  'family',
  'finances',
  'health',
  'sleep',
  'exercise',
  'nutrition',
  'resilience',
  'coping',
  'empathy',
  'communication',
  'values',
  'ethics',
  'regulation',
  'payment',
  'licensing',
  'litigation',
  'media',
  'expectations',
  'equity',
  'inclusion',
  'belonging',
  'flexibility',
  'handoffs',
  'interruptions',
  'breaks',
  'commute',
  'childcare',
  'debt',
  'career',
  'growth',
  'peer',
  'coaching',
  'reflection',
  'boundaries',
];
const QUALIFIERS = [
  'Clinical',
  'Shared',
  'Personal',
  'Team',
  'Organizational',
  'Digital',
  'Daily',
  'Long-term',
  'Local',
  'National',
  'Professional',
  'Social',
  'Protected',
  'Flexible',
  'Structured',
  'Informal',
];

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const kebab = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** How many domains for a factor count: roughly 0.85·√n, at least 1 (7 for 70, ~22 for 700). */
export function domainCountFor(factorCount) {
  return Math.max(1, Math.min(factorCount, Math.round(0.85 * Math.sqrt(factorCount))));
}

/**
 * A model with exactly `factorCount` factors spread over ~√n domains in 2 groups, with 3 centre
 * rings, a few outcomes and ~1.5 links per factor. Every id is unique across the model.
 */
export function generateModel(factorCount, seed = 1, { linkCount } = {}) {
  const n = Math.floor(Number(factorCount));
  if (!Number.isFinite(n) || n < 1) throw new Error(`factorCount must be ≥ 1, got ${factorCount}`);
  const rand = prng(Number(seed) || 1);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const used = new Set();
  /** A unique kebab-case id from a label, with a numeric suffix where needed. */
  const uid = (base) => {
    let id = kebab(base) || 'item';
    if (used.has(id)) {
      let i = 2;
      while (used.has(`${id}-${i}`)) i++;
      id = `${id}-${i}`;
    }
    used.add(id);
    return id;
  };
  const sentence = (words) => `${cap(Array.from({ length: words }, () => pick(WORDS)).join(' '))}.`;

  const centre = [
    ['Clinician Well-Being', 'The centre of the generated model.'],
    ['Clinician–Patient Relationship', 'The ring around the centre.'],
    ['Patient Well-Being', 'The outer centre ring.'],
  ].map(([label, description]) => ({ id: uid(label), label, description }));

  const groups = [
    { id: uid('external'), label: 'External factors', description: sentence(8) },
    { id: uid('individual'), label: 'Individual factors', description: sentence(8) },
  ];

  const domainCount = domainCountFor(n);
  // Uneven but deterministic factor counts per domain: weights in [0.5, 1.5), then largest
  // remainders so the counts add up to exactly n and every domain has at least one factor.
  const weights = Array.from({ length: domainCount }, () => 0.5 + rand());
  const total = weights.reduce((a, b) => a + b, 0);
  const spare = n - domainCount;
  const exact = weights.map((w) => (w / total) * spare);
  const counts = exact.map((x) => 1 + Math.floor(x));
  let left = n - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k][1]]++;

  const domains = counts.map((count, d) => {
    const label = `${pick(QUALIFIERS)} ${cap(pick(WORDS))} ${d + 1}`;
    const id = uid(label);
    const factors = Array.from({ length: count }, (_, f) => {
      const words = 1 + Math.floor(rand() * 4);
      const name = Array.from({ length: words }, () => pick(WORDS)).join(' ');
      const factorLabel = `${cap(name)} ${d + 1}.${f + 1}`;
      const factor = { id: uid(`${name} ${d + 1} ${f + 1}`), label: factorLabel };
      // Long labels get a short one for the ring (≤ 28 characters), as in the bundled model.
      if (factorLabel.length > 20)
        factor.shortLabel = `${cap(name.split(' ')[0])} ${d + 1}.${f + 1}`.slice(0, 28);
      factor.description = sentence(12 + Math.floor(rand() * 20));
      return factor;
    });
    return {
      id,
      label,
      ...(label.length > 24 ? { shortLabel: label.slice(0, 24).trim() } : {}),
      group: groups[d < Math.ceil(domainCount * 0.7) ? 0 : 1].id,
      description: sentence(20),
      factors,
    };
  });

  const outcomeCategories = [
    { id: uid('for-clinicians'), label: 'For clinicians' },
    { id: uid('for-patients'), label: 'For patients' },
    { id: uid('for-organizations'), label: 'For organizations' },
  ];
  const outcomeCount = Math.max(3, Math.min(40, Math.round(Math.sqrt(n))));
  const outcomes = Array.from({ length: outcomeCount }, (_, i) => {
    const label = `${cap(pick(WORDS))} outcome ${i + 1}`;
    return {
      id: uid(label),
      label,
      category: outcomeCategories[i % outcomeCategories.length].id,
      description: sentence(10),
    };
  });

  const directions = ['raises', 'lowers', 'protects'];
  const grades = ['strong', 'moderate', 'emerging'];
  const links = [];
  const link = (factor, outcome) => ({
    factor,
    outcome,
    direction: pick(directions),
    grade: pick(grades),
    summary: sentence(10),
    resources: [`bench-resource-${1 + Math.floor(rand() * 50)}`],
  });
  const allFactors = domains.flatMap((d) => d.factors);
  // With a link count (the evidence-map bench), that many distinct factor → outcome pairs.
  if (linkCount) {
    const seen = new Set();
    const max = Math.min(linkCount, allFactors.length * outcomes.length);
    while (links.length < max) {
      const factor = allFactors[Math.floor(rand() * allFactors.length)];
      const outcome = pick(outcomes).id;
      if (seen.has(`${factor.id}>${outcome}`)) continue;
      seen.add(`${factor.id}>${outcome}`);
      links.push(link(factor.id, outcome));
    }
  }
  if (!linkCount)
    for (const domain of domains)
      for (const factor of domain.factors) {
        const k = 1 + Math.floor(rand() * 2);
        const chosen = new Set();
        for (let j = 0; j < k; j++) chosen.add(pick(outcomes).id);
        for (const outcome of chosen) links.push(link(factor.id, outcome));
      }

  return {
    schemaVersion: 1,
    id: `bench-model-${n}`,
    title: `Generated benchmark model (${n} factors)`,
    description: `A synthetic model with ${n} factors in ${domainCount} domains, for the performance benchmark.`,
    centre,
    groups,
    domains,
    outcomeCategories,
    outcomes,
    links,
    centreLinks: [],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [count, seed] = process.argv.slice(2);
  if (!count) {
    process.stderr.write(
      'usage: node tests/bench/generate-model.mjs <factorCount> [seed] > model.json\n',
    );
    process.exit(2);
  }
  process.stdout.write(
    `${JSON.stringify(generateModel(Number(count), Number(seed ?? 1)), null, 2)}\n`,
  );
}
