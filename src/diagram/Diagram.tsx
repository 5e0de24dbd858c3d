import {
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useReducedMotion } from '../page/useReducedMotion';
import { computeBaseAngles, viewFor, type View } from '../layout/angles';
import { centreHint } from '../layout/labels';
import { isNavigationKey, keyboardRings, nextFocus } from '../layout/navigation';
import { computeRadialLayout, stillLayouts, type Segment as SegmentData } from '../layout/radial';
import type { ModelIndex } from '../model/indices';
import { domainsInGroupOrder } from '../model/indices';
import { paths, withSticky } from '../nav/paths';
import { useStore } from '../store/store';
import { GROUP_BAND } from '../theme/palette';
import { createZoomController, type ZoomController } from '../zoom/controller';
import { Centre } from './Centre';
import { diagramRadius, diagramViewBox, domainColourMap, labelItems } from './drawing';
import { DiagramLayoutContext } from './layers';
import { LabelLayer } from './Label';
import { FocusRing, SelectionOutline, Tooltip } from './Overlays';
import { Segment } from './Segment';
import { TooManyToDraw } from './TooManyToDraw';
import { PRERENDER_SIZE, useSize } from './useSize';

export const ZOOM_DURATION_MS = 400;

const FALLBACK_SIZE = { width: 800, height: 800 };

export interface DiagramProps {
  index: ModelIndex;
  /** The selected domain or factor id, from the URL. */
  selectedId: string | null;
  /** The domain the view is zoomed into, from the URL. */
  zoomedDomainId: string | null;
  /** Ids that a filter dims (e.g. factors with no resource for nurses). */
  dimmedIds?: ReadonlySet<string>;
  /**
   * Layers a feature draws over the diagram (SVG, in the diagram's coordinates). They read the
   * layout from `useDiagramLayout()`, so the diagram needs no prop for any one feature.
   */
  children?: ReactNode;
}

/** Runs `fn` once the browser has painted the next frame. */
const afterNextPaint = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn));

/** The diagram or outline element that stands for a model id. */
export const elementFor = (id: string) =>
  [...document.querySelectorAll<HTMLElement | SVGElement>('[data-focus-id]')].find(
    (el) => el.getAttribute('data-focus-id') === id,
  );

/** The latest call of focusElement: an earlier one that is still waiting gives way to it. */
let focusRequest = 0;

/**
 * Moves DOM focus to a diagram or outline element by model id: at once if it can take it (so
 * quick key presses never lose a step), else as soon as it can. A factor of a domain drawn as one
 * band has a button only once a zoom into that domain has landed, so it keeps trying frame by
 * frame for `patienceMs` (by default a little over a zoom), unless focus is moved elsewhere or
 * asked for again meanwhile.
 */
export function focusElement(id: string, patienceMs = ZOOM_DURATION_MS * 2) {
  const request = ++focusRequest;
  const until = performance.now() + patienceMs;
  const before = document.activeElement;
  // Focus moved on by the person (not just lost with a removed element) ends the wait.
  const movedOn = () => {
    const now = document.activeElement;
    return now !== before && now !== null && now !== document.body;
  };
  const attempt = () => {
    if (request !== focusRequest || movedOn()) return;
    const el = elementFor(id);
    el?.focus();
    if (el && document.activeElement === el) return;
    if (performance.now() < until) requestAnimationFrame(attempt);
  };
  attempt();
}

/**
 * The radial diagram. React draws every element; the layout is pure data; the zoom controller
 * tweens the visible part of the circle and this component re-lays-out each frame.
 */
export function Diagram({ index, selectedId, zoomedDomainId, dimmedIds, children }: DiagramProps) {
  const navigate = useNavigate();
  const { search, pathname } = useLocation();
  const reducedMotion = useReducedMotion();
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const measured = useSize(containerRef, FALLBACK_SIZE);
  const size = measured ?? FALLBACK_SIZE;
  const focusId = useStore((s) => s.focusId);
  const focusSegment = useStore((s) => s.focusSegment);

  const base = useMemo(() => computeBaseAngles(index.model), [index]);

  // Marks the first frame after a model's diagram is drawn, for the benchmark (npm run bench).
  useEffect(() => {
    const frame = requestAnimationFrame(() =>
      performance.mark('cwb:diagram-drawn', { detail: { factors: index.factors.length } }),
    );
    return () => cancelAnimationFrame(frame);
  }, [index]);
  const target = useMemo(
    () => viewFor(base.domains.find((d) => d.id === zoomedDomainId)),
    [base, zoomedDomainId],
  );
  // The view on show, and whether a zoom is under way (set by the controller, frame by frame).
  const [frame, setFrame] = useState<{ view: View; moving: boolean }>({
    view: target,
    moving: false,
  });
  // Where the factor buttons stand: the view as it last stood still. They stay there, unseen
  // but focusable, while a zoom moves, and take their new places in a transition once it lands,
  // so placing hundreds of them never holds up a frame.
  const [rest, setRest] = useState<View>(target);
  const controller = useRef<ZoomController | null>(null);
  useEffect(() => {
    const c = createZoomController(target, (view, moving) => setFrame({ view, moving }));
    controller.current = c;
    return () => c.destroy();
    // A new model starts a new controller; target changes are animated by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [base]);
  useEffect(() => {
    if (reducedMotion) {
      void controller.current?.zoomTo(target, 0);
      return;
    }
    // Start the tween a frame after the one that shows the selection, so the click paints first.
    let inner = 0;
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(
        () => void controller.current?.zoomTo(target, ZOOM_DURATION_MS),
      );
    });
    return () => {
      cancelAnimationFrame(outer);
      cancelAnimationFrame(inner);
    };
  }, [target, reducedMotion]);

  const radius = diagramRadius(size);
  // Labels sit out the tween's frames and return when it lands: text is the costliest part of a
  // frame to lay out and paint. The frame of the click itself keeps the layout it had.
  const { view, moving } = frame;
  useEffect(() => {
    if (!moving) startTransition(() => setRest(view));
  }, [moving, view]);
  // Until the buttons have caught up with the view, the factor ring is drawn as paths.
  const settling = moving || rest !== view;
  // The whole layout of each view the diagram stands still at (src/layout/radial.ts): the one on
  // show when a zoom starts is the very one the factor buttons keep while it moves, so hundreds
  // of them have nothing to render then.
  const stillLayout = useMemo(() => stillLayouts(index.model, base, radius), [index, base, radius]);
  const layout = useMemo(
    () =>
      moving
        ? computeRadialLayout(index.model, base, view, radius, { labels: false, corners: false })
        : stillLayout(view),
    [index, base, view, radius, moving, stillLayout],
  );
  // While a zoom moves, the factor ring is drawn as one path per domain (a few elements a frame,
  // not hundreds), and the factor buttons wait, unseen, where the view last stood still, so focus
  // stays where it was. They take their new places when the zoom lands.
  const restLayout = useMemo(() => stillLayout(rest), [stillLayout, rest]);
  const movingFactors = useMemo(() => {
    if (!settling) return [];
    const byDomain = new Map<string, { domainId: string; dimmed: boolean; d: string }>();
    for (const f of layout.factors) {
      const dimmed = dimmedIds?.has(f.id) ?? false;
      const key = `${f.parentId}|${dimmed}`;
      const entry = byDomain.get(key) ?? { domainId: f.parentId, dimmed, d: '' };
      entry.d += f.path;
      byDomain.set(key, entry);
    }
    return [...byDomain.entries()];
  }, [settling, layout, dimmedIds]);

  const colours = useMemo(() => domainColourMap(index.model), [index]);
  const names = useMemo(() => {
    const out = new Map<string, string>();
    for (const d of index.model.domains) out.set(d.id, d.label);
    for (const f of index.factors) out.set(f.id, f.label);
    return out;
  }, [index]);
  const ariaLabels = useMemo(() => {
    const out = new Map<string, string>();
    const domains = domainsInGroupOrder(index.model);
    domains.forEach((d, i) => {
      const group = index.groupById.get(d.group)?.label ?? d.group;
      out.set(d.id, `${d.label}, ${group}, domain ${i + 1} of ${domains.length}`);
      d.factors.forEach((f, j) =>
        out.set(f.id, `${f.label}, ${d.label}, factor ${j + 1} of ${d.factors.length}`),
      );
    });
    return out;
  }, [index]);
  const segments = useMemo(() => {
    const out = new Map<string, SegmentData>();
    for (const s of [...layout.domains, ...layout.factors]) out.set(s.id, s);
    return out;
  }, [layout]);
  const layers = useMemo(() => ({ layout, segments, size }), [layout, segments, size]);

  // Where a zoom lands, the labels are drawn in a frame of their own after the shapes (text is
  // the costliest part to draw); until then the labels layer shows only the centre's. In mid-zoom
  // the layout has no ring labels.
  const labelView = useDeferredValue(moving ? null : view);
  const labels = useMemo(
    () =>
      labelItems(
        labelView === view || moving
          ? layout
          : { ...layout, groups: [], domains: [], factors: [], collapsed: [] },
        dimmedIds,
      ),
    [labelView, view, layout, moving, dimmedIds],
  );

  // The one tab stop: the focused segment if still on show, else the selection, else the first.
  const tabStop =
    (focusId && segments.has(focusId) && focusId) ||
    (selectedId && segments.has(selectedId) && selectedId) ||
    layout.domains[0]?.id;

  // React Router's navigate changes with every location. A stable handler that reads the latest
  // one keeps every Segment's memo intact, so selecting re-renders two segments, not seventy.
  const latestNav = useRef({ navigate, search });
  useLayoutEffect(() => {
    latestNav.current = { navigate, search };
  }, [navigate, search]);
  // A click paints the segment's outline at once (what Event Timing's next paint shows); the page
  // it opens is rendered after that paint, in a transition, so it never holds up a frame.
  const onActivate = useCallback((segment: SegmentData) => {
    const to = segment.kind === 'domain' ? paths.domain(segment.id) : paths.factor(segment.id);
    const { navigate: go, search: query } = latestNav.current;
    useStore.getState().selectSegment(segment.id);
    afterNextPaint(() => startTransition(() => void go(withSticky(to, query))));
  }, []);
  // Once the address has changed, the selection it names is the one outlined.
  useEffect(() => useStore.getState().selectSegment(null), [pathname]);

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (!isNavigationKey(event.key)) return;
    const current = (event.target as Element).getAttribute('data-focus-id');
    if (!current) return;
    // Only what is drawn can take focus: factors of a collapsed domain are reached by zooming in.
    const reachable = keyboardRings(index, zoomedDomainId);
    const rings = { ...reachable, factors: reachable.factors.filter((id) => segments.has(id)) };
    const move = nextFocus(index, rings, current, event.key, zoomedDomainId);
    event.preventDefault();
    if (!move) return;
    const domainOfMove = 'focus' in move ? index.domainOfFactor.get(move.focus) : undefined;
    if ('focus' in move && domainOfMove && !segments.has(move.focus)) {
      focusSegment(move.focus);
      navigate(withSticky(paths.domain(domainOfMove.id), search));
      focusElement(move.focus, ZOOM_DURATION_MS * 3);
    } else if ('focus' in move) {
      focusSegment(move.focus);
      focusElement(move.focus);
    } else {
      focusSegment(move.navigateToDomain);
      navigate(withSticky(paths.domain(move.navigateToDomain), search));
      focusElement(move.navigateToDomain);
    }
  };

  const zoomOut = useCallback(
    () => navigate(withSticky(paths.model(), search)),
    [navigate, search],
  );
  const half = { x: size.width / 2, y: size.height / 2 };
  // Drawn at build time, the diagram scales to whatever box the page gives it until React draws
  // it again at the measured size.
  const fluid = size === PRERENDER_SIZE;
  const frameAttrs = {
    width: fluid ? '100%' : size.width,
    height: fluid ? '100%' : size.height,
    viewBox: diagramViewBox(size),
  };
  const colourOf = colours.of;
  const domainOf = (s: SegmentData) => (s.kind === 'domain' ? s.id : s.parentId);
  const zoomedLabel = zoomedDomainId ? names.get(zoomedDomainId) : undefined;
  const disc = layout.centre[0];
  const hint = zoomedDomainId && disc ? centreHint(disc.outerRadius, disc.label) : null;

  return (
    <div className="diagram" ref={containerRef}>
      {measured && (
        <svg
          ref={svgRef}
          role="application"
          aria-roledescription="radial diagram"
          aria-label={`${index.model.title}${zoomedLabel ? `, zoomed into ${zoomedLabel}` : ''}`}
          aria-describedby="diagram-help"
          // The segments are the tab stop; the drawing itself is not.
          tabIndex={-1}
          // How many factors this drawing holds: the journeys find the diagram by it.
          data-factors={index.factors.length}
          {...frameAttrs}
          onKeyDown={onKeyDown}
        >
          <Centre
            layout={layout}
            rings={index.model.centre}
            zoomed={Boolean(zoomedDomainId)}
            onZoomOut={zoomOut}
          />
          <g className="ring ring--groups" aria-hidden="true">
            {layout.groups.map((g) => (
              <path key={g.id} d={g.path} fill={GROUP_BAND} />
            ))}
          </g>
          <g className="ring ring--collapsed" aria-hidden="true">
            {layout.collapsed.map((band) => (
              // A pointer on a band zooms into its domain, as the domain itself would.
              <path
                key={band.id}
                d={band.path}
                fill={colourOf(band.id).factorFill}
                stroke={colourOf(band.id).border}
                onClick={() => onActivate(band)}
              />
            ))}
          </g>
          {[layout.domains, restLayout.factors].map((ring, r) => (
            <g
              key={r}
              className={
                r === 0
                  ? 'ring ring--domains'
                  : `ring ring--factors${settling ? ' ring--settling' : ''}`
              }
            >
              {ring.map((s) => {
                const c = colourOf(domainOf(s));
                return (
                  <Segment
                    key={s.id}
                    segment={s}
                    domainId={domainOf(s)}
                    fill={s.kind === 'domain' ? c.domainFill : c.factorFill}
                    border={c.border}
                    ariaLabel={`${ariaLabels.get(s.id) ?? s.id}${dimmedIds?.has(s.id) ? ', faded by the lens' : ''}`}
                    selected={s.id === selectedId}
                    tabbable={s.id === tabStop}
                    dimmed={dimmedIds?.has(s.id) ?? false}
                    onActivate={onActivate}
                  />
                );
              })}
            </g>
          ))}
          <g className="ring ring--moving" aria-hidden="true">
            {movingFactors.map(([key, { domainId, dimmed, d }]) => (
              <path
                key={key}
                className={dimmed ? 'segment__shape is-dimmed' : 'segment__shape'}
                d={d}
                fill={dimmed ? undefined : colourOf(domainId).factorFill}
                stroke={dimmed ? undefined : colourOf(domainId).border}
              />
            ))}
          </g>
        </svg>
      )}
      {measured && (
        // The features' layers, then the labels, then the selection and focus outlines, each in
        // a layer of its own above the shapes: selecting or focusing repaints only the nearly
        // empty overlay, not the diagram. The features' layers lie beneath the labels, so a
        // label always reads over what a feature draws (the evidence map's links); a layer
        // hides what is only decoration from assistive technology itself.
        <>
          {children && (
            <svg className="diagram__layer" {...frameAttrs}>
              <DiagramLayoutContext.Provider value={layers}>
                {children}
              </DiagramLayoutContext.Provider>
            </svg>
          )}
          <svg className="diagram__layer" aria-hidden="true" {...frameAttrs}>
            <LabelLayer items={labels} timing={`cwb-diagram-${index.factors.length}`} />
            {hint && (
              <text
                className="centre__hint"
                y={hint.y}
                textAnchor="middle"
                dominantBaseline="central"
                fontSize={hint.fontSize}
              >
                {hint.text}
              </text>
            )}
          </svg>
          <svg className="diagram__layer" aria-hidden="true" {...frameAttrs}>
            <SelectionOutline selectedId={selectedId} segments={segments} />
            <FocusRing svgRef={svgRef} segments={segments} />
          </svg>
        </>
      )}
      <Tooltip segments={segments} names={names} centre={half} />
      {layout.collapsed.length > 0 && <TooManyToDraw factorCount={index.factors.length} />}
      <p id="diagram-help" className="visually-hidden">
        Left and Right arrows move around a ring. Up moves out to the factors, Down moves in to the
        domains. Enter opens the focused item. Escape goes back one level.
      </p>
    </div>
  );
}
