/**
 * State of the NAT mapping hint: two STUN URLs, checked by
 * `checkMappingServers`, three gathering rounds (`src/lib/browser/mappingProbe.ts`)
 * and the classification of `src/lib/turn/mappingHint.ts`.
 */
import type { Lang } from '../../i18n/locales.ts';
import { translator } from '../../i18n/dictionary.ts';
import { hasRtcPeerConnection } from '../../lib/browser/gather.ts';
import { probeMapping } from '../../lib/browser/mappingProbe.ts';
import type { MappingEvidence, MappingHint as Hint } from '../../lib/turn/mappingHint.ts';
import { checkMappingServers, classifyMapping, mappingServersErrorParams } from '../../lib/turn/mappingHint.ts';
import { turnText } from './strings.ts';
import { iceText } from '../../lib/ice/messages.ts';

/** Time limit of each gathering round. */
const ROUND_TIMEOUT_MS = 8_000;

export class MappingHint {
  readonly lang: Lang;
  readonly id: string;
  readonly t;
  urlA = $state('');
  urlB = $state('');
  ready = $state(false);
  /** `true` once the reader pressed the button with this input (shows input errors only then). */
  attempted = $state(false);
  #running = $state(false);
  #evidence = $state.raw<MappingEvidence | null>(null);
  #unsupported = $state(false);

  /** The two URLs, checked. */
  checked = $derived(checkMappingServers(this.urlA, this.urlB));
  /** The classification of the last run. */
  hint = $derived<Hint | null>(this.#evidence === null ? null : classifyMapping(this.#evidence));

  constructor(lang: Lang, id: string) {
    this.lang = lang;
    this.id = id;
    this.t = translator(lang, turnText, iceText);
  }

  get running(): boolean {
    return this.#running;
  }
  get evidence(): MappingEvidence | null {
    return this.#evidence;
  }
  get unsupported(): boolean {
    return this.#unsupported;
  }

  /** The input error in the page language, or `''`. */
  get inputError(): string {
    const c = this.checked;
    if (c.ok) return '';
    return this.t(`map.error.${c.error.code}`, mappingServersErrorParams(this.lang, c.error, this.urlA));
  }

  /**
   * After hydration: checks for RTCPeerConnection.
   *
   * @returns Cleanup for unmount.
   */
  mount(): () => void {
    this.#unsupported = !hasRtcPeerConnection();
    this.ready = true;
    return () => {};
  }

  /** Runs the three rounds with the two checked URLs. */
  async run(): Promise<void> {
    this.attempted = true;
    const c = this.checked;
    if (!c.ok || this.#running || this.#unsupported) return;
    this.#running = true;
    try {
      const evidence = await probeMapping(c.value.a.url.trim(), c.value.b.url.trim(), ROUND_TIMEOUT_MS);
      if (evidence === null) this.#unsupported = true;
      else this.#evidence = evidence;
    } finally {
      this.#running = false;
    }
  }
}
