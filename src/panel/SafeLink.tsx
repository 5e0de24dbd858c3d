import type { ReactNode } from 'react';

/** Only http(s) addresses from data become links; anything else is shown as plain text. */
export function isWebUrl(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function SafeLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isWebUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
