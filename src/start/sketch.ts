import { computeBaseAngles, FULL_VIEW } from '../layout/angles';
import { computeRadialLayout, type Label } from '../layout/radial';
import type { Model } from '../model/types';
import {
  diagramRadius,
  diagramViewBox,
  domainColourMap,
  labelItems,
  lineOffsets,
} from '../diagram/drawing';
import { centreFill, GROUP_BAND } from '../theme/palette';
import { earlyModel, openEarlyModel } from '../model/linked';
import { domReady } from './page';
import { nameModelInFrame, showLinkedFrame } from './frame';

/**
 * The first look at a model linked on this site, drawn without React while the app loads
 * (src/main.tsx starts it; src/start/run.tsx takes over). It reads the model with the app's own
 * checks (src/model/linked.ts), lays it out with the app's own layout, and draws the same shapes and
 * labels into the page's frame, with the same notice of whose model it is. It answers no clicks:
 * a click on it is held and replayed on what the app draws there (src/start/page.ts).
 * Everything from the model is set as text, never as markup.
 */
export async function sketchEarlyModel(): Promise<boolean> {
  const opened = await openEarlyModel();
  await domReady();
  const early = earlyModel();
  if (!opened?.ok || !early) return false;
  return drawSketch(opened.value, early.url, early.host);
}

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The same markup src/diagram/Label.tsx draws for a placed label. */
function drawLabel(label: Label, idPrefix: string, timing?: string): SVGElement[] {
  const timed: Record<string, string> = timing ? { elementtiming: timing } : {};
  const common = { class: 'label', 'font-size': label.fontSize, 'dominant-baseline': 'central' };
  if (label.mode === 'curved') {
    const paths = label.paths.map((d, i) =>
      svgEl('path', { id: `${idPrefix}-${i}`, d, fill: 'none', stroke: 'none' }),
    );
    const texts = label.lines.map((line, i) => {
      const text = svgEl('text', { ...common, ...(i === 0 ? timed : {}) });
      text.append(
        svgEl(
          'textPath',
          { href: `#${idPrefix}-${i}`, startOffset: '50%', 'text-anchor': 'middle' },
          line,
        ),
      );
      return text;
    });
    return [...paths, ...texts];
  }
  const at = `translate(${label.x.toFixed(2)},${label.y.toFixed(2)})`;
  const transform = label.mode === 'radial' ? `${at} rotate(${label.rotate.toFixed(2)})` : at;
  const text = svgEl('text', { ...timed, ...common, transform, 'text-anchor': 'middle' });
  const offsets = lineOffsets(label.lines.length);
  label.lines.forEach((line, i) =>
    text.append(svgEl('tspan', { x: 0, dy: offsets[i] ?? 0 }, line)),
  );
  return [text];
}

/**
 * Draws `model` into the page's frame (built for `/`, hidden until now) and shows it; says whether
 * the diagram was drawn (a frame with no room for it shows the notice alone).
 */
export function drawSketch(model: Model, url: string, host: string): boolean {
  const frame = showLinkedFrame(host);
  if (!frame) return false;
  nameModelInFrame(frame, model, url, host);
  const { diagram } = frame;

  const { width, height } = diagram.getBoundingClientRect();
  if (!(width > 0 && height > 0)) return false;
  const size = { width, height };
  const layout = computeRadialLayout(
    model,
    computeBaseAngles(model),
    FULL_VIEW,
    diagramRadius(size),
  );
  const box = { width, height, viewBox: diagramViewBox(size) };
  const colourOf = domainColourMap(model).of;

  const shapes = svgEl('svg', {
    ...box,
    role: 'img',
    'aria-label': `${model.title}, loading`,
    'data-sketch': '',
  });
  const ring = (className: string) => shapes.appendChild(svgEl('g', { class: className }));
  const centre = ring('centre');
  [...layout.centre].reverse().forEach((disc, i, all) =>
    centre.append(
      svgEl('path', {
        d: disc.path,
        fill: centreFill(all.length - 1 - i),
        stroke: '#6b6048',
        'stroke-width': 1,
      }),
    ),
  );
  const groups = ring('ring ring--groups');
  for (const g of layout.groups) groups.append(svgEl('path', { d: g.path, fill: GROUP_BAND }));
  const bands = ring('ring ring--collapsed');
  for (const b of layout.collapsed)
    bands.append(
      svgEl('path', { d: b.path, fill: colourOf(b.id).factorFill, stroke: colourOf(b.id).border }),
    );
  for (const [className, segments] of [
    ['ring ring--domains', layout.domains],
    ['ring ring--factors', layout.factors],
  ] as const) {
    const g = ring(className);
    for (const s of segments) {
      const c = colourOf(s.kind === 'domain' ? s.id : s.parentId);
      const seg = svgEl('g', { class: `segment segment--${s.kind}`, 'data-id': s.id });
      seg.append(
        svgEl('path', {
          class: 'segment__shape',
          d: s.path,
          fill: s.kind === 'domain' ? c.domainFill : c.factorFill,
          stroke: c.border,
        }),
      );
      g.append(seg);
    }
  }

  const labels = svgEl('svg', { ...box, class: 'diagram__layer', 'aria-hidden': 'true' });
  const layer = labels.appendChild(svgEl('g', { class: 'labels' }));
  const items = labelItems(layout);
  // Named for Element Timing like the app's own drawing: when this model was first painted.
  const first = items.find((item) => item.kind === 'centre');
  const factors = model.domains.reduce((n, d) => n + d.factors.length, 0);
  for (const item of items) {
    const g = svgEl('g', {
      class: `labels__item labels__item--${item.kind}`,
      'data-label-for': item.id,
    });
    g.append(
      ...drawLabel(
        item.label,
        `sketch-${item.id}`,
        item === first ? `cwb-diagram-${factors}` : undefined,
      ),
    );
    layer.append(g);
  }
  diagram.append(shapes, labels);
  return true;
}
