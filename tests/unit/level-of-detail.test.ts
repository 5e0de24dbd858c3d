import { describe, expect, it } from 'vitest';
import { computeBaseAngles, FULL_VIEW, viewFor } from '../../src/layout/angles';
import { keyboardRings, nextFocus } from '../../src/layout/navigation';
import { computeRadialLayout, MIN_FACTOR_WIDTH, project } from '../../src/layout/radial';
import { buildIndex } from '../../src/model/indices';
import type { Model } from '../../src/model/types';
import { validateModel } from '../../src/model/validate';
// The benchmark's generator: a deterministic synthetic model of any size.
import { generateModel } from '../bench/generate-model.mjs';
import { bundledModel } from './helpers';

const generated = (factors: number): Model => {
  const result = validateModel(generateModel(factors));
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.value;
};

describe('level of detail for a large model', () => {
  const model = generated(5000);
  const base = computeBaseAngles(model);

  it('draws no factor thinner than can be seen, and a band with its count instead', () => {
    const layout = computeRadialLayout(model, base, FULL_VIEW, 380);
    const inner = layout.rings.factor.inner;
    for (const f of layout.factors)
      expect((f.endAngle - f.startAngle) * inner).toBeGreaterThanOrEqual(MIN_FACTOR_WIDTH);
    expect(layout.factors.length).toBeLessThan(5000);
    const bandOf = new Set(layout.collapsed.map((b) => b.id));
    expect(bandOf.size).toBeGreaterThan(0);
    // Every domain is either drawn factor by factor or as one band, never both, never neither.
    for (const d of model.domains) {
      const drawn = layout.factors.some((f) => f.parentId === d.id);
      expect(drawn !== bandOf.has(d.id), d.id).toBe(true);
    }
    // Every band says how many factors it holds: in words where they fit, else the number.
    for (const band of layout.collapsed)
      expect(band.label?.lines.join(' ')).toMatch(/^\d+( factors)?$/);
  });

  it('shows a domain’s factors once the view zooms into it', () => {
    const domain = base.domains[0]!;
    const layout = computeRadialLayout(model, base, viewFor(domain), 380);
    expect(layout.collapsed).toEqual([]);
    expect(layout.factors.map((f) => f.parentId)).toEqual(
      Array(model.domains[0]!.factors.length).fill(domain.id),
    );
  });

  it('in mid-zoom, lays out exactly the factors in view (the domains out of view are skipped)', () => {
    const domain = base.domains[3]!;
    const to = viewFor(domain);
    const inner = computeRadialLayout(model, base, FULL_VIEW, 380).rings.factor.inner;
    for (const t of [0, 0.1, 0.5, 0.9, 0.97, 1]) {
      const view = {
        x0: (FULL_VIEW.x0 + (to.x0 - FULL_VIEW.x0) * t) as typeof to.x0,
        x1: (FULL_VIEW.x1 + (to.x1 - FULL_VIEW.x1) * t) as typeof to.x1,
      };
      const layout = computeRadialLayout(model, base, view, 380, { labels: false });
      // What every factor would show, one by one: in view (not squeezed to nothing) and wide
      // enough to tell apart (judged, as the layout does, by the first factor of its domain).
      const width = (x0: number, x1: number) => project(x1, view) - project(x0, view);
      const firstOf = new Map<string, (typeof base.factors)[number]>();
      for (const b of base.factors) if (!firstOf.has(b.parentId)) firstOf.set(b.parentId, b);
      const expected = base.factors
        .filter((b) => {
          const first = firstOf.get(b.parentId)!;
          return width(first.x0, first.x1) * inner >= MIN_FACTOR_WIDTH && width(b.x0, b.x1) >= 1e-6;
        })
        .map((b) => b.id);
      expect(
        layout.factors.map((f) => f.id),
        `t = ${t}`,
      ).toEqual(expected);
    }
  });

  it('keeps every factor of the NAM model drawn, even on a small phone', () => {
    const nam = bundledModel();
    const layout = computeRadialLayout(nam, computeBaseAngles(nam), FULL_VIEW, 170);
    expect(layout.collapsed).toEqual([]);
    expect(layout.factors).toHaveLength(67);
  });

  it('lets the keyboard reach only drawn factors: Up from a collapsed domain zooms in', () => {
    const index = buildIndex(model);
    const layout = computeRadialLayout(model, base, FULL_VIEW, 380);
    const drawn = new Set(layout.factors.map((f) => f.id));
    const all = keyboardRings(index, null);
    const rings = { ...all, factors: all.factors.filter((id) => drawn.has(id)) };
    const collapsed = layout.collapsed[0]!.id;
    const move = nextFocus(index, rings, collapsed, 'ArrowUp', null);
    // The first factor is not drawn: the diagram zooms into its domain to reach it.
    expect(move).toEqual({ focus: index.domainById.get(collapsed)!.factors[0]!.id });
    expect(drawn.has((move as { focus: string }).focus)).toBe(false);
  });
});
