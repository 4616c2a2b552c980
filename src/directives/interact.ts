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
 * If the widget cannot start, it says so under its title in the page's
 * language, with the browser's own error and a Reload button, instead of
 * sitting there disabled:
 * - its code does not arrive (a copy of the site missing files, a proxy
 *   refusing them): Astro's `astro:hydration-error`;
 * - it throws while hydrating: Svelte has cleared the island by then, so
 *   the server's HTML and what the reader had typed are put back first;
 * - it hydrates but has not said it is ready after READY_WAIT_MS (its mount
 *   step threw, or the device is very slow): nothing held is replayed into
 *   it until it does, and the notice goes once it does.
 * No widget form is ever submitted to the server — before, during or after
 * hydration, failed or not: it would put what the reader typed in the
 * page's address. So no widget may rely on a form's native submission.
 *
 * Registered by `src/directives/integration.ts`; runs in the browser before
 * any framework code, so it stays small: the site's fragment parser and one
 * short dictionary.
 */
import type { ClientDirective } from 'astro';
import { parseFragment } from '../lib/browser/hashState.ts';
import { translator } from '../i18n/dictionary.ts';
import { interactText } from './interact.strings.ts';

/** The events that mean the reader has reached for the widget. */
export const REACH_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'dragenter'] as const;

/** How long after hydrating a widget may take to mark itself ready before the reader is told it has not. */
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

/**
 * Resolves `true` once the island holds an element marked
 * `data-ready="true"`, or `false` after `ms` (never, without `ms`).
 */
function whenReady(island: HTMLElement, ms?: number): Promise<boolean> {
  return new Promise((resolve) => {
    const ready = (): boolean => island.querySelector('[data-ready="true"]') !== null;
    if (ready()) return resolve(true);
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(true);
    });
    const timer =
      ms === undefined
        ? undefined
        : setTimeout(() => {
            observer.disconnect();
            resolve(false);
          }, ms);
    observer.observe(island, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  });
}

/** The island's server HTML and its fields' values by id, to put back if the widget fails and takes its HTML with it. */
interface Snapshot {
  readonly html: string;
  readonly values: ReadonlyMap<string, { readonly value: string; readonly checked: boolean }>;
}

function snapshot(island: HTMLElement): Snapshot {
  const values = new Map<string, { value: string; checked: boolean }>();
  for (const field of island.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input[id], textarea[id], select[id]')) {
    values.set(field.id, { value: field.value, checked: field instanceof HTMLInputElement && field.checked });
  }
  return { html: island.innerHTML, values };
}

/** Whether the island takes dropped files (it has a file input; the dump doctor's drop zone wraps one). */
function takesFiles(island: HTMLElement): boolean {
  return island.querySelector('input[type="file"]') !== null;
}

/** Answers a dragged file with the "no drop" cursor; cancelling `dragover` also keeps the browser from opening the file in place of the page. */
function refuseDrop(event: Event): void {
  event.preventDefault();
  const transfer = (event as DragEvent).dataTransfer;
  if (transfer !== null) transfer.dropEffect = 'none';
}

/** Why a widget is not answering: its code did not arrive, it threw while mounting, or it has not said it is ready. */
type Failure = 'load' | 'start' | 'stalled';

/**
 * Tells the reader, inside the widget and under its title, that it could
 * not start: which step failed, the browser's error, and what to do.
 * Replaces an earlier notice. Returns the notice, so it can be taken back.
 */
function showFailure(island: HTMLElement, failure: Failure, error: unknown): HTMLElement {
  const t = translator(document.documentElement.lang === 'ja' ? 'ja' : 'en', interactText);
  const root = island.querySelector(':scope > :not(template, style, script, link)') ?? island;
  island.querySelector('.island-failed')?.remove();
  const notice = document.createElement('div');
  notice.className = 'island-failed';
  notice.setAttribute('role', 'alert');
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 300);
  const lines =
    failure === 'load'
      ? [t('failed.load', { detail }), t('failed.next'), t('failed.copy')]
      : failure === 'start'
        ? [t('failed.start', { detail }), t('failed.next')]
        : [t('failed.stalled', { seconds: READY_WAIT_MS / 1000 })];
  for (const line of lines) {
    const text = document.createElement('p');
    text.textContent = line;
    notice.append(text);
  }
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = t('failed.reload');
  reload.addEventListener('click', () => location.reload());
  notice.append(reload);
  const title = root === island ? null : root.querySelector(':scope > :is(h2, h3, h4)');
  if (title) title.after(notice);
  else root.prepend(notice);
  return notice;
}

const interact: ClientDirective = (load, _options, island) => {
  let phase: 'waiting' | 'hydrating' | 'replayed' | 'failed' = 'waiting';
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

  /** Read through a call: `fail` may run from an event while `start` awaits. */
  const hasFailed = (): boolean => phase === 'failed';

  /** The widget will not answer: say so, let the reader use the page, and never let a dropped file replace it. */
  const fail = (step: 'load' | 'start', error: unknown, restore?: Snapshot): void => {
    phase = 'failed';
    // Svelte clears the island when a component throws while hydrating: put the server's HTML and the reader's input back.
    if (restore !== undefined && island.innerHTML !== restore.html) {
      island.innerHTML = restore.html;
      for (const [id, { value, checked }] of restore.values) {
        const field = island.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`#${CSS.escape(id)}`);
        if (field === null) continue;
        field.value = value;
        if (field instanceof HTMLInputElement) field.checked = checked;
      }
    }
    held.length = 0;
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, { capture: true });
    // A failed widget reads no files, whatever it was built for: "no drop", and the browser does not open the file instead.
    island.addEventListener('dragover', refuseDrop, { capture: true });
    island.addEventListener('drop', (event) => event.preventDefault(), { capture: true });
    showFailure(island, step, error);
  };

  const start = (): void => {
    if (phase !== 'waiting') return;
    phase = 'hydrating';
    removeEventListener('hashchange', onHash);
    void (async () => {
      let step: 'load' | 'start' = 'load';
      let restore: Snapshot | undefined;
      try {
        const hydrate = await load();
        if (hasFailed()) return;
        step = 'start';
        restore = snapshot(island);
        await hydrate();
      } catch (error) {
        fail(step, error, restore);
        return;
      }
      if (hasFailed()) return;
      hydrated = true;
      // A widget that throws in its mount step is not caught above; it never says it is ready. Say so, keep waiting, and replay only into a widget that answers.
      if (!(await whenReady(island, READY_WAIT_MS))) {
        const notice = showFailure(island, 'stalled', null);
        await whenReady(island);
        notice.remove();
      }
      await settle();
      await replay();
    })();
  };

  const onHash = (): void => {
    if (linksInto(location.hash, island)) start();
  };

  for (const type of REACH_EVENTS) on(island, type, start);
  // Astro reports code that did not arrive (after its one retry) with this event, then hands over a hydrate that does nothing.
  on(island, 'astro:hydration-error', (event) => {
    if (event.target === island && phase === 'hydrating') fail('load', (event as CustomEvent<{ error?: unknown }>).detail?.error);
  });

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
  // While it loads, a widget that takes files says "drop here"; any other says "no drop" — and neither lets the browser open the file in place of the page.
  const acceptsFiles = takesFiles(island);
  on(island, 'dragover', (event) => {
    if (hydrated) return;
    if (acceptsFiles) event.preventDefault();
    else refuseDrop(event);
  });
  on(island, 'drop', (event) => {
    if (hydrated || !(event.target instanceof Element)) return;
    event.preventDefault();
    const transfer = (event as DragEvent).dataTransfer;
    held.push({ kind: 'drop', target: event.target, files: transfer ? [...transfer.files] : [], text: transfer?.getData('text/plain') ?? '' });
  });

  // Every widget form is answered in the page; none is ever sent to the server, even by a replay into a widget that never became ready (it would carry what the reader typed, credentials too, in the address).
  island.addEventListener('submit', (event) => event.preventDefault());

  addEventListener('hashchange', onHash);
  if (linksInto(location.hash, island)) start();
};

export default interact;
