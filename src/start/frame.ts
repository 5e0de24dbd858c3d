import { OWN_MODEL_WORDS, shorten } from '../model/origin';
import type { Model } from '../model/types';
import { STORAGE_KEY } from '../store/keys';
import { rootClaimed, sketchShown } from './page';

// The page's frame for a model linked on this site, before the app has loaded: shown as soon as
// the page is read (src/main.tsx), then filled in by the sketch (./sketch.ts) once the model has
// come and passed its checks. Everything from the model is set as text, never as markup.

/** Only the explorer's home shows the whole diagram, and only if the outline was not chosen. */
export function onHome() {
  if (location.pathname !== '/') return false;
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as {
      state?: { viewMode?: unknown };
    } | null;
    return saved?.state?.viewMode !== 'outline';
  } catch {
    return true;
  }
}

function htmlEl(name: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(name);
  if (className) el.className = className;
  el.append(...children);
  return el;
}

/** The frame on show: where the sketch draws, and the notice it words once the model is known. */
interface Frame {
  root: HTMLElement;
  diagram: HTMLElement;
  notice: HTMLElement;
}

/**
 * Shows the page's frame (built for `/`, hidden until now) for a model from `host`: the header,
 * an empty diagram and a panel that say a model from there is being opened, with the notice that
 * it is not the NAM model. Nothing of the NAM model's own drawing or text stays. Returns the
 * frame, or null where there is none to show (another address, the outline chosen, or the app
 * has the page already). The app's first render replaces it, as it does the sketch.
 */
export function showLinkedFrame(host: string): Frame | null {
  const root = document.getElementById('root');
  const diagram = root?.querySelector<HTMLElement>('.diagram');
  const main = root?.querySelector('main');
  if (!root || !diagram || !main || rootClaimed() || !onHome()) return null;
  const shown = root.querySelector<HTMLElement>('.provenance__text');
  if (shown) return { root, diagram, notice: shown };

  const opening = `A model from ${host}`;
  const notice = htmlEl(
    'p',
    'provenance__text',
    htmlEl('strong', '', OWN_MODEL_WORDS.notNam),
    ' Opening a model from ',
    htmlEl('strong', '', host),
    '…',
  );
  // The back button works once the app is ready: a click before then is held and replayed.
  const banner = htmlEl('section', 'provenance', notice);
  banner.append(htmlEl('button', 'provenance__back', OWN_MODEL_WORDS.back));
  banner.setAttribute('aria-label', 'Whose model this is');
  main.before(banner);
  main.querySelector('h1')?.replaceChildren(opening);
  const panel = root.querySelector('.panel');
  panel?.querySelector('h2')?.replaceChildren(opening);
  const status = htmlEl('p', 'panel__description', 'Opening the model and checking it…');
  status.setAttribute('role', 'status');
  panel?.querySelector('.panel__body')?.replaceChildren(status);
  panel?.querySelector('.panel__footer')?.replaceChildren('For understanding, not diagnosis.');
  diagram.setAttribute('aria-busy', 'true');
  diagram.replaceChildren();
  document.documentElement.classList.remove('no-prerender');
  sketchShown();
  return { root, diagram, notice };
}

/** Names `model` in the frame, as the app's banner, heading and panel footer will. */
export function nameModelInFrame(frame: Frame, model: Model, url: string, host: string) {
  const origin = { kind: 'url', url, host } as const;
  frame.notice.replaceChildren(
    htmlEl('strong', '', OWN_MODEL_WORDS.notNam),
    ` You are viewing “${shorten(model.title)}”, opened from `,
    htmlEl('strong', '', host),
    `. ${OWN_MODEL_WORDS.unchecked}`,
  );
  frame.root.querySelector('main h1')?.replaceChildren(model.title);
  const panel = frame.root.querySelector('.panel');
  panel?.querySelector('h2')?.replaceChildren(model.title);
  panel
    ?.querySelector('.panel__body')
    ?.replaceChildren(htmlEl('p', 'panel__description', model.description));
  panel
    ?.querySelector('.panel__footer')
    ?.replaceChildren(OWN_MODEL_WORDS.attribution(model.title, origin));
}
