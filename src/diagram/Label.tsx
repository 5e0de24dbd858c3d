import type { Label as LabelData } from '../layout/radial';
import { lineOffsets, type LabelItem } from './drawing';

/**
 * Draws a label the layout placed; text from data is always rendered as text. `timing` names it
 * for Element Timing, which reports when it was first painted (the benchmark reads it).
 */
export function Label({
  label,
  idPrefix,
  timing,
}: {
  label: LabelData;
  idPrefix: string;
  timing?: string | undefined;
}) {
  const timed: Record<string, string> = timing ? { elementtiming: timing } : {};
  if (label.mode === 'curved') {
    return (
      <>
        {label.paths.map((d, i) => (
          <path key={`p${i}`} id={`${idPrefix}-${i}`} d={d} fill="none" stroke="none" />
        ))}
        {label.lines.map((line, i) => (
          <text
            key={`t${i}`}
            className="label"
            fontSize={label.fontSize}
            dominantBaseline="central"
            {...(i === 0 ? timed : {})}
          >
            <textPath href={`#${idPrefix}-${i}`} startOffset="50%" textAnchor="middle">
              {line}
            </textPath>
          </text>
        ))}
      </>
    );
  }
  const offsets = lineOffsets(label.lines.length);
  const transform =
    label.mode === 'radial'
      ? `translate(${label.x.toFixed(2)},${label.y.toFixed(2)}) rotate(${label.rotate.toFixed(2)})`
      : `translate(${label.x.toFixed(2)},${label.y.toFixed(2)})`;
  return (
    <text
      {...timed}
      className="label"
      transform={transform}
      fontSize={label.fontSize}
      textAnchor="middle"
      dominantBaseline="central"
    >
      {label.lines.map((line, i) => (
        <tspan key={i} x={0} dy={offsets[i]}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Every label of the diagram in one layer above the shapes, hidden from assistive technology
 * (each segment's accessible name already says it in full) and transparent to the pointer.
 */
export function LabelLayer({
  items,
  timing,
}: {
  items: LabelItem[];
  /** Element Timing's name for the first centre label: when the diagram was first painted. */
  timing?: string;
}) {
  const first = items.find((item) => item.kind === 'centre');
  return (
    <g className="labels">
      {items.map((item) => (
        <g
          key={item.id}
          className={`labels__item labels__item--${item.kind}${item.dimmed ? ' labels__item--dimmed' : ''}`}
          data-label-for={item.id}
        >
          <Label
            label={item.label}
            idPrefix={`lbl-${item.id}`}
            timing={item === first ? timing : undefined}
          />
        </g>
      ))}
    </g>
  );
}
