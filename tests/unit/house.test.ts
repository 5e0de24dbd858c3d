import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = 'src';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every import (static or on demand) of a module under src/features/ made from outside it. */
function featureImportsFromOutside() {
  const out: string[] = [];
  for (const file of files(SRC)) {
    if (file.startsWith(join(SRC, 'features'))) continue;
    if (!/\.(tsx?|css)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|@import\s+)['"]([^'"]+)['"]/g)) {
      const spec = m[1]!;
      if (!spec.startsWith('.')) continue;
      const target = relative(SRC, join(file, '..', spec)).replace(/\\/g, '/');
      if (target.startsWith('features/')) out.push(`${relative(SRC, file)} → ${target}`);
    }
  }
  return out.sort();
}

describe('the house', () => {
  it('a feature is reached only from the router (App.tsx), or from the page’s stylesheet', () => {
    // Deleting a feature is deleting its folder and its lines in App.tsx. Search is drawn with the
    // page, so the page's stylesheet takes its styles in too.
    expect(featureImportsFromOutside()).toEqual([
      'App.tsx → features/about/About',
      'App.tsx → features/act/ActOnIt',
      'App.tsx → features/cite/CiteButton',
      'App.tsx → features/compare/Compare',
      'App.tsx → features/evidence/EvidenceMap',
      'App.tsx → features/import/DropZone',
      'App.tsx → features/offline/OfflineStatus',
      'App.tsx → features/present/Notes',
      'App.tsx → features/present/Present',
      'App.tsx → features/present/SequenceBuilder',
      'App.tsx → features/reflect/Reflect',
      'App.tsx → features/reflect/Summary',
      'App.tsx → features/room/Join',
      'App.tsx → features/search/SearchLauncher',
      'App.tsx → features/share/EmbedFooter',
      'App.tsx → features/share/Handout',
      'App.tsx → features/share/ShareButton',
      'routes/Explorer.tsx → features/reflect/ReflectionLayer',
      'routes/Explorer.tsx → features/reflect/ReflectionNote',
      'styles.css → features/search/search.css',
    ]);
  });

  it('each feature brings its own styles: the page’s stylesheet names none of their classes', () => {
    const page = readFileSync(join(SRC, 'styles.css'), 'utf8');
    for (const prefix of [
      'present',
      'reflect',
      'evidence',
      'compare',
      'handout',
      'about',
      'qr',
      'act',
      'room',
      'join',
    ])
      expect(page, prefix).not.toMatch(new RegExp(`\\.${prefix}(__|--|\\s|\\{)`));
  });
});
