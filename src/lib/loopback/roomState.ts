/**
 * Who is in a two-tab room, and who is paired with whom: a pure state
 * machine driven by received signaling messages and a clock.
 *
 * Every tab announces itself with `hello` (on joining, whenever its choice
 * of partner changes, and every {@link HEARTBEAT_MS} as a heartbeat) and
 * says `bye` when its page goes away. From those messages each tab keeps
 * the same picture of the room and applies the same rules, so two tabs
 * agree on a pair without a server:
 *
 * 1. A confirmed pair (each tab names the other in its hello) is kept for
 *    as long as both tabs are alive and keep naming each other.
 * 2. Otherwise a tab chooses, among the tabs still available, one that
 *    already named it, else the one whose id sorts first. A tab is
 *    available unless it belongs to a confirmed pair with someone else.
 * 3. A pair is confirmed when the chosen tab's hello names this tab; only
 *    then does negotiation start (the `paired` effect).
 * 4. A tab that says `bye`, or is silent for {@link PEER_TIMEOUT_MS}, is
 *    gone. If it was the partner, this tab is free again, says so
 *    (`unpaired`) and pairs with the next tab that comes along.
 * 5. A free tab that sees only confirmed pairs knows the room is full.
 *
 * The signaling channel is the application's business (RFC 9429 §3.1);
 * this module only decides. `src/lib/browser/signaling.ts` carries the
 * messages and the widget runs the effects.
 */
import type { NegotiationRole } from './ids.ts';
import { electRole } from './ids.ts';
import type { AddressedMessage, ByeReason, SignalingBody, SignalingMessage } from './signalingMessage.ts';
import { isAddressed } from './signalingMessage.ts';

/** How often a tab repeats its hello. */
export const HEARTBEAT_MS = 1000;
/**
 * How long a tab may stay silent before the others count it as gone.
 * Browsers run timers in background tabs at most once a second, so four
 * missed heartbeats is a clear sign.
 */
export const PEER_TIMEOUT_MS = 4000;

/** What this tab knows about another tab in the room. */
export interface KnownTab {
  readonly id: string;
  /** The partner that tab named in its latest hello. */
  readonly declared: string | null;
  /** When a message from it last arrived (ms, caller's clock). */
  readonly lastSeen: number;
}

/**
 * Where this tab stands:
 * - `waiting`: no partner yet (alone, or a pair is being agreed);
 * - `paired`: a confirmed partner, negotiation may run;
 * - `peer-left`: the partner went away and no new one has come yet;
 * - `full`: two other tabs are paired with each other; nothing to join.
 * - `left`: this tab has said bye.
 */
export type RoomPhase = 'waiting' | 'paired' | 'peer-left' | 'full' | 'left';

/** How the last partner went away. */
export interface Departure {
  readonly id: string;
  /**
   * `bye`: it said goodbye; `timeout`: it fell silent; `switched`: it is
   * alive but stopped naming this tab (it had counted this tab as gone).
   */
  readonly reason: 'bye' | 'timeout' | 'switched';
  /** The reason given in its bye, when it said one. */
  readonly byeReason: ByeReason | null;
  readonly at: number;
}

/** The room as one tab sees it. */
export interface RoomState {
  readonly room: string;
  readonly self: string;
  /** The other tabs heard from, sorted by id. */
  readonly tabs: readonly KnownTab[];
  /** The tab this tab names in its hello. */
  readonly choice: string | null;
  /** The confirmed partner. */
  readonly peer: string | null;
  readonly phase: RoomPhase;
  /** The last partner that went away; cleared when a new pair is confirmed. */
  readonly departed: Departure | null;
  /** When this tab last sent a hello. */
  readonly lastAnnounce: number;
}

/** Something that happens to a room. */
export type RoomEvent =
  | { readonly type: 'message'; readonly message: SignalingMessage; readonly now: number }
  | { readonly type: 'tick'; readonly now: number }
  | { readonly type: 'leave'; readonly reason: ByeReason; readonly now: number };

/** What the caller must do after a step, in order. */
export type RoomEffect =
  /** Post this message (hello or bye) on the channel. */
  | { readonly type: 'send'; readonly body: SignalingBody }
  /** A pair is confirmed: start a peer connection with this role. */
  | { readonly type: 'paired'; readonly peer: string; readonly role: NegotiationRole }
  /** The pair is over: close the peer connection. */
  | { readonly type: 'unpaired'; readonly peer: string; readonly departure: Departure | null }
  /** A negotiation message from the partner, for the peer connection. */
  | { readonly type: 'deliver'; readonly message: AddressedMessage };

/** A new state and the effects to run. */
export interface RoomStep {
  readonly state: RoomState;
  readonly effects: readonly RoomEffect[];
}

/**
 * Enters a room: the first state and the first hello.
 *
 * @param room - The room id (from the URL fragment).
 * @param self - This tab's id.
 * @param now - The current time in ms.
 * @returns The state and a `send` effect with `hello` (peer `null`).
 * @example joinRoom('k3x9p2mwq4', 'aaaa2222bbbb', 0).effects // → [{ type: 'send', body: { type: 'hello', peer: null } }]
 */
export function joinRoom(room: string, self: string, now: number): RoomStep {
  const state: RoomState = { room, self, tabs: [], choice: null, peer: null, phase: 'waiting', departed: null, lastAnnounce: now };
  return { state, effects: [{ type: 'send', body: { type: 'hello', peer: null } }] };
}

/**
 * Applies one event to a room. Pure: the same state and event always give
 * the same step. Messages for another room, from this tab itself, or
 * addressed to another tab change nothing but the sender's liveness. When
 * nothing changes at all, the state object itself is returned.
 *
 * @param state - The current state.
 * @param event - A received (already validated) message, a clock tick, or leaving.
 * @returns The next state and the effects to run, in order.
 */
export function stepRoom(state: RoomState, event: RoomEvent): RoomStep {
  if (state.phase === 'left') return { state, effects: [] };
  if (event.type === 'leave') {
    const effects: RoomEffect[] = [{ type: 'send', body: { type: 'bye', reason: event.reason } }];
    if (state.peer !== null) effects.push({ type: 'unpaired', peer: state.peer, departure: null });
    return { state: { ...state, phase: 'left', peer: null, choice: null }, effects };
  }

  const now = event.now;
  let tabs = state.tabs;
  let discovered = false;
  const removed = new Map<string, Departure>();
  const deliveries: RoomEffect[] = [];

  if (event.type === 'message') {
    const message = event.message;
    if (message.room !== state.room || message.from === state.self) return { state, effects: [] };
    const known = tabs.find((t) => t.id === message.from);
    if (message.type === 'bye') {
      if (known !== undefined) {
        tabs = tabs.filter((t) => t.id !== message.from);
        removed.set(message.from, { id: message.from, reason: 'bye', byeReason: message.reason, at: now });
      }
    } else {
      const declared = message.type === 'hello' ? message.peer : (known?.declared ?? null);
      discovered = known === undefined;
      tabs = upsert(tabs, { id: message.from, declared, lastSeen: now });
      if (isAddressed(message) && message.to === state.self && message.from === state.peer) {
        deliveries.push({ type: 'deliver', message });
      }
    }
  } else {
    for (const tab of tabs) {
      if (now - tab.lastSeen > PEER_TIMEOUT_MS) removed.set(tab.id, { id: tab.id, reason: 'timeout', byeReason: null, at: now });
    }
    if (removed.size > 0) tabs = tabs.filter((t) => !removed.has(t.id));
  }

  const effects: RoomEffect[] = [];
  let peer = state.peer;
  let departed = state.departed;

  // The partner is gone, or alive but no longer names this tab.
  if (peer !== null) {
    const partner = tabs.find((t) => t.id === peer);
    const departure =
      removed.get(peer) ??
      (partner === undefined || partner.declared !== state.self ? { id: peer, reason: 'switched' as const, byeReason: null, at: now } : null);
    if (departure !== null) {
      effects.push({ type: 'unpaired', peer, departure });
      departed = departure;
      peer = null;
    }
  }

  const choice = choosePartner(state.self, tabs, peer);

  // The hello goes out before anything the new pair sends, so the partner
  // always learns of the pair before it receives this tab's offer.
  const heartbeatDue = event.type === 'tick' && now - state.lastAnnounce >= HEARTBEAT_MS;
  let lastAnnounce = state.lastAnnounce;
  if (choice !== state.choice || discovered || heartbeatDue) {
    effects.push({ type: 'send', body: { type: 'hello', peer: choice } });
    lastAnnounce = now;
  }

  const chosen = choice === null ? undefined : tabs.find((t) => t.id === choice);
  if (peer === null && chosen !== undefined && chosen.declared === state.self) {
    peer = chosen.id;
    departed = null;
    effects.push({ type: 'paired', peer, role: electRole(state.self, peer) });
    // A message that confirmed the pair may itself carry the first offer.
    if (event.type === 'message') {
      const message = event.message;
      if (isAddressed(message) && message.to === state.self && message.from === peer) deliveries.push({ type: 'deliver', message });
    }
  }
  effects.push(...deliveries);

  const phase = phaseOf(state.self, tabs, peer, choice, departed);
  const unchanged =
    tabs === state.tabs && choice === state.choice && peer === state.peer && phase === state.phase && departed === state.departed && lastAnnounce === state.lastAnnounce;
  // The same object when nothing changed, so a view need not redraw on every tick.
  return { state: unchanged ? state : { ...state, tabs, choice, peer, phase, departed, lastAnnounce }, effects };
}

/**
 * The partner a tab names, by the rules in the module comment.
 *
 * @param self - This tab's id.
 * @param tabs - The other tabs as this tab knows them.
 * @param peer - The confirmed partner, if any (kept while it names `self`).
 * @returns The id to name in the next hello, or `null`.
 */
export function choosePartner(self: string, tabs: readonly KnownTab[], peer: string | null): string | null {
  if (peer !== null && tabs.some((t) => t.id === peer && t.declared === self)) return peer;
  const available = tabs.filter((t) => isAvailable(self, tabs, t));
  const namedMe = available.filter((t) => t.declared === self);
  const pool = namedMe.length > 0 ? namedMe : available;
  return pool.reduce<string | null>((min, t) => (min === null || t.id < min ? t.id : min), null);
}

/** Whether `tab` may still pair with `self`: it is not in a confirmed pair with a third tab. */
function isAvailable(self: string, tabs: readonly KnownTab[], tab: KnownTab): boolean {
  if (tab.declared === null || tab.declared === self) return true;
  return !isConfirmedPair(tabs, tab);
}

/** Whether `tab` and the tab it names both name each other. */
function isConfirmedPair(tabs: readonly KnownTab[], tab: KnownTab): boolean {
  return tab.declared !== null && tabs.some((t) => t.id === tab.declared && t.declared === tab.id);
}

function phaseOf(
  self: string,
  tabs: readonly KnownTab[],
  peer: string | null,
  choice: string | null,
  departed: Departure | null,
): RoomPhase {
  if (peer !== null) return 'paired';
  if (departed !== null) return 'peer-left';
  if (choice === null && tabs.some((t) => t.declared !== self && isConfirmedPair(tabs, t))) return 'full';
  return 'waiting';
}

function upsert(tabs: readonly KnownTab[], tab: KnownTab): readonly KnownTab[] {
  const rest = tabs.filter((t) => t.id !== tab.id);
  return [...rest, tab].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
