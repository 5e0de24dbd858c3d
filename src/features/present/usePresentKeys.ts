import { useEffect, useRef, useState } from 'react';
import { isTyping } from '../../page/keyboard';

export interface PresentKeyActions {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  jump: (step: number) => void;
  toggleBlank: () => void;
  leave: () => void;
}

/** What a key does in a presentation; clickers send arrows, Page Up/Down, and B or "." to blank. */
export function presentKeyAction(
  key: string,
): Exclude<keyof PresentKeyActions, 'jump'> | 'digit' | 'enter' | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'toggleBlank';
    case 'Escape':
      return 'leave';
    case 'Enter':
      return 'enter';
    default:
      return /^[0-9]$/.test(key) ? 'digit' : null;
  }
}

/**
 * The presentation's keys, anywhere on the page but in a text field or an open dialog. Digits
 * collect a step number that Enter jumps to; the number typed so far is returned for display.
 */
export function usePresentKeys(actions: PresentKeyActions, enabled: boolean): string {
  const [typed, setTyped] = useState('');
  const latest = useRef({ actions, typed });
  useEffect(() => {
    latest.current = { actions, typed };
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || (event.target as Element).closest?.('[role="dialog"]')) return;
      // A focused button or link keeps its own Enter and Space.
      const onControl = (event.target as Element).closest?.('button, a, summary, select');
      const action = presentKeyAction(event.key);
      if (!action || (onControl && (event.key === 'Enter' || event.key === ' '))) return;
      event.preventDefault();
      const { actions: a, typed: t } = latest.current;
      if (action === 'digit') setTyped((t + event.key).slice(-3));
      else if (action === 'enter') {
        if (t) a.jump(Number(t));
        setTyped('');
      } else {
        setTyped('');
        a[action]();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
  return typed;
}
