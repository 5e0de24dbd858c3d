import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { originText } from '../../model/origin';
import { withSticky } from '../../nav/paths';
import { selectModelIndex, selectModelOrigin, useStore } from '../../store/store';
import { Dialog } from './Dialog';
import { diagramSvg, download, EXPORT_SCALES, fileNameFor, svgToPng } from './exportImage';
import { shortLink } from './qr';
import { QrCode } from './QrCode';

export const NAM_ATTRIBUTION = 'Based on the NAM conceptual model (Brigham et al. 2018)';

/** The attribution an exported image carries: the NAM only for the NAM model. */
export function useAttribution() {
  const origin = useStore(selectModelOrigin);
  const title = useStore((s) => selectModelIndex(s)?.model.title ?? '');
  if (!origin || origin.kind === 'bundled') return `${NAM_ATTRIBUTION}. Not an NAM product.`;
  return `“${title}”, a model from ${originText(origin)}; not the NAM model.`;
}

/** The <iframe> code that embeds a page of the explorer. */
export function embedCode(pageUrl: string, title: string) {
  const url = new URL(pageUrl);
  url.searchParams.set('embed', '1');
  const safeTitle = title.replace(/[<>&"]/g, '');
  return `<iframe src="${url.href.replace(/"/g, '%22')}" title="${safeTitle} (interactive diagram)" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
}

/** Share the current view: a QR code, embed code, an image of the diagram, a printed page. */
export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const { search } = useLocation();
  const title = useStore((s) => selectModelIndex(s)?.model.title ?? 'Diagram');
  const viewMode = useStore((s) => s.viewMode);
  const attribution = useAttribution();
  const url = location.href;
  const code = embedCode(url, title);
  const [status, setStatus] = useState('');

  const exportAs = async (kind: 'svg' | 'png', scale = 1) => {
    const container = document.querySelector('.diagram');
    if (!container) return setStatus('Switch to the diagram view to export it.');
    try {
      const svg = diagramSvg(container, title, attribution);
      const blob =
        kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, scale);
      const name = fileNameFor(title, kind === 'svg' ? 'svg' : `${scale}x.png`);
      download(blob, name);
      setStatus(`Saved ${name}.`);
    } catch (cause) {
      setStatus(`The image could not be made: ${cause instanceof Error ? cause.message : cause}`);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus('The embed code is copied.');
    } catch {
      setStatus('Select the code and copy it yourself: this browser did not allow copying.');
    }
  };

  return (
    <Dialog title="Share, export or print" onClose={onClose} className="dialog--share">
      <section aria-labelledby="share-qr" className="share__qr">
        <h3 id="share-qr">Show a room</h3>
        <QrCode link={url} />
        <p className="qr__link">{shortLink(url)}</p>
      </section>
      <section aria-labelledby="share-export">
        <h3 id="share-export">Save an image of the diagram</h3>
        <p>With the title and “{attribution}” in the image.</p>
        <p className="share__buttons">
          <button
            type="button"
            onClick={() => void exportAs('svg')}
            disabled={viewMode !== 'diagram'}
          >
            SVG
          </button>
          {EXPORT_SCALES.map((scale) => (
            <button
              key={scale}
              type="button"
              onClick={() => void exportAs('png', scale)}
              disabled={viewMode !== 'diagram'}
            >
              PNG {scale}×
            </button>
          ))}
        </p>
      </section>
      <section aria-labelledby="share-embed">
        <h3 id="share-embed">Embed this view</h3>
        <label htmlFor="embed-code">Code for a web page, a learning platform or a slide</label>
        <textarea
          id="embed-code"
          readOnly
          value={code}
          rows={4}
          onFocus={(e) => e.currentTarget.select()}
        />
        <p>
          <button type="button" onClick={() => void copy()}>
            Copy the code
          </button>
        </p>
      </section>
      <section aria-labelledby="share-print">
        <h3 id="share-print">Print</h3>
        <p className="share__buttons">
          <button type="button" onClick={() => window.print()}>
            Print this page
          </button>
          <Link to={withSticky('/handout', search)} onClick={onClose}>
            The whole model as a handout
          </Link>
          <Link to={withSticky('/present', search)} onClick={onClose}>
            Present it
          </Link>
        </p>
      </section>
      <section aria-labelledby="share-room">
        <h3 id="share-room">Ask the room</h3>
        <p>
          People answer on their phones, and the room’s answers show on the presented diagram, as
          totals only.
        </p>
        <p className="share__buttons">
          <Link to={withSticky('/present', search)} state={{ liveRoom: 'start' }} onClick={onClose}>
            Start a live room
          </Link>
        </p>
      </section>
      <p role="status" className="share__status">
        {status}
      </p>
    </Dialog>
  );
}
