/**
 * Exports the diagram as a standalone SVG or a PNG: the drawing's layers merged into one SVG with
 * every colour and font written on the elements themselves (no stylesheet, no external
 * reference), a title above and the attribution below.
 */

/** PNG scales offered. */
export const EXPORT_SCALES = [1, 2, 4] as const;

/** Room above and below the drawing for the title and the attribution, in CSS pixels. */
const HEAD = 56;
const FOOT = 40;

/**
 * The size of an exported image at a scale, title and attribution bands included.
 * @example exportSize({ width: 800, height: 600 }, 2) // { width: 1600, height: 1392 }
 */
export function exportSize(drawing: { width: number; height: number }, scale = 1) {
  return {
    width: Math.round(drawing.width * scale),
    height: Math.round((drawing.height + HEAD + FOOT) * scale),
  };
}

/** Computed styles written onto each exported element, so the file needs no stylesheet. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'letter-spacing',
  'text-transform',
] as const;

const FONT = 'Arial, Helvetica, sans-serif';
const SVG_NS = 'http://www.w3.org/2000/svg';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Copies one element (and its children) with its computed styles inlined and app-only attributes dropped. */
function inlineCopy(source: Element): Element {
  const copy = source.cloneNode(false) as Element;
  for (const name of [
    'class',
    'role',
    'tabindex',
    'aria-label',
    'aria-current',
    'aria-hidden',
    'data-focus-id',
    'style',
  ])
    copy.removeAttribute(name);
  if (source instanceof SVGElement) {
    const computed = getComputedStyle(source);
    for (const prop of STYLE_PROPS) {
      const value = computed.getPropertyValue(prop);
      if (!value || (value === 'none' && prop !== 'fill' && prop !== 'stroke')) continue;
      copy.setAttribute(prop, prop === 'font-family' ? FONT : value);
    }
  }
  for (const child of source.childNodes)
    copy.appendChild(
      child.nodeType === Node.ELEMENT_NODE ? inlineCopy(child as Element) : child.cloneNode(),
    );
  return copy;
}

/**
 * Builds the standalone SVG text of the diagram in `container` (its stacked SVG layers), with a
 * title and an attribution line.
 */
export function diagramSvg(container: Element, title: string, attribution: string): string {
  const layers = [...container.querySelectorAll(':scope > svg')];
  const first = layers[0];
  if (!first) throw new Error('There is no diagram on show to export.');
  const width = Number(first.getAttribute('width'));
  const height = Number(first.getAttribute('height'));
  const [vx, vy] = (first.getAttribute('viewBox') ?? '0 0').split(' ').map(Number);
  const size = exportSize({ width, height });
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('width', String(size.width));
  root.setAttribute('height', String(size.height));
  root.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  root.innerHTML =
    `<title>${escapeXml(title)}</title>` +
    `<rect width="${size.width}" height="${size.height}" fill="#ffffff"/>` +
    `<text x="16" y="34" font-family="${FONT}" font-size="22" font-weight="700" fill="#1a1a1a">${escapeXml(title)}</text>` +
    `<text x="16" y="${size.height - 15}" font-family="${FONT}" font-size="13" fill="#333333">${escapeXml(attribution)}</text>`;
  const drawing = doc.createElementNS(SVG_NS, 'g');
  drawing.setAttribute('transform', `translate(${-(vx ?? 0)},${HEAD - (vy ?? 0)})`);
  for (const layer of layers) {
    const group = doc.createElementNS(SVG_NS, 'g');
    for (const child of layer.children) group.appendChild(doc.importNode(inlineCopy(child), true));
    drawing.appendChild(group);
  }
  root.appendChild(drawing);
  return new XMLSerializer().serializeToString(doc);
}

/** Renders SVG text to a PNG at a scale, in the browser. */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const image = new Image();
  // A data: URL, which the page's Content-Security-Policy allows for images.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.naturalWidth * scale);
  canvas.height = Math.round(image.naturalHeight * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
      'image/png',
    ),
  );
}

/** Saves a file the person asked for. */
export function download(data: Blob, fileName: string) {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title: lower case, words joined by hyphens. */
export const fileNameFor = (title: string, extension: string) =>
  `${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'diagram'
  }.${extension}`;
