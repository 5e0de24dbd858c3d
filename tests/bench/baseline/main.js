/* global document, fetch, innerHeight, innerWidth, location, performance, requestAnimationFrame, URLSearchParams */
// The benchmark's floor: a minimal radial diagram in plain D3 (no framework, no accessibility,
// no features). It reads the same model JSON as the app (?model=<url>), draws the domains and
// factors as arcs with labels, and zooms into a domain on click with a 400 ms transition.
import { interpolate } from 'd3-interpolate';
import { select } from 'd3-selection';
import { arc } from 'd3-shape';
import 'd3-transition';

const model = await (await fetch(new URLSearchParams(location.search).get('model'))).json();
const width = innerWidth;
const height = innerHeight;
const R = Math.min(width, height) / 2 - 4;
const rings = { domain: [0.26 * R, 0.5 * R], factor: [0.51 * R, 0.945 * R] };

// Every factor gets an equal share of the circle; a domain spans its factors.
const total = model.domains.reduce((n, d) => n + d.factors.length, 0);
const domains = [];
const factors = [];
let x = 0;
model.domains.forEach((d, i) => {
  const x0 = x;
  for (const f of d.factors) {
    factors.push({ id: f.id, label: f.shortLabel ?? f.label, x0: x, x1: x + 1 / total, colour: i });
    x += 1 / total;
  }
  domains.push({ id: d.id, label: d.shortLabel ?? d.label, x0, x1: x, colour: i });
});

let view = { x0: 0, x1: 1 };
const TAU = 2 * Math.PI;
const angle = (value) => Math.max(0, Math.min(1, (value - view.x0) / (view.x1 - view.x0))) * TAU;
const shape = arc();
const pathOf =
  ([r0, r1]) =>
  (d) =>
    shape({ startAngle: angle(d.x0), endAngle: angle(d.x1), innerRadius: r0, outerRadius: r1 }) ??
    '';
const fill = (i, light) => `hsl(${(i * 53) % 360} 55% ${light}%)`;

const svg = select(document.body).append('svg').attr('width', width).attr('height', height);
const g = svg.append('g').attr('transform', `translate(${width / 2},${height / 2})`);
g.append('circle')
  .attr('class', 'centre')
  .attr('r', 0.25 * R)
  .attr('fill', '#f3ead7')
  .on('click', () => zoom(null));
g.append('text')
  .attr('text-anchor', 'middle')
  .attr('dy', '0.35em')
  .attr('font-size', 14)
  // Element Timing reports when this label was first painted: the bench's "diagram drawn".
  .attr('elementtiming', `cwb-diagram-${total}`)
  .text(model.centre[0].label);

const domainPaths = g
  .append('g')
  .selectAll('path')
  .data(domains)
  .join('path')
  .attr('data-id', (d) => d.id)
  .attr('fill', (d) => fill(d.colour, 70))
  .attr('stroke', '#fff')
  .style('cursor', 'pointer')
  .on('click', (_, d) => zoom(d));
const factorPaths = g
  .append('g')
  .selectAll('path')
  .data(factors)
  .join('path')
  .attr('fill', (d) => fill(d.colour, 88))
  .attr('stroke', '#fff');
const labels = g
  .append('g')
  .selectAll('text')
  .data([...domains, ...factors])
  .join('text')
  .attr('text-anchor', 'middle')
  .attr('dy', '0.35em')
  .attr('font-size', 11)
  .text((d) => d.label);

/** Places the arcs and labels for the current view; a label shows only where its arc has room. */
function draw() {
  domainPaths.attr('d', pathOf(rings.domain));
  factorPaths.attr('d', pathOf(rings.factor));
  labels.each(function place(d) {
    const isDomain = domains.includes(d);
    const [r0, r1] = isDomain ? rings.domain : rings.factor;
    const a0 = angle(d.x0);
    const a1 = angle(d.x1);
    const r = (r0 + r1) / 2;
    const roomy = (a1 - a0) * r > (isDomain ? 40 : 11);
    const mid = (a0 + a1) / 2;
    const deg = (mid * 180) / Math.PI;
    const rotate = isDomain ? 0 : deg < 180 ? deg - 90 : deg + 90;
    select(this)
      .attr('display', roomy ? null : 'none')
      .attr('transform', `translate(${Math.sin(mid) * r},${-Math.cos(mid) * r}) rotate(${rotate})`);
  });
}

/** Zooms into a domain (or back out) with a 400 ms transition, redrawing every frame. */
function zoom(d) {
  const target =
    !d || (view.x0 === d.x0 && view.x1 === d.x1) ? { x0: 0, x1: 1 } : { x0: d.x0, x1: d.x1 };
  const between = interpolate({ ...view }, target);
  svg
    .transition()
    .duration(400)
    .tween('zoom', () => (t) => {
      view = { ...between(t) };
      draw();
    });
}

draw();
requestAnimationFrame(() => performance.mark('cwb:diagram-drawn', { detail: { factors: total } }));
