/**
 * The lab's timeline of state changes: ICE gathering
 * (`RTCIceGatheringState`), ICE connection (`RTCIceConnectionState`, whose
 * checking/connected/completed follow the checklist states of RFC 8445
 * §6.1.2.1), DTLS (`RTCDtlsTransportState`, RFC 9147 handshake over the
 * selected pair), the data channel (`RTCDataChannelState`, RFC 8831 §6) and
 * the peer connection as a whole (`RTCPeerConnectionState`).
 */

/** The state machines the timeline follows. */
export type TimelineMachine = 'gathering' | 'ice' | 'dtls' | 'channel' | 'connection';

/** The order the machines are shown in: roughly the order they progress. */
export const TIMELINE_MACHINES: readonly TimelineMachine[] = ['gathering', 'ice', 'dtls', 'channel', 'connection'];

/** One state change. */
export interface TimelineEntry {
  readonly machine: TimelineMachine;
  readonly state: string;
  /** Milliseconds since the session started. */
  readonly at: number;
  /** Milliseconds since this machine's previous state, `null` for its first. */
  readonly sincePrevious: number | null;
}

/** How many entries the timeline keeps (older ones are dropped). */
export const MAX_TIMELINE_ENTRIES = 200;

/**
 * Adds a state change to the timeline, unless the machine is already in
 * that state (browsers repeat some events, e.g. after an ICE restart).
 *
 * @param entries - The timeline so far, oldest first.
 * @param machine - Which state machine changed.
 * @param state - Its new state.
 * @param at - Milliseconds since the session started.
 * @returns The new timeline (the same array when nothing changed).
 * @example recordTransition([], 'ice', 'checking', 12) // → [{ machine: 'ice', state: 'checking', at: 12, sincePrevious: null }]
 */
export function recordTransition(entries: readonly TimelineEntry[], machine: TimelineMachine, state: string, at: number): readonly TimelineEntry[] {
  const previous = lastOf(entries, machine);
  if (previous?.state === state) return entries;
  const entry: TimelineEntry = { machine, state, at, sincePrevious: previous === undefined ? null : at - previous.at };
  const next = [...entries, entry];
  return next.length > MAX_TIMELINE_ENTRIES ? next.slice(next.length - MAX_TIMELINE_ENTRIES) : next;
}

/**
 * The current state of each machine.
 *
 * @param entries - The timeline.
 * @returns For each machine, its latest state, or `null` before its first.
 */
export function currentStates(entries: readonly TimelineEntry[]): Record<TimelineMachine, string | null> {
  const states: Record<TimelineMachine, string | null> = { gathering: null, ice: null, dtls: null, channel: null, connection: null };
  for (const entry of entries) states[entry.machine] = entry.state;
  return states;
}

function lastOf(entries: readonly TimelineEntry[], machine: TimelineMachine): TimelineEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (entry !== undefined && entry.machine === machine) return entry;
  }
  return undefined;
}
