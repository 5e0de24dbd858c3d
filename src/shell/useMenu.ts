import { useEffect, useRef, useState } from 'react';

/**
 * A menu that a button opens beneath a bar (on a phone, what does not fit the bar's one row):
 * opening it moves focus to its first choice, Escape closes it and gives focus back to its button, a press outside it closes it, and so
 * does choosing a link or a button in it. `closeOn` closes it whenever it changes (a new page).
 */
export function useMenu<B extends HTMLElement, M extends HTMLElement>(closeOn?: unknown) {
  const [open, setOpen] = useState(false);
  const button = useRef<B>(null);
  const menu = useRef<M>(null);

  // A new page (or step) closes it, in the same render.
  const [shownFor, setShownFor] = useState(closeOn);
  if (shownFor !== closeOn) {
    setShownFor(closeOn);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    // Into the menu, so the keyboard goes on from its first choice.
    menu.current?.querySelector<HTMLElement>('a[href], button:not(:disabled)')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Before anything else hears it: Escape here closes the menu, nothing more.
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    const onPress = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPress);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPress);
    };
  }, [open]);

  return {
    open,
    buttonProps: {
      ref: button,
      'aria-expanded': open,
      onClick: () => setOpen((o) => !o),
    },
    menuProps: {
      ref: menu,
      onClick: (e: { target: EventTarget }) => {
        if ((e.target as Element).closest('a, button')) setOpen(false);
      },
    },
  };
}
