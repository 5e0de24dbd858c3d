import { describe, expect, it } from 'vitest';
import { compareModels, marksFor } from '../../src/features/compare/diff';
import { bundledModel, smallModel } from './helpers';

describe('comparing two models', () => {
  it('finds nothing between a model and itself', () => {
    expect(compareModels(bundledModel(), bundledModel())).toEqual([]);
  });

  it('finds factors added, removed, renamed (by name or by id) and moved, and domains too', () => {
    const a = bundledModel();
    const b = structuredClone(a);
    const society = b.domains.find((d) => d.id === 'society-and-culture')!;
    const rules = b.domains.find((d) => d.id === 'rules-and-regulations')!;
    // Renamed: same id, new name.
    society.factors.find((f) => f.id === 'media-portrayal')!.label = 'Media and social media';
    // Renamed id: same name, new id.
    society.factors.find((f) => f.id === 'political-and-economic-climates')!.id =
      'politics-economy';
    // Moved: litigation risk goes to Society & Culture.
    const litigation = rules.factors.splice(
      rules.factors.findIndex((f) => f.id === 'litigation-risk'),
      1,
    )[0]!;
    society.factors.push(litigation);
    // Removed and added.
    rules.factors = rules.factors.filter((f) => f.id !== 'reimbursement-structure');
    society.factors.push({
      id: 'online-abuse',
      label: 'Online abuse',
      description: 'Abuse online.',
    });
    b.domains.find((d) => d.id === 'personal-factors')!.label = 'Personal life';

    const changes = compareModels(a, b);
    const by = (kind: string) => changes.filter((c) => c.kind === kind).map((c) => c.id);
    expect(by('added')).toEqual(['online-abuse']);
    expect(by('removed')).toEqual(['reimbursement-structure']);
    expect(by('moved')).toEqual(['litigation-risk']);
    expect(by('renamed').sort()).toEqual([
      'media-portrayal',
      'personal-factors',
      'political-and-economic-climates',
    ]);
    const moved = changes.find((c) => c.kind === 'moved')!;
    expect([moved.from, moved.to]).toEqual(['Rules & Regulations', 'Society & Culture']);
    // Each side marks what it shows: removals on the first, additions on the second.
    expect(marksFor(changes, 'a').get('reimbursement-structure')).toEqual(['removed']);
    expect(marksFor(changes, 'a').has('online-abuse')).toBe(false);
    expect(marksFor(changes, 'b').get('online-abuse')).toEqual(['added']);
    expect(marksFor(changes, 'b').get('politics-economy')).toEqual(['renamed']);
  });

  it('compares models of different shapes', () => {
    const changes = compareModels(bundledModel(), smallModel());
    expect(changes.filter((c) => c.what === 'domain' && c.kind === 'removed')).toHaveLength(7);
    expect(changes.filter((c) => c.what === 'domain' && c.kind === 'added')).toHaveLength(3);
  });
});
