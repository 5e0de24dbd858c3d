/**
 * What a person sees, checked by geometry in the page (run with `page.evaluate(inspectPage)`):
 * it returns one line per problem, or none. Self-contained: it is sent to the browser as text.
 *
 * - Nothing scrolls sideways: the page, and every scrolling box in it, is no wider than its view.
 * - Nothing is cut off: every piece of visible text lies inside the viewport's width and inside
 *   every box that clips it (overflow hidden, an SVG's edge).
 * - In each diagram: the centre and every domain drawn are named; every label is at least 9 px;
 *   a domain's label lies on its segment; no two texts of the drawing overlap.
 * - On the evidence map: the links drawn are the links the page says it shows.
 */
export function inspectPage(): string[] {
  const problems: string[] = [];
  const vw = document.documentElement.clientWidth;
  const describe = (el: Element) => {
    const own =
      el.closest('[data-label-for]')?.getAttribute('data-label-for') ??
      el.getAttribute('data-focus-id') ??
      '';
    const text = (el.textContent ?? '').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}${own ? `[${own}]` : ''} "${text}"`;
  };
  const hiddenByClip = (el: Element | null): boolean => {
    for (let e = el; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.clipPath.startsWith('inset(50%') || e.classList.contains('visually-hidden'))
        return true;
    }
    return false;
  };

  // Whether an SVG element is drawn (checkVisibility misses a hidden SVG group).
  const shown = (el: Element) => {
    if (getComputedStyle(el).visibility === 'hidden') return false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || Number(cs.opacity) === 0) return false;
    }
    return true;
  };

  // Sideways scrolling.
  if (document.documentElement.scrollWidth > vw + 1)
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
  for (const el of document.querySelectorAll('body *')) {
    const cs = getComputedStyle(el);
    if (
      (cs.overflowX === 'auto' || cs.overflowX === 'scroll') &&
      el.scrollWidth > el.clientWidth + 1
    )
      problems.push(`${describe(el)} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
  }

  // Boxes that clip what is inside them.
  const clips = (el: Element): DOMRect[] => {
    const out: DOMRect[] = [];
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const cs = getComputedStyle(e);
      // What scrolls is reached by scrolling: boxes beyond a scrolling one clip it, not its text.
      if (/auto|scroll/.test(cs.overflowX + cs.overflowY)) break;
      const clipsX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
      const clipsY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
      const outerSvg = e instanceof SVGSVGElement && !(e.parentElement instanceof SVGElement);
      if (clipsX || clipsY || outerSvg) {
        const r = e.getBoundingClientRect();
        out.push(
          new DOMRect(
            clipsX || outerSvg ? r.left : -1e6,
            clipsY || outerSvg ? r.top : -1e6,
            clipsX || outerSvg ? r.width : 2e6,
            clipsY || outerSvg ? r.height : 2e6,
          ),
        );
      }
    }
    return out;
  };
  const outside = (r: { left: number; right: number; top: number; bottom: number }, box: DOMRect) =>
    r.left < box.left - 1.5 ||
    r.right > box.right + 1.5 ||
    r.top < box.top - 1.5 ||
    r.bottom > box.bottom + 1.5;

  // HTML text: each line of each text node.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent instanceof SVGElement || !(node.textContent ?? '').trim()) continue;
    if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    if (hiddenByClip(parent) || parent.closest('.skip-link, option, script, style')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const boxes = clips(parent);
    for (const r of range.getClientRects()) {
      if (r.width < 1 || r.height < 1) continue;
      if (r.left < -1 || r.right > vw + 1) {
        problems.push(
          `${describe(parent)} is cut off at the screen's edge (${Math.round(r.left)}–${Math.round(r.right)} of ${vw})`,
        );
        break;
      }
      const box = boxes.find((b) => outside(r, b));
      if (box) {
        problems.push(
          `${describe(parent)} is cut off by a box at ${Math.round(box.left)},${Math.round(box.top)}`,
        );
        break;
      }
    }
  }

  // SVG text: each glyph as a quad in screen coordinates.
  type Pt = { x: number; y: number };
  const glyphQuads = (text: SVGTextContentElement): Pt[][] => {
    const m = text.getScreenCTM();
    if (!m) return [];
    const size = parseFloat(getComputedStyle(text).fontSize);
    const quads: Pt[][] = [];
    const n = text.getNumberOfChars();
    for (let i = 0; i < n; i++) {
      let a: DOMPoint, b: DOMPoint;
      try {
        a = text.getStartPositionOfChar(i);
        b = text.getEndPositionOfChar(i);
      } catch {
        continue;
      }
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy);
      if (len < 0.5) continue;
      // With a central baseline, a glyph's ink lies within about 0.4 em of the line.
      const h = size * 0.4;
      const nx = (-dy / len) * h;
      const ny = (dx / len) * h;
      quads.push(
        [
          { x: a.x + nx, y: a.y + ny },
          { x: b.x + nx, y: b.y + ny },
          { x: b.x - nx, y: b.y - ny },
          { x: a.x - nx, y: a.y - ny },
        ].map((p) => {
          const q = new DOMPoint(p.x, p.y).matrixTransform(m);
          return { x: q.x, y: q.y };
        }),
      );
    }
    return quads;
  };
  const overlaps = (p: Pt[], q: Pt[]) => {
    for (const poly of [p, q])
      for (let i = 0; i < poly.length; i++) {
        const a = poly[i]!;
        const b = poly[(i + 1) % poly.length]!;
        const nx = b.y - a.y;
        const ny = a.x - b.x;
        const proj = (s: Pt[]) => s.map((v) => v.x * nx + v.y * ny);
        const [pp, qq] = [proj(p), proj(q)];
        // Half a pixel of slack: glyphs that only touch do not collide.
        const slack = 0.5 * Math.hypot(nx, ny);
        if (
          Math.max(...pp) <= Math.min(...qq) + slack ||
          Math.max(...qq) <= Math.min(...pp) + slack
        )
          return false;
      }
    return true;
  };

  for (const diagram of document.querySelectorAll('.diagram')) {
    const shapes = diagram.querySelector('svg[role="application"]');
    if (!shapes) continue;
    const where =
      diagram.closest('figure')?.querySelector('figcaption')?.textContent?.slice(0, 30) ??
      'the diagram';
    const svgBox = shapes.getBoundingClientRect();
    const labelFor = (id: string) => diagram.querySelector(`[data-label-for="${CSS.escape(id)}"]`);
    // The centre is named.
    const centre = diagram.querySelector('.labels__item--centre');
    if (!centre) problems.push(`${where}: the centre has no label`);
    // Every domain drawn is named, on its segment.
    for (const seg of shapes.querySelectorAll('.ring--domains [data-focus-id]')) {
      const id = seg.getAttribute('data-focus-id')!;
      const label = labelFor(id);
      if (!label) {
        problems.push(`${where}: domain ${id} has no label`);
        continue;
      }
      const path = seg.querySelector('path')!;
      const inverse = path.getScreenCTM()!.inverse();
      for (const text of label.querySelectorAll('text')) {
        for (const quad of glyphQuads(text)) {
          // The glyph's middle and its corners drawn in towards the middle by a fifth.
          const c = {
            x: quad.reduce((s, p) => s + p.x, 0) / 4,
            y: quad.reduce((s, p) => s + p.y, 0) / 4,
          };
          const probes = [
            c,
            ...quad.map((p) => ({ x: c.x + (p.x - c.x) * 0.8, y: c.y + (p.y - c.y) * 0.8 })),
          ];
          if (
            probes.some((p) => !path.isPointInFill(new DOMPoint(p.x, p.y).matrixTransform(inverse)))
          ) {
            problems.push(
              `${where}: the label of ${id} ("${text.textContent}") leaves its segment`,
            );
            break;
          }
        }
      }
    }
    // Every text of the drawing: readable, inside the drawing, and clear of every other.
    const texts = [...diagram.querySelectorAll('svg text')].filter(
      (t): t is SVGTextElement =>
        t instanceof SVGTextElement && shown(t) && Boolean(t.textContent?.trim()),
    );
    const glyphs = texts.map((t) => ({ t, quads: glyphQuads(t) }));
    // Nothing laid over the drawing (a breadcrumb, a banner, a chip) covers its words.
    const around = diagram.parentElement!;
    for (const el of around.querySelectorAll('*')) {
      if (diagram.contains(el) || el.closest('.diagram-tooltip')) continue;
      const position = getComputedStyle(el).position;
      if (position !== 'absolute' && position !== 'fixed') continue;
      if (!(el as HTMLElement).checkVisibility?.({ visibilityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) continue;
      const covered = glyphs.find(({ quads }) =>
        quads.some((q) =>
          q.some((p) => p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom),
        ),
      );
      if (covered) problems.push(`${where}: ${describe(el)} covers ${describe(covered.t)}`);
    }
    for (const { t, quads } of glyphs) {
      const m = t.getScreenCTM();
      const px = parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
      if (t.closest('.labels') && px < 8.9)
        problems.push(`${where}: ${describe(t)} is ${px.toFixed(1)} px`);
      const ys = quads.flat();
      if (
        ys.some(
          (p) =>
            p.x < Math.max(svgBox.left, 0) - 1 ||
            p.x > Math.min(svgBox.right, vw) + 1 ||
            p.y < svgBox.top - 1 ||
            p.y > svgBox.bottom + 1,
        )
      )
        problems.push(`${where}: ${describe(t)} is cut off at the drawing's edge`);
    }
    for (let i = 0; i < glyphs.length; i++)
      for (let j = i + 1; j < glyphs.length; j++) {
        const a = glyphs[i]!;
        const b = glyphs[j]!;
        const hit = a.quads.some((p) => b.quads.some((q) => overlaps(p, q)));
        if (hit) problems.push(`${where}: ${describe(a.t)} overlaps ${describe(b.t)}`);
      }
  }

  // The evidence map's outcomes sit off the circle, never on its rings.
  for (const node of document.querySelectorAll('.outcome-node text')) {
    const svg = node.closest('svg')!.getBoundingClientRect();
    const cx = svg.left + svg.width / 2;
    const cy = svg.top + svg.height / 2;
    const radius = Math.min(svg.width, svg.height) / 2 - 4;
    const r = node.getBoundingClientRect();
    const nearest = {
      x: Math.max(r.left, Math.min(cx, r.right)),
      y: Math.max(r.top, Math.min(cy, r.bottom)),
    };
    if (Math.hypot(nearest.x - cx, nearest.y - cy) < radius + 2)
      problems.push(`the outcome ${describe(node)} sits on the circle`);
  }

  // The evidence map draws what it announces.
  const links = document.querySelector('.evidence-links');
  const count = document.querySelector('.evidence__count')?.textContent ?? '';
  const announced = /(\d+) of \d+ links/.exec(count);
  if (document.querySelector('.evidence__map')) {
    // Drawn as SVG paths, or (thousands of links) painted on a canvas that says how many.
    const canvas = document.querySelector('.evidence-links__canvas:not(.is-lit)');
    const drawn = canvas
      ? Number(canvas.getAttribute('data-links-drawn'))
      : new Set(
          [...document.querySelectorAll('.evidence-links__all [data-link]')].map((p) =>
            p.getAttribute('data-link'),
          ),
        ).size;
    if (announced && Number(announced[1]) !== drawn)
      problems.push(`the evidence map says ${announced[1]} links and draws ${drawn}`);
    if (!announced && !/no room/.test(count))
      problems.push('the evidence map says nothing of its links');
    if (!links && announced) problems.push('the evidence map has no links layer');
  }
  return problems;
}
