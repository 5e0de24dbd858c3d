import { afterEach, describe, expect, it } from 'vitest';
import { focusElement } from '../../src/diagram/Diagram';

/** A button for `id` that cannot take focus until `ready()` (as a hidden factor button). */
function segmentFor(id: string) {
  const el = document.createElement('button');
  el.setAttribute('data-focus-id', id);
  let focusable = false;
  const focus = el.focus.bind(el);
  el.focus = (options?: FocusOptions) => {
    if (focusable) focus(options);
  };
  document.body.append(el);
  return { el, ready: () => void (focusable = true) };
}

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(n);
  });

afterEach(() => document.body.replaceChildren());

describe('moving focus to a diagram element', () => {
  it('takes it at once when it can', () => {
    const { el, ready } = segmentFor('autonomy');
    ready();
    focusElement('autonomy');
    expect(document.activeElement).toBe(el);
  });

  it('waits for an element that cannot take focus yet (a zoom still moving), then takes it', async () => {
    const { el, ready } = segmentFor('autonomy');
    focusElement('autonomy');
    expect(document.activeElement).not.toBe(el);
    await frames(3);
    ready();
    await frames(2);
    expect(document.activeElement).toBe(el);
  });

  it('gives up if the person moves focus elsewhere meanwhile', async () => {
    const { el, ready } = segmentFor('autonomy');
    const other = document.createElement('input');
    document.body.append(other);
    focusElement('autonomy');
    other.focus();
    ready();
    await frames(3);
    expect(document.activeElement).toBe(other);
    expect(el).not.toBe(document.activeElement);
  });

  it('gives way to a later request', async () => {
    const first = segmentFor('autonomy');
    const second = segmentFor('workload');
    focusElement('autonomy');
    focusElement('workload');
    first.ready();
    await frames(2);
    second.ready();
    await frames(2);
    expect(document.activeElement).toBe(second.el);
  });
});
