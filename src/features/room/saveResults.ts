import { diagramSvg, download } from '../share/exportImage';
import type { RoomResults } from './protocol';
import { resultsCsv } from './results';

/** Two frames: long enough for React to draw the layer the image needs. */
const nextPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

/**
 * Saves the room's results before it is deleted: every question's counts as CSV, and the diagram
 * as it stands, with the room's layer, as a standalone SVG.
 */
export async function saveResults(
  results: RoomResults,
  threshold: number,
  title: string,
  attribution: string,
) {
  const day = new Date().toISOString().slice(0, 10);
  download(
    new Blob([resultsCsv(results, threshold)], { type: 'text/csv' }),
    `live-room-${day}.csv`,
  );
  await nextPaint();
  const container = document.querySelector('.present__diagram .diagram');
  if (container)
    download(
      new Blob([diagramSvg(container, `${title}: the room’s answers`, attribution)], {
        type: 'image/svg+xml',
      }),
      `live-room-${day}.svg`,
    );
}
