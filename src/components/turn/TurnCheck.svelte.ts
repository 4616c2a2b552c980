/**
 * State of the TURN server check: the server list (the ICE server editor's
 * rows), where the peers are, optional REST credential derivation, and one
 * check run — per TURN URL an allocation probe then, if a relay came back, a
 * relay data test (`src/lib/browser/turnProbe.ts`). Verdicts come from
 * `src/lib/turn/turnCheckVerdict.ts`. The secret lives only in this object.
 */
import type { IceServerRow } from '../../lib/ice/iceServerRows.ts';
import { splitUrls, toRtcIceServers } from '../../lib/ice/iceServerRows.ts';
import { hasRtcPeerConnection } from '../../lib/browser/gather.ts';
import { probeAllocation, relayDataTest } from '../../lib/browser/turnProbe.ts';
import { parseIceServerUrl, type IceServerUrl } from '../../lib/ice/parseIceServerUrl.ts';
import { decodeRestUsername, expiryStatus, mintRestCredentials } from '../../lib/turn/restCredentials.ts';
import type { AllocationEvidence, CredentialSource, DataEvidence, PeerLocation, TurnCheckVerdict } from '../../lib/turn/turnCheckVerdict.ts';
import { transportVariants, turnCheckVerdict } from '../../lib/turn/turnCheckVerdict.ts';
import type { Lang } from '../../i18n/locales.ts';
import { translator } from '../../i18n/dictionary.ts';
import { turnText } from './strings.ts';
import { iceText } from '../../lib/ice/messages.ts';

/** Time limit of one allocation probe. */
const ALLOCATION_TIMEOUT_MS = 10_000;

/** One checked URL's evidence. */
interface Evidence {
  readonly url: IceServerUrl;
  readonly allocation: AllocationEvidence;
  readonly data: DataEvidence | null;
  readonly credentials: CredentialSource;
  readonly nowSeconds: number;
}

/** One checked URL: its evidence and the verdict for the peers' location chosen now. */
export interface CheckedUrl extends Evidence {
  readonly verdict: TurnCheckVerdict;
}

/** A username in the editor that decodes as a REST username. */
export interface DecodedRow {
  readonly n: number;
  readonly user: string;
  readonly expiry: number;
  readonly expired: boolean;
  readonly minutes: number;
}

export class TurnCheck {
  readonly lang: Lang;
  readonly id: string;
  readonly t;

  // One empty row from the start, rendered on the server too, so the widget
  // already has its final size before hydration (nothing moves).
  servers = $state<IceServerRow[]>([{ id: 'r0', urls: '', username: '', credential: '' }]);
  // The closed-network reader's case first: a private relay address is right
  // there, and flagging it by default would advise an external-ip they lack.
  peers = $state<PeerLocation>('same-network');
  /** The shared secret: never stored, sent or put in a URL. */
  secret = $state('');
  restUser = $state('check');
  lifetime = $state('3600');
  restMessage = $state('');
  restError = $state('');
  notice = $state('');
  ready = $state(false);
  attempted = $state(false);
  /** The derived username (what was derived here, to tell derived from typed passwords). */
  #derived = $state.raw<{ username: string; password: string } | null>(null);
  #running = $state(false);
  #progress = $state('');
  #results = $state.raw<Evidence[]>([]);
  #unsupported = $state(false);
  #now = $state(Math.floor(Date.now() / 1000));

  validation = $derived(toRtcIceServers(this.servers));
  /** Verdicts, recomputed when the reader changes where the peers are. */
  checked = $derived<CheckedUrl[]>(this.#results.map((r) => ({ ...r, verdict: turnCheckVerdict({ ...r, peers: this.peers }) })));

  /** Editor usernames that are REST usernames, with their expiry on this clock. */
  decoded = $derived<DecodedRow[]>(
    this.servers.flatMap((row, i) => {
      if (row.username === '' || !splitUrls(row.urls).some((u) => /^turns?:/i.test(u))) return [];
      const d = decodeRestUsername(row.username);
      if (!d.ok) return [];
      const expired = expiryStatus(d.value.expiry, this.#now) === 'expired';
      return [{ n: i + 1, user: d.value.user ?? '', expiry: d.value.expiry, expired, minutes: Math.abs(Math.round((d.value.expiry - this.#now) / 60)) }];
    }),
  );

  constructor(lang: Lang, id: string) {
    this.lang = lang;
    this.id = id;
    this.t = translator(lang, turnText, iceText);
  }

  get running(): boolean {
    return this.#running;
  }
  get progress(): string {
    return this.#progress;
  }

  get status(): string {
    if (this.#unsupported) return this.t('status.unsupported');
    if (this.#running) return this.#progress;
    if (this.#results.length === 0) return this.t('status.idle');
    return this.t('status.done', { total: this.checked.length, ok: this.checked.filter((r) => r.verdict.overall === 'ok').length });
  }

  /**
   * After hydration: checks for RTCPeerConnection and keeps the clock of the
   * expiry notes current.
   *
   * @returns Cleanup for unmount.
   */
  mount(): () => void {
    this.#unsupported = !hasRtcPeerConnection();
    const timer = setInterval(() => (this.#now = Math.floor(Date.now() / 1000)), 30_000);
    this.ready = true;
    return () => clearInterval(timer);
  }

  /** Replaces each TURN URL by its udp, tcp and TLS-443 variants (keeping credentials). */
  addVariants(): void {
    let changed = false;
    this.servers = this.servers.map((row) => {
      const urls = splitUrls(row.urls).flatMap((u) => {
        const v = transportVariants(u);
        if (v === null) return [u];
        changed = true;
        return v;
      });
      return { ...row, urls: [...new Set(urls)].join(', ') };
    });
    this.notice = changed ? '' : this.t('variants.none');
  }

  /** Derives REST credentials from the secret and fills every TURN row. */
  async derive(): Promise<void> {
    this.restError = '';
    this.restMessage = '';
    const now = Math.floor(Date.now() / 1000);
    const lifetime = Number(this.lifetime.trim());
    const minted = await mintRestCredentials({ secret: this.secret, user: this.restUser.trim(), lifetimeSeconds: Number.isFinite(lifetime) ? lifetime : NaN, nowSeconds: now });
    if (!minted.ok) {
      this.restError = this.t(`rest.error.${minted.error.code}` as 'rest.error.empty-secret');
      return;
    }
    const { username, password, expiry } = minted.value;
    this.#derived = { username, password };
    this.#now = now;
    let count = 0;
    this.servers = this.servers.map((row) => {
      if (!splitUrls(row.urls).some((u) => /^turns?:/i.test(u))) return row;
      count += 1;
      return { ...row, username, credential: password };
    });
    const when = new Date(expiry * 1000).toISOString().replace('T', ' ').slice(0, 19);
    this.restMessage = count > 0 ? this.t('rest.derived', { username, expiry: when, count }) : this.t('rest.noTurnRows', { username });
  }

  /** Runs the check over every TURN URL, one after the other. */
  async run(): Promise<void> {
    if (this.#running || this.#unsupported) return;
    const checked = this.validation;
    this.notice = '';
    if (!checked.ok) {
      this.attempted = true;
      this.notice = this.t('status.fix');
      return;
    }
    const targets: { url: IceServerUrl; server: RTCIceServer }[] = [];
    for (const server of checked.value) {
      const urls = typeof server.urls === 'string' ? [server.urls] : server.urls;
      for (const text of urls) {
        const parsed = parseIceServerUrl(text);
        if (parsed.ok && parsed.value.kind === 'turn') targets.push({ url: parsed.value, server: { ...server, urls: text } });
      }
    }
    if (targets.length === 0) {
      this.notice = this.t('status.noTurn');
      return;
    }
    this.attempted = false;
    this.#running = true;
    this.#results = [];
    const derived = this.#derived;
    try {
      for (const [i, target] of targets.entries()) {
        this.#progress = this.t('running', { done: i + 1, total: targets.length, url: target.url.url });
        const allocation = await probeAllocation(target.server, ALLOCATION_TIMEOUT_MS);
        let data: DataEvidence | null = null;
        if (allocation.relay !== null) {
          data = await relayDataTest(target.server, {
            onProgress: (f) => {
              this.#progress = this.t('data.progress', { url: target.url.url, percent: Math.floor(f * 100) });
            },
          });
        }
        const username = typeof target.server.username === 'string' ? target.server.username : '';
        const decoded = decodeRestUsername(username);
        const credentials = decoded.ok
          ? { kind: 'rest' as const, expiry: decoded.value.expiry, derivedHere: derived !== null && derived.username === username && derived.password === target.server.credential }
          : { kind: 'static' as const };
        const nowSeconds = Math.floor(Date.now() / 1000);
        this.#now = nowSeconds;
        this.#results = [...this.#results, { url: target.url, allocation, data, credentials, nowSeconds }];
      }
    } finally {
      this.#running = false;
      this.#progress = '';
    }
  }
}
