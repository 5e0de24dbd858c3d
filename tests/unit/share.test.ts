import { describe, expect, it } from 'vitest';
import { exportSize, fileNameFor } from '../../src/features/share/exportImage';
import { qrPath, shortLink } from '../../src/features/share/qr';
import { embedCode } from '../../src/features/share/ShareDialog';

describe('exported image sizes', () => {
  it('add the title and attribution bands, then scale', () => {
    expect(exportSize({ width: 800, height: 600 })).toEqual({ width: 800, height: 696 });
    expect(exportSize({ width: 800, height: 600 }, 2)).toEqual({ width: 1600, height: 1392 });
    expect(exportSize({ width: 801, height: 599 }, 4)).toEqual({ width: 3204, height: 2780 });
  });

  it('name files after the title', () => {
    expect(fileNameFor('Factors Affecting Clinician Well-Being!', 'svg')).toBe(
      'factors-affecting-clinician-well-being.svg',
    );
    expect(fileNameFor('***', '2x.png')).toBe('diagram.2x.png');
  });
});

describe('QR codes', () => {
  it('are square, with a quiet zone, and have the three finder patterns in their corners', () => {
    const { size, path } = qrPath('https://cwb.example/factor/autonomy');
    // Version 3 (29 modules) for a link this long at error level M, plus 4 on each side.
    expect(size).toBe(29 + 8);
    const dark = new Set([...path.matchAll(/M(\d+) (\d+)/g)].map((m) => `${m[1]},${m[2]}`));
    // Each finder pattern's outer ring: its corner module is dark, the quiet zone is not.
    for (const [x, y] of [
      [4, 4],
      [size - 5, 4],
      [4, size - 5],
    ])
      expect(dark.has(`${x},${y}`)).toBe(true);
    expect(dark.has('0,0')).toBe(false);
    expect(dark.has('3,3')).toBe(false);
  });

  it('grow with the text, and are the same for the same text', () => {
    expect(qrPath('x'.repeat(200)).size).toBeGreaterThan(qrPath('x').size);
    expect(qrPath('same')).toEqual(qrPath('same'));
  });

  it('come with the link written short', () => {
    expect(shortLink('https://cwb.example/')).toBe('cwb.example');
    expect(shortLink('http://localhost:4173/factor/a?x=1')).toBe('localhost:4173/factor/a?x=1');
  });
});

describe('embed code', () => {
  it('is an iframe of the same view, marked as embedded, with a title and no markup from data', () => {
    const code = embedCode(
      'https://cwb.example/factor/autonomy?audience=nurse',
      'A <b>"model"</b>',
    );
    expect(code).toBe(
      '<iframe src="https://cwb.example/factor/autonomy?audience=nurse&embed=1" title="A bmodel/b (interactive diagram)" width="100%" height="640" style="border:0" loading="lazy"></iframe>',
    );
  });
});
