// Each factor's resources as a small file of its own, so a factor's panel shows its cards without
// waiting for the whole library (about 150 KB compressed): on a phone on 4G, a factor opened from
// a link showed its first card 0.6 s later once the library had doubled (docs/performance.md).
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { Resource, ResourceLibrary } from '../src/model/types';

/**
 * The library cut by factor: each factor's resources, whole, in the library's order.
 * @example sliceLibrary(library.resources).get('work-schedules')?.length // 27
 */
export function sliceLibrary(resources: readonly Resource[]): Map<string, Resource[]> {
  const slices = new Map<string, Resource[]>();
  for (const r of resources)
    for (const f of r.factors) {
      const slice = slices.get(f.id);
      if (slice) slice.push(r);
      else slices.set(f.id, [r]);
    }
  return slices;
}

/**
 * Writes the slices beside the library's file, in a folder named after it (and so after its
 * content): `assets/resources-<hash>/<factor>.json`, where src/app/data.ts looks for them. The
 * service worker leaves them out of its precache (vite.config.ts): offline, the library serves.
 */
export function resourceSlices(): Plugin {
  return {
    name: 'resource-slices',
    apply: 'build',
    generateBundle(_, bundle) {
      const library = Object.values(bundle).find(
        (file) => file.type === 'asset' && file.originalFileNames.includes('data/resources.json'),
      );
      // The server-side build (the prerender) draws no panel, and carries no library.
      if (!library) return;
      const json = JSON.parse(readFileSync('data/resources.json', 'utf8')) as ResourceLibrary;
      const folder = library.fileName.replace(/\.json$/, '');
      for (const [factor, resources] of sliceLibrary(json.resources))
        this.emitFile({
          type: 'asset',
          fileName: `${folder}/${factor}.json`,
          source: JSON.stringify({ schemaVersion: json.schemaVersion, resources }),
        });
    },
  };
}
