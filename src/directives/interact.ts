/**
 * `client:interact`: hydrates a widget when the reader reaches for it — the
 * pointer enters it, a finger or a key lands on it, focus moves into it, a
 * file is dragged over it — and not merely because it scrolled past. Until
 * then the page carries only the server's HTML, which already shows the
 * widget at its final size (so hydrating moves nothing) with its controls
 * disabled. A page of prose with three widgets costs the reader the
 * framework and the widgets' code only for the widgets they use.
 *
 * Hydrates at once, as before, when the page was opened with a link that
 * carries state for a widget inside the island (`#<id>?…`: the two-tab
 * lab's room, a shared NAT demo step, a gatherer's servers), or when the
 * fragment becomes one later (the connectivity matrix sends the demo a
 * scenario that way): a link to a widget's state is a request to run it.
 *
 * Nothing the reader did while the code was loading is lost. A tap or click
 * on a button (enabled, or disabled because the widget was not ready yet),
 * a form submitted with Enter, typing and pasting, a choice in a list, a
 * file chosen or dropped: each is held and replayed, in order, once the
 * widget has mounted (marked its root `data-ready="true"`, the convention
 * every widget here follows). A form is never submitted to the server and a
 * dropped file never replaces the page while the widget is loading.
 *
 * Registered by `src/directives/integration.ts`; runs in the browser before
 * any framework code, so it stays small: the site's fragment parser only.
 */
import type { ClientDirective } from 'astro';
import { parseFragment } from '../lib/browser/hashState.ts';

/** The events that mean the reader has reached for the widget. */
export const REACH_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'dragenter'] as const;

/** How long a replay waits for the widget to mark itself ready after hydrating. */
const READY_WAIT_MS = 5000;

/**
 * The widget id a fragment carries state for (`#<id>?…`), or `null` for no
 * fragment, a plain anchor, or an id that cannot be decoded. State that
 * partly cannot be decoded still counts: the widget loads the rest and
 * says what it left out.
 */
export function stateLinkId(hash: string): string | null {
  const fragment = parseFragment(hash);
  if (!fragment.hasState || fragment.id === '') return null;
  const rawId = (hash.startsWith('#') ? hash.slice(1) : hash).split('?', 1)[0]!;
  return fragment.undecodable.includes(rawId) ? null : fragment.id;
}

/** Whether `hash` carries state for an element inside `island`. */
function linksInto(hash: string, island: HTMLElement): boolean {
  const id = stateLinkId(hash);
  if (id === null) return false;
  const target = document.getElementById(id);
  return target !== null && island.contains(target);
}

/** One thing the reader did before the widget could answer, to replay. */
type Held =
  | { kind: 'click'; button: HTMLButtonElement | HTMLInputElement }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null }
  | { kind: 'drop'; target: Element; files: File[]; text: string };

/** The button (or input button) an event happened on, if any. */
function buttonOf(target: EventTarget | null): HTMLButtonElement | HTMLInputElement | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest('button, input[type="button"], input[type="submit"], input[type="reset"]');
  return button instanceof HTMLButtonElement || button instanceof HTMLInputElement ? button : null;
}

/** Resolves once the island holds an element marked `data-ready="true"`, or after `ms`. */
function whenReady(island: HTMLElement, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const ready = (): boolean => island.querySelector('[data-ready="true"]') !== null;
    if (ready()) return resolve();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve();
    }, ms);
    observer.observe(island, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
}

const interact: ClientDirective = (load, _options, island) => {
  let phase: 'waiting' | 'hydrating' | 'replayed' = 'waiting';
  /** Whether the framework has taken over the island's events. */
  let hydrated = false;
  const held: Held[] = [];
  /** Fields the reader changed, with whether a `change` came too (replayed as events). */
  const edited = new Map<Element, boolean>();
  let pressed: HTMLButtonElement | HTMLInputElement | null = null;

  const listeners: [EventTarget, string, EventListener][] = [];
  const on = (target: EventTarget, type: string, listener: EventListener): void => {
    target.addEventListener(type, listener, { capture: true });
    listeners.push([target, type, listener]);
  };

  /** A macrotask: lets the widget's own updates (buttons enabled, fields read) land first. */
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

  const replay = async (): Promise<void> => {
    phase = 'replayed';
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, { capture: true });
    for (const [field, changed] of edited) {
      if (!field.isConnected) continue;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      if (changed) field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    for (const action of held) {
      await settle();
      if (action.kind === 'click') {
        if (action.button.isConnected && !action.button.disabled) action.button.click();
      } else if (action.kind === 'submit') {
        if (!action.form.isConnected) continue;
        const submitter = action.submitter instanceof HTMLButtonElement || action.submitter instanceof HTMLInputElement ? action.submitter : null;
        action.form.requestSubmit(submitter !== null && submitter.form === action.form && !submitter.disabled ? submitter : undefined);
      } else if (action.target.isConnected) {
        const data = new DataTransfer();
        for (const file of action.files) data.items.add(file);
        if (action.files.length === 0 && action.text !== '') data.setData('text/plain', action.text);
        action.target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
      }
    }
  };

  const start = (): void => {
    if (phase !== 'waiting') return;
    phase = 'hydrating';
    removeEventListener('hashchange', onHash);
    void (async () => {
      const hydrate = await load();
      await hydrate();
      hydrated = true;
      await whenReady(island, READY_WAIT_MS);
      await settle();
      await replay();
    })();
  };

  const onHash = (): void => {
    if (linksInto(location.hash, island)) start();
  };

  for (const type of REACH_EVENTS) on(island, type, start);

  // Before the widget answers: hold what the reader does, keep the page where it is.
  on(island, 'pointerdown', (event) => {
    const button = buttonOf(event.target);
    pressed = button !== null && button.disabled ? button : null;
  });
  on(island, 'pointerup', (event) => {
    // A disabled button gets pointer events but no click: the tap would be lost.
    const button = buttonOf(event.target);
    if (button !== null && button === pressed && button.disabled && phase !== 'replayed') held.push({ kind: 'click', button });
    pressed = null;
  });
  on(island, 'click', (event) => {
    if (hydrated) return;
    const button = buttonOf(event.target);
    if (button !== null && !button.disabled) held.push({ kind: 'click', button });
  });
  on(island, 'submit', (event) => {
    if (hydrated) return;
    event.preventDefault();
    const { submitter } = event as SubmitEvent;
    const last = held.at(-1);
    // A submit button's click, replayed, submits the form again by itself.
    if (last?.kind === 'click' && last.button === submitter) return;
    held.push({ kind: 'submit', form: event.target as HTMLFormElement, submitter });
  });
  for (const type of ['input', 'change']) {
    on(island, type, (event) => {
      if (phase === 'replayed' || !(event.target instanceof Element)) return;
      edited.set(event.target, (edited.get(event.target) ?? false) || type === 'change');
    });
  }
  on(island, 'dragover', (event) => {
    if (!hydrated) event.preventDefault();
  });
  on(island, 'drop', (event) => {
    if (hydrated || !(event.target instanceof Element)) return;
    event.preventDefault();
    const transfer = (event as DragEvent).dataTransfer;
    held.push({ kind: 'drop', target: event.target, files: transfer ? [...transfer.files] : [], text: transfer?.getData('text/plain') ?? '' });
  });

  addEventListener('hashchange', onHash);
  if (linksInto(location.hash, island)) start();
};

export default interact;
