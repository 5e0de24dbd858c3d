import { describe, expect, it } from 'vitest';
import { sliceLibrary } from '../../scripts/resourceSlices';
import { buildResourceIndex } from '../../src/model/resourceIndex';
import { bundledModel, resourceLibrary } from './helpers';

describe('the library cut by factor (a factor’s panel reads its slice first)', () => {
  const library = resourceLibrary();
  const slices = sliceLibrary(library.resources);
  const index = buildResourceIndex(library);

  it('gives every factor its slice, holding exactly the resources the library links to it', () => {
    for (const factor of bundledModel().domains.flatMap((d) => d.factors)) {
      const slice = slices.get(factor.id) ?? [];
      expect(slice.length, factor.id).toBeGreaterThan(0);
      expect(
        slice.map((r) => r.id),
        factor.id,
      ).toEqual((index.byFactor.get(factor.id) ?? []).map(({ resource }) => resource.id));
      // Whole records: the cards, the reasons and the tags read the same as from the library.
      for (const r of slice) expect(r).toBe(index.byId.get(r.id));
    }
  });

  it('keeps each slice a small part of the library', () => {
    const whole = JSON.stringify(library).length;
    for (const [factor, slice] of slices)
      expect(JSON.stringify(slice).length, factor).toBeLessThan(whole / 5);
  });
});
