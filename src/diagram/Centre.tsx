import type { KeyboardEvent } from 'react';
import type { RadialLayout } from '../layout/radial';
import type { CentreRing } from '../model/types';
import { centreFill } from '../theme/palette';

/**
 * The centre rings' shapes. At the top level they are a picture with a name; zoomed in, the
 * whole centre becomes the button that zooms back out. Their labels live in the labels layer.
 */
export function Centre({
  layout,
  rings,
  zoomed,
  onZoomOut,
}: {
  layout: RadialLayout;
  rings: CentreRing[];
  zoomed: boolean;
  onZoomOut: () => void;
}) {
  const name = rings.map((r) => r.label).join(', surrounded by ');
  const interactive = zoomed
    ? {
        role: 'button',
        tabIndex: 0,
        'aria-label': 'Zoom out to the whole model',
        onClick: onZoomOut,
        onKeyDown: (e: KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onZoomOut();
          }
        },
        'data-focus-id': '__centre',
      }
    : { role: 'img', 'aria-label': name };
  return (
    <g className={zoomed ? 'centre centre--button' : 'centre'} {...interactive}>
      {[...layout.centre].reverse().map((disc) => {
        const i = layout.centre.indexOf(disc);
        return (
          <path key={disc.id} d={disc.path} fill={centreFill(i)} stroke="#6b6048" strokeWidth={1} />
        );
      })}
    </g>
  );
}
