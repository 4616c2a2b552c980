/**
 * State of the NAT-table demo: which scenario with which NAT types, the step
 * on screen, playback, and the URL fragment (`#<id>?s=<scenario state>`).
 * The event list comes from `runScenario` once per configuration, frames
 * from `buildDemoFrames`, captions from `natText` through `t`; this class applies
 * no networking rule of its own.
 */
import {
  encodeScenarioState,
  decodeScenarioState,
  natText,
  isNatTypeId,
  runScenario,
  scenarioIds,
  type NatTypeId,
  type ScenarioId,
  type ScenarioRun,
  type ScenarioState,
  type ScenarioStateError,
  type SimEvent,
  type FilteringBehaviour,
  type MappingBehaviour,
} from '../../lib/nat/index.ts';
import { buildDemoFrames, type DemoFrame } from '../../lib/nat/demoFrames.ts';
import { demoTopology, type DemoTopology } from '../../lib/nat/demoTopology.ts';
import { behavioursOf, clampStep, natTypeForBehaviours, parseDemoInitial, scenarioStartState } from '../../lib/nat/demoState.ts';
import { readHashState, shareUrl, writeHashState } from '../../lib/browser/hashState.ts';
import { translator } from '../../i18n/dictionary.ts';
import type { Lang } from '../../i18n/locales.ts';
import { natUiText } from './strings.ts';
import { watchReducedMotion } from '../../lib/browser/motion.ts';

/** Playback speeds offered; the last one is "full speed". */
export const speeds = [0.5, 1, 2, 4, 8] as const;
export type Speed = (typeof speeds)[number];

/** How long one step stays on screen at 1× speed. */
const baseDwellMs = 3000;
/** Longest a packet takes to cross a link. */
const maxMoveMs = 800;

/** The part of the state that decides the event list. */
type RunConfig = Omit<ScenarioState, 'step'>;

/** One animated move, handed to the diagram. */
export interface MoveRequest {
  /** The step it belongs to. */
  readonly step: number;
  readonly from: string;
  readonly to: string;
  readonly durationMs: number;
}

/** What `applyHash` found. */
export type HashOutcome = 'applied' | 'invalid' | 'none';

function configOf(state: ScenarioState): RunConfig {
  const { step: _step, ...config } = state;
  return config;
}

export class NatDemoState {
  readonly lang: Lang;
  /** The lookup of the page language. */
  readonly t;
  readonly id: string;

  #config = $state.raw<RunConfig>(configOf(scenarioStartState('hole-punch')));
  #step = $state(0);
  #playing = $state(false);
  speed = $state<Speed>(1);
  /** `prefers-reduced-motion: reduce`: nothing moves, captions carry the story. */
  reducedMotion = $state(false);
  /** `true` once hydrated. */
  ready = $state(false);
  /** A localised problem with the link or the `initial` prop. */
  error = $state('');
  /** Result of the last copy action. */
  notice = $state('');
  /** The move the diagram animates for the current step, if any. */
  move = $state.raw<MoveRequest | null>(null);

  readonly run = $derived.by(() => {
    const config = this.#config;
    return runScenario(config.scenario, {
      natA: config.natA,
      natB: config.natB,
      ...(config.outerA === undefined ? {} : { outerA: config.outerA }),
      ...(config.outerB === undefined ? {} : { outerB: config.outerB }),
      turn: config.turn,
      ...(config.relay === true ? { relay: true } : {}),
      ...(config.stun === false ? { stun: false } : {}),
      mdns: config.mdns === true,
      seed: config.seed,
    });
  });
  readonly events: readonly SimEvent[] = $derived(this.run.ok ? this.run.value.events : []);
  readonly frames: readonly DemoFrame[] = $derived(buildDemoFrames(this.events));
  readonly topology: DemoTopology | null = $derived(this.run.ok ? demoTopology(this.run.value) : null);

  #timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param lang - page language
   * @param id - element id, used in the URL fragment
   * @param initial - `initial` prop, e.g. `symmetric-vs-stun.sym.prc` (see `parseDemoInitial`)
   */
  constructor(lang: Lang, id: string, initial: string) {
    this.lang = lang;
    this.t = translator(lang, natUiText, natText);
    this.id = id;
    const parsed = parseDemoInitial(initial);
    if (parsed.ok) {
      this.#config = configOf(parsed.value);
      this.#step = parsed.value.step;
    } else {
      this.error = `${this.t('error.initial')} ${this.#errorText(parsed.error)}`;
    }
    this.#step = clampStep(this.#step, this.events.length);
  }

  get config(): RunConfig {
    return this.#config;
  }

  get scenario(): ScenarioId {
    return this.#config.scenario;
  }

  get step(): number {
    return this.#step;
  }

  get playing(): boolean {
    return this.#playing;
  }

  get lastStep(): number {
    return Math.max(0, this.events.length - 1);
  }

  get atEnd(): boolean {
    return this.#step >= this.lastStep;
  }

  get event(): SimEvent | undefined {
    return this.events[this.#step];
  }

  get frame(): DemoFrame | undefined {
    return this.frames[this.#step];
  }

  get scenarioRun(): ScenarioRun | undefined {
    return this.run.ok ? this.run.value : undefined;
  }

  /** The caption of the step on screen, in the page language. */
  get caption(): string {
    const event = this.event;
    return event === undefined ? '' : this.t(event.code, event.params);
  }

  /** The state as the URL carries it. */
  get encoded(): string {
    const encoded = encodeScenarioState({ ...this.#config, step: this.#step });
    return encoded.ok ? encoded.value : '';
  }

  /** Mapping and filtering of one side's NAT, or undefined for no NAT. */
  behaviours(side: 'A' | 'B'): { mapping: MappingBehaviour; filtering: FilteringBehaviour } | undefined {
    return behavioursOf(side === 'A' ? this.#config.natA : this.#config.natB);
  }

  #errorText(error: ScenarioStateError): string {
    return this.t(`error.${error.code}`, error.params);
  }

  // ——— configuration ———

  #configure(config: RunConfig): void {
    this.pause();
    this.#config = config;
    this.move = null;
    this.#step = 0;
    this.error = '';
    this.#writeHash();
  }

  /** Loads a scenario with the NAT types it was written for. */
  setScenario(id: string): void {
    const scenario = scenarioIds.find((known) => known === id);
    if (scenario === undefined) return;
    this.#configure(configOf(scenarioStartState(scenario, this.#config.seed)));
  }

  /** Sets one side's NAT type. */
  setNat(side: 'A' | 'B', id: string): void {
    if (!isNatTypeId(id)) return;
    this.#configure(side === 'A' ? { ...this.#config, natA: id } : { ...this.#config, natB: id });
  }

  /** Sets one side's mapping or filtering, keeping the other (RFC 4787 §4.1 × §5). */
  setBehaviour(side: 'A' | 'B', change: { mapping?: MappingBehaviour; filtering?: FilteringBehaviour }): void {
    const current = this.behaviours(side) ?? { mapping: 'EIM', filtering: 'EIF' };
    const id: NatTypeId = natTypeForBehaviours(change.mapping ?? current.mapping, change.filtering ?? current.filtering);
    this.setNat(side, id);
  }

  /** Offers TURN or not (the `ice` and `closed-network` scenarios read it); without TURN there is no relay-only. */
  setTurn(turn: boolean): void {
    const { relay: _relay, ...rest } = this.#config;
    this.#configure(turn && this.#config.relay === true ? { ...rest, turn, relay: true } : { ...rest, turn });
  }

  /** Relay-only (`iceTransportPolicy: 'relay'`); turns TURN on with it. */
  setRelay(relay: boolean): void {
    const { relay: _relay, ...rest } = this.#config;
    this.#configure(relay ? { ...rest, turn: true, relay: true } : rest);
  }

  /** Offers STUN or not (`closed-network`). */
  setStun(stun: boolean): void {
    const { stun: _stun, ...rest } = this.#config;
    this.#configure(stun ? rest : { ...rest, stun: false });
  }

  /** Hides host addresses behind mDNS names or not (`closed-network`). */
  setMdns(mdns: boolean): void {
    const { mdns: _mdns, ...rest } = this.#config;
    this.#configure(mdns ? { ...rest, mdns: true } : rest);
  }

  /** Whether the current scenario reads the ICE server settings. */
  get readsIceSettings(): boolean {
    return this.#config.scenario === 'ice' || this.#config.scenario === 'closed-network';
  }

  /** Whether the current scenario is the closed network. */
  get closedNetwork(): boolean {
    return this.#config.scenario === 'closed-network';
  }

  // ——— stepping and playback ———

  /**
   * Shows a step.
   *
   * @param step - index of the event
   * @param animate - animate the packet's move (forward steps only, and never with reduced motion)
   */
  goTo(step: number, animate = false): void {
    const next = clampStep(step, this.events.length);
    this.#step = next;
    this.error = '';
    const move = this.frames[next]?.move;
    this.move = animate && !this.reducedMotion && move !== undefined ? { step: next, ...move, durationMs: this.#moveMs() } : null;
    // While playing, the URL is written when playback stops (history.replaceState costs a few ms).
    if (!this.#playing) this.#writeHash();
  }

  forward(): void {
    this.pause();
    this.goTo(this.#step + 1, true);
  }

  back(): void {
    this.pause();
    this.goTo(this.#step - 1);
  }

  reset(): void {
    this.pause();
    this.goTo(0);
  }

  /** Moves to a step chosen on the slider. */
  seek(step: number): void {
    this.pause();
    this.goTo(step, step === this.#step + 1);
  }

  togglePlay(): void {
    if (this.#playing) this.pause();
    else this.play();
  }

  play(): void {
    if (this.#playing) return;
    if (this.atEnd) this.goTo(0);
    this.#playing = true;
    this.#schedule();
  }

  pause(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#playing) return;
    this.#playing = false;
    this.#writeHash();
  }

  setSpeed(value: number): void {
    const speed = speeds.find((known) => known === value);
    if (speed === undefined) return;
    this.speed = speed;
    if (this.#playing) {
      if (this.#timer !== undefined) clearTimeout(this.#timer);
      this.#schedule();
    }
  }

  #dwellMs(): number {
    return baseDwellMs / this.speed;
  }

  #moveMs(): number {
    return Math.min(maxMoveMs, this.#dwellMs() * 0.6);
  }

  #schedule(): void {
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (!this.#playing) return;
      this.goTo(this.#step + 1, true);
      if (this.atEnd) this.pause();
      else this.#schedule();
    }, this.#dwellMs());
  }

  // ——— URL ———

  #writeHash(): void {
    if (!this.ready) return;
    const encoded = this.encoded;
    if (encoded !== '') writeHashState(this.id, { s: encoded });
  }

  /**
   * Applies the state a URL fragment carries for this demo.
   *
   * @param hash - `location.hash`
   * @returns whether the fragment was for this demo, and whether it could be used
   */
  applyHash(hash: string): HashOutcome {
    const params = readHashState(this.id, hash);
    const text = params?.get('s');
    if (params === null || text === null || text === undefined) return 'none';
    const decoded = decodeScenarioState(text);
    if (!decoded.ok) {
      this.error = `${this.t('error.link')} ${this.#errorText(decoded.error)}`;
      return 'invalid';
    }
    this.pause();
    this.error = '';
    this.#config = configOf(decoded.value);
    this.move = null;
    this.#step = clampStep(decoded.value.step, this.events.length);
    return 'applied';
  }

  /** The link to this scenario at this step. */
  shareLink(): string {
    return shareUrl(this.id, { s: this.encoded });
  }

  /** Hydration: reduced-motion preference, the URL, and cleanup. */
  mount(onHash: (outcome: HashOutcome) => void): () => void {
    const stopWatchingMotion = watchReducedMotion((reduce) => {
      this.reducedMotion = reduce;
      if (reduce) this.move = null;
    });
    onHash(this.applyHash(location.hash));
    this.ready = true;
    const onHashChange = (): void => onHash(this.applyHash(location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => {
      this.pause();
      stopWatchingMotion();
      window.removeEventListener('hashchange', onHashChange);
    };
  }
}
