/**
 * State of the candidate gatherer: the server list and options, one
 * gathering round at a time (through `src/lib/browser/gather.ts`), and
 * everything derived from it — rows, verdicts, readings, exports — by the
 * pure functions of `src/lib/ice`. The component only renders this.
 */
import type { IceServerRow } from '../../lib/ice/iceServerRows.ts';
import { newRowId, splitUrls, toRtcIceServers } from '../../lib/ice/iceServerRows.ts';
import type { GatheringEnd, GatheringRun } from '../../lib/browser/gather.ts';
import { hasRtcPeerConnection, startGathering } from '../../lib/browser/gather.ts';
import { readHashStateDetailed, shareUrl } from '../../lib/browser/hashState.ts';
import { copyText } from '../../lib/browser/clipboard.ts';
import type { GatheredCandidateRecord, GatheringErrorRecord, GatheringRecord } from '../../lib/ice/gatheringResult.ts';
import { candidateRow, gatheringResultToJson, gatheringResultToMarkdown, reportOf } from '../../lib/ice/gatheringResult.ts';
import { clampTimeout, gathererStateFromParams, gathererStateToParams, TIMEOUT_SECONDS } from '../../lib/ice/gathererShareState.ts';
import type { GatheringCompletion } from '../../lib/ice/gatheringVerdict.ts';
import { forgetServers, loadSavedServers, saveServers } from '../../lib/browser/savedServers.ts';
import { announceSrflx } from '../../lib/browser/srflxCandidate.ts';
import { askForRealAddresses, type LocalAddressesState } from '../../lib/browser/mediaPermission.ts';
import { translator } from '../../i18n/dictionary.ts';
import type { Lang } from '../../i18n/locales.ts';
import { countPhrase, gathererText } from './strings.ts';

/** How long the page may go without showing that gathering runs, when no result has come yet. */
const SHOW_RUNNING_AFTER_MS = 50;
/**
 * How often the elapsed time is redrawn. Every redraw costs a frame on the
 * main thread; at 250 ms a typical round (about 130 ms) finishes before the
 * first one, and a long wait still shows the time moving.
 */
const TICK_MS = 250;

/** Where the gatherer is in its life: before the first round, during one, after one. */
export type GathererPhase = 'idle' | 'gathering' | 'done';

/** Why gathering cannot run in this browser. */
export type Unavailable = { readonly reason: 'missing' | 'blocked'; readonly detail: string } | null;

export class GathererState {
  readonly lang: Lang;
  /** The lookup of the page language. */
  readonly t;
  readonly id: string;

  /** The editor's rows (bound to `IceServerEditor`). */
  servers = $state<IceServerRow[]>([]);
  policy = $state<'all' | 'relay'>('all');
  timeoutSeconds = $state<number>(TIMEOUT_SECONDS.default);
  /** Opt-in: keep servers and credentials in localStorage. */
  remember = $state(false);
  /** Redact addresses in copied results. */
  redact = $state(true);
  /** Redact server URLs (their hosts) in copied results. */
  redactServers = $state(true);
  /** Where the "Show my real local addresses" opt-in stands. */
  localAddresses = $state<LocalAddressesState>('idle');
  /** The browser's own words when the opt-in failed. */
  localAddressesDetail = $state('');
  /** Index of the candidate shown in the inspector panel. */
  selected = $state<number | null>(null);
  /** A short message about the last action (copied, restored, …). */
  notice = $state('');
  /** Text the reader can copy by hand when the clipboard fails. */
  output = $state('');
  shareLink = $state('');
  /** `true` once the component has hydrated. */
  ready = $state(false);
  /** `true` after Start was pressed with a server list the browser would reject. */
  attempted = $state(false);

  #phase = $state<GathererPhase>('idle');
  #candidates = $state.raw<GatheredCandidateRecord[]>([]);
  #errors = $state.raw<GatheringErrorRecord[]>([]);
  #end = $state<GatheringEnd | null>(null);
  #endDetail = $state('');
  #durationMs = $state<number | null>(null);
  #elapsedMs = $state(0);
  #runServers = $state.raw<RTCIceServer[]>([]);
  #runPolicy = $state<'all' | 'relay'>('all');
  #runTimeout = $state<number>(TIMEOUT_SECONDS.default);
  #unavailable = $state<Unavailable>(null);
  #run: GatheringRun | null = null;
  #ticker: ReturnType<typeof setInterval> | undefined;

  /** The server list checked as the browser would check it. */
  validation = $derived(toRtcIceServers(this.servers));
  /** Gathered candidates, parsed, in arrival order. */
  rows = $derived(this.#candidates.map(candidateRow));
  /** The current round as data, for verdicts and exports. */
  record = $derived<GatheringRecord>({
    iceServers: this.#runServers,
    iceTransportPolicy: this.#runPolicy,
    timeoutSeconds: this.#runTimeout,
    candidates: this.#candidates,
    errors: this.#errors,
    completion: this.#completionOf(),
    durationMs: this.#durationMs,
  });
  /** Verdicts and readings from `evaluateGathering`. */
  report = $derived(reportOf(this.record));

  constructor(lang: Lang, id: string) {
    this.lang = lang;
    this.t = translator(lang, gathererText);
    this.id = id;
  }

  get phase(): GathererPhase {
    return this.#phase;
  }
  get errors(): readonly GatheringErrorRecord[] {
    return this.#errors;
  }
  get elapsedMs(): number {
    return this.#elapsedMs;
  }
  get runTimeout(): number {
    return this.#runTimeout;
  }
  get unavailable(): Unavailable {
    return this.#unavailable;
  }

  /** Whether the last round shows Chrome hiding local addresses (.local hosts or raddr 0.0.0.0). */
  get addressesHidden(): boolean {
    return this.rows.some((r) => {
      const c = r.candidate;
      return c !== null && ((c.type === 'host' && c.addressKind === 'mdns') || c.notes.some((n) => n.code === 'hidden-related-address'));
    });
  }

  /**
   * The opt-in: asks for microphone permission (tracks stopped at once,
   * nothing recorded), then gathers again so host candidates carry real
   * addresses and a srflx its real raddr. Nothing happens before the reader
   * presses the button.
   */
  async showRealAddresses(): Promise<void> {
    if (this.localAddresses === 'asking') return;
    this.localAddresses = 'asking';
    this.localAddressesDetail = '';
    const { state, detail } = await askForRealAddresses();
    this.localAddresses = state;
    this.localAddressesDetail = detail;
    if (state !== 'granted' && state !== 'granted-busy') return;
    if (this.#run !== null) this.stop();
    this.start();
  }

  /** The status line, announced politely to screen readers. */
  get status(): string {
    const L = this.lang;
    const counts = { count: countPhrase(L, 'candidates', this.#candidates.length), errors: countPhrase(L, 'errors', this.#errors.length) };
    if (this.#phase === 'idle') return this.t('status.idle');
    if (this.#phase === 'gathering') return this.t('status.started');
    const ms = Math.round(this.#durationMs ?? 0);
    switch (this.#end) {
      case 'timed-out':
        return this.t('status.timed-out', { seconds: this.#runTimeout, ...counts });
      case 'stopped':
        return this.t('status.stopped', { ms, ...counts });
      case 'failed':
        return this.t('status.failed', { detail: this.#endDetail });
      default:
        return this.t('status.complete', { ms, ...counts });
    }
  }

  /**
   * Runs once after hydration: checks for RTCPeerConnection, restores a
   * shared setup from the URL fragment or the opted-in saved list.
   *
   * @param root - The widget's element, scrolled into view when a link targets it.
   * @returns Cleanup for unmount.
   */
  mount(root: HTMLElement | undefined): () => void {
    if (!hasRtcPeerConnection()) this.#unavailable = { reason: 'missing', detail: '' };
    const saved = loadSavedServers();
    const link = readHashStateDetailed(this.id);
    const shared = link?.hasState ? link.params : null;
    if (shared !== null && link !== null) {
      const state = gathererStateFromParams(shared);
      this.servers = state.servers.map((urls) => {
        const joined = urls.join(', ');
        const match = saved?.find((r) => splitUrls(r.urls).join(', ') === joined);
        return { id: newRowId(), urls: joined, username: match?.username ?? '', credential: match?.credential ?? '' };
      });
      this.policy = state.policy;
      this.timeoutSeconds = state.timeoutSeconds;
      this.remember = saved !== null;
      this.notice = link.undecodable.length > 0
        ? this.t('restored.partly', { pieces: link.undecodable.map((p) => (p.length > 60 ? `${p.slice(0, 57)}…` : p)).join(', ') })
        : this.t('restored');
      root?.scrollIntoView({ block: 'start' });
    } else if (saved !== null) {
      this.servers = saved.map((r) => ({ ...r, id: newRowId() }));
      this.remember = true;
    }
    this.ready = true;
    return () => this.stop();
  }

  /**
   * Starts a round with the current servers and options; nothing is sent
   * before this. The page is re-rendered only once the local description is
   * set (`onStarted`) or the first result arrives, so rendering does not
   * delay the start of gathering.
   */
  start(): void {
    if (this.#phase === 'gathering' || this.#run !== null) return;
    const checked = this.validation;
    if (!checked.ok) {
      this.attempted = true;
      return;
    }
    const policy = this.policy;
    const timeout = clampTimeout(this.timeoutSeconds);
    let prepared = false;
    let finished = false;
    const prepare = () => {
      if (prepared) return;
      prepared = true;
      this.attempted = false;
      this.notice = '';
      this.output = '';
      this.selected = null;
      this.#candidates = [];
      this.#errors = [];
      this.#end = null;
      this.#endDetail = '';
      this.#durationMs = null;
      this.#elapsedMs = 0;
      this.#runServers = checked.value;
      this.#runPolicy = policy;
      this.#runTimeout = timeout;
      this.timeoutSeconds = timeout;
      this.#phase = 'gathering';
    };
    const started = startGathering(
      { iceServers: checked.value, iceTransportPolicy: policy, timeoutMs: timeout * 1000 },
      {
        onStarted: () => {
          // Show the running state with the first result, or after a moment if
          // none comes: a re-render (and the frame it causes) between
          // setLocalDescription and the first candidate would delay it.
          setTimeout(prepare, SHOW_RUNNING_AFTER_MS);
          this.#ticker = setInterval(() => {
            if (this.#run !== null) this.#elapsedMs = performance.now() - this.#run.startedAt;
          }, TICK_MS);
        },
        onCandidate: (c) => {
          prepare();
          this.#candidates = [...this.#candidates, c];
          // Offer the reader's server-reflexive address to other widgets on
          // the page (the STUN explorer builds a Binding response for it).
          const { candidate } = candidateRow(c);
          if (candidate !== null && candidate.type === 'srflx') {
            announceSrflx({ address: candidate.address, port: candidate.port });
          }
        },
        onError: (e) => {
          prepare();
          this.#errors = [...this.#errors, e];
        },
        onEnd: (end, ms, detail) => {
          finished = true;
          prepare();
          clearInterval(this.#ticker);
          this.#run = null;
          this.#end = end;
          this.#endDetail = detail ?? '';
          this.#durationMs = ms;
          this.#elapsedMs = ms;
          this.#phase = 'done';
        },
      },
    );
    if (!started.ok) {
      this.#unavailable = { reason: started.reason, detail: started.detail };
      return;
    }
    if (!finished) this.#run = started;
  }

  /** Stops the running round (closing the connection releases TURN allocations). */
  stop(): void {
    this.#run?.stop();
  }

  /** Called by the editor on every change; saves when the reader opted in. */
  serversChanged(rows: IceServerRow[]): void {
    if (this.remember) saveServers(rows);
  }

  /** Turns the opt-in store on or off (off deletes what was saved). */
  setRemember(on: boolean): void {
    this.remember = on;
    if (on) saveServers(this.servers);
    else forgetServers();
  }

  /** Deletes saved servers and credentials from this browser. */
  forget(): void {
    forgetServers();
    this.remember = false;
    this.notice = this.t('forgotten');
  }

  /** Copies the round as a Markdown report or JSON, redacted unless the reader chose otherwise. */
  async copyResult(format: 'markdown' | 'json'): Promise<void> {
    const options = { lang: this.lang, redact: this.redact, redactServers: this.redactServers };
    const text = format === 'markdown' ? gatheringResultToMarkdown(this.record, options) : gatheringResultToJson(this.record, options);
    await this.#copy(text);
  }

  /** Copies a link that reopens this setup: server URLs and options, never credentials. */
  async copyShareLink(): Promise<void> {
    const params = gathererStateToParams({
      servers: this.servers.map((r) => splitUrls(r.urls)),
      policy: this.policy,
      timeoutSeconds: clampTimeout(this.timeoutSeconds),
    });
    this.shareLink = shareUrl(this.id, params);
    await this.#copy(this.shareLink, false);
  }

  async #copy(text: string, showOnFailure = true): Promise<void> {
    if (await copyText(text)) {
      this.output = '';
      this.notice = this.t('copied');
    } else {
      if (showOnFailure) this.output = text;
      this.notice = this.t('copyFailed');
    }
  }

  #completionOf(): GatheringCompletion {
    if (this.#phase === 'gathering') return 'in-progress';
    if (this.#end === 'timed-out') return 'timed-out';
    return 'complete';
  }
}
