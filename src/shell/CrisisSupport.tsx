import { useEffect, useRef } from 'react';

/**
 * Crisis support, one step from every screen: a disclosure in the header. Kept short and calm;
 * it links out only to the lines' own pages.
 */
export function CrisisSupport() {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const el = details.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && el.open) {
        e.stopPropagation();
        el.open = false;
        el.querySelector('summary')?.focus();
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, []);
  return (
    <details className="crisis" ref={details}>
      <summary>Need help now?</summary>
      <div className="crisis__body" role="region" aria-label="Crisis support">
        <CrisisLines />
      </div>
    </details>
  );
}

/** The app's own crisis lines: never taken from a model's text. */
export function CrisisLines() {
  return (
    <>
      <p>
        <strong>In the US, call or text 988</strong> to reach the 988 Suicide &amp; Crisis Lifeline,
        free and confidential, any time of day or night. Chat is at{' '}
        <a href="https://988lifeline.org" target="_blank" rel="noopener noreferrer">
          988lifeline.org
        </a>
        .
      </p>
      <p>
        US physicians and medical students can also call the{' '}
        <a href="https://physiciansupportline.com/faq" target="_blank" rel="noopener noreferrer">
          Physician Support Line
        </a>{' '}
        at 1-888-409-0141 to talk with a volunteer psychiatrist.
      </p>
      <p>
        Outside the US, call your local emergency number or your country&rsquo;s crisis line. If you
        are in immediate danger, call emergency services now.
      </p>
    </>
  );
}
