import { useEffect, useRef, type ReactNode } from 'react';
import { pageLoad } from '../page/pageLoad';
import { ModelAttribution } from '../shell/ModelAttribution';

/**
 * The side panel's frame: a labelled region with a heading that takes focus when a person opens
 * it, and an optional close button.
 */
export function PanelFrame({
  kicker,
  title,
  onClose,
  closeLabel = 'Close panel',
  focusOnChange,
  variant = 'context',
  children,
}: {
  kicker?: ReactNode;
  title: string;
  onClose?: () => void;
  closeLabel?: string;
  /** A key for the content: when it appears or changes after page load, the heading takes focus. */
  focusOnChange?: string;
  /** "detail" panels become a bottom sheet on a phone; "context" ones sit below the diagram. */
  variant?: 'detail' | 'context';
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnChange === undefined || !pageLoad.settled) return;
    // Focus once the panel has painted: focusing forces a layout, which need not delay the paint.
    // The heading is at the top of its panel already, so the browser need not scroll.
    const frame = requestAnimationFrame(() =>
      setTimeout(() => heading.current?.focus({ preventScroll: true })),
    );
    return () => cancelAnimationFrame(frame);
  }, [focusOnChange]);
  return (
    <aside className={`panel panel--${variant}`} aria-labelledby="panel-title">
      <header className="panel__header">
        <div>
          {kicker && <p className="panel__kicker">{kicker}</p>}
          <h2 id="panel-title" ref={heading} tabIndex={-1}>
            {title}
          </h2>
        </div>
        {onClose && (
          <button type="button" className="panel__close" onClick={onClose} aria-label={closeLabel}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      <div className="panel__body">{children}</div>
      <ModelAttribution className="panel__footer" />
    </aside>
  );
}
