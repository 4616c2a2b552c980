/**
 * What the two real-connection widgets (the two-tab lab's `loopbackPeer.ts`
 * and the two-machine test's `twoMachinePeer.ts`) do the same way with an
 * `RTCPeerConnection`: read its statistics into plain entries, so the pure
 * code that makes sense of them (`src/lib/loopback/candidatePairs.ts`, the
 * diagnoses) never touches the browser's maplike report; report its state
 * machines to the timeline; and close it so that nothing it does afterwards
 * reaches the page.
 */
import type { StatsEntry } from '../loopback/candidatePairs.ts';
import type { TimelineMachine } from '../loopback/timeline.ts';

/**
 * Every entry of a peer connection's current statistics.
 *
 * @param pc - the connection (not closed)
 * @returns the entries of `pc.getStats()`, in the report's order
 */
export async function statsEntries(pc: RTCPeerConnection): Promise<StatsEntry[]> {
  const report = await pc.getStats();
  const entries: StatsEntry[] = [];
  report.forEach((value: StatsEntry) => entries.push(value));
  return entries;
}

/**
 * Detaches every handler the site sets on a connection, its data channel
 * and its DTLS transport (the one {@link reportStates} follows), then closes
 * the channel and the connection. The
 * browser fires state changes while it closes; with the handlers gone, none
 * of them is reported as if the connection had failed.
 *
 * @param pc - the connection
 * @param channel - its data channel, if one was created
 */
export function closeQuietly(pc: RTCPeerConnection, channel: RTCDataChannel | null): void {
  pc.onnegotiationneeded = pc.onicecandidate = pc.onicecandidateerror = null;
  pc.onicegatheringstatechange = pc.oniceconnectionstatechange = pc.onconnectionstatechange = pc.onsignalingstatechange = null;
  if (channel !== null) {
    channel.onopen = channel.onclosing = channel.onclose = channel.onmessage = null;
    channel.close();
  }
  const dtls = pc.sctp?.transport ?? null;
  if (dtls !== null) dtls.onstatechange = null;
  pc.close();
}

/**
 * Reports the connection's gathering, ICE, connection and DTLS states to the
 * state timeline as they change. The DTLS transport appears only once SCTP
 * is negotiated, so it is looked for again after every signaling and
 * connection state change, and whenever the caller has just applied a
 * description (call the returned function then).
 *
 * @param pc - the connection
 * @param state - where each new state goes, with the machine it belongs to
 * @returns a function that starts following the DTLS transport if it is new
 */
export function reportStates(pc: RTCPeerConnection, state: (machine: TimelineMachine, state: string) => void): () => void {
  let dtls: RTCDtlsTransport | null = null;
  const watchDtls = (): void => {
    const transport = pc.sctp?.transport ?? null;
    if (transport === null || transport === dtls || pc.signalingState === 'closed') return;
    if (dtls !== null) dtls.onstatechange = null;
    dtls = transport;
    state('dtls', transport.state);
    transport.onstatechange = () => state('dtls', transport.state);
  };
  pc.onicegatheringstatechange = () => state('gathering', pc.iceGatheringState);
  pc.oniceconnectionstatechange = () => state('ice', pc.iceConnectionState);
  pc.onconnectionstatechange = () => {
    state('connection', pc.connectionState);
    watchDtls();
  };
  pc.onsignalingstatechange = watchDtls;
  return watchDtls;
}
