import { memo, type KeyboardEvent } from 'react';
import type { Segment as SegmentData } from '../layout/radial';
import { useStore } from '../store/store';

export interface SegmentProps {
  segment: SegmentData;
  domainId: string;
  fill: string;
  border: string;
  ariaLabel: string;
  selected: boolean;
  tabbable: boolean;
  /** Faded because a filter leaves it out; it stays focusable and named. */
  dimmed: boolean;
  onActivate: (segment: SegmentData) => void;
}

/**
 * One focusable arc of the diagram. It subscribes only to its own hover state and its domain's,
 * so moving the pointer re-renders a handful of segments, not the whole ring. Its label is drawn
 * in the labels layer above, so the button's accessible name is the whole of what it says.
 */
export const Segment = memo(function Segment(props: SegmentProps) {
  const { segment, domainId, fill, border, ariaLabel, selected, tabbable, dimmed, onActivate } =
    props;
  const hovered = useStore((s) => s.hoveredId === segment.id);
  const related = useStore((s) => s.hoveredDomainId === domainId);
  // Actions are read when needed, not subscribed to: two subscriptions a segment, not four.
  const { hoverSegment, focusSegment } = useStore.getState();

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(segment);
    }
  };
  const state = [
    'segment',
    `segment--${segment.kind}`,
    hovered && 'is-hovered',
    related && 'is-related',
    selected && 'is-selected',
    dimmed && 'is-dimmed',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <g
      className={state}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={ariaLabel}
      aria-current={selected ? 'true' : undefined}
      data-focus-id={segment.id}
      onClick={() => onActivate(segment)}
      onKeyDown={onKeyDown}
      onFocus={() => {
        focusSegment(segment.id);
        hoverSegment(segment.id, domainId);
      }}
      onBlur={() => hoverSegment(null)}
      onPointerEnter={() => hoverSegment(segment.id, domainId)}
      onPointerLeave={() => hoverSegment(null)}
    >
      <path className="segment__shape" d={segment.path} fill={fill} stroke={border} />
    </g>
  );
});
