/**
 * The dump doctor's findings: rules over one peer connection's model, each
 * producing a sentence key, its parameters, the evidence lines from the dump
 * and the article anchor that explains it. A rule that has no evidence does
 * not fire; where the dump cannot tell, the finding says so.
 *
 * References: candidate types and pair states RFC 8445 §5.1.1, §6.1.2.6;
 * peer-reflexive candidates §7.2.5.3.1; consent freshness RFC 7675 §5.1
 * (consent expires 30 s after the last response); 401 and long-term
 * credentials RFC 8489 §9, TURN error codes RFC 8656 §19, TCP/TLS to the
 * TURN server RFC 8656 §3.1; ICE restarts RFC 8445 §9; DTLS after ICE
 * (RFC 8842).
 */
import type { ConnectionModel, PairEntry, SignalledCandidate, StatsCandidate } from './model.ts';
import { parseIceServerUrl } from '../ice/parseIceServerUrl.ts';

/** Stable ids of the findings. */
export type FindingId =
  | 'call-worked'
  | 'never-connected'
  | 'no-stats'
  | 'only-host'
  | 'only-mdns'
  | 'stun-no-srflx'
  | 'turn-no-relay'
  | 'relay-all-failed'
  | 'all-pairs-failed'
  | 'no-remote-candidates'
  | 'candidates-before-description'
  | 'description-failed'
  | 'dtls-failed'
  | 'prflx-only'
  | 'selected-relay'
  | 'consent-expired'
  | 'ice-restart'
  | 'tcp-tls-relay-only';

/** How the reader should take a finding. */
export type Severity = 'problem' | 'note' | 'ok';

/** One line of evidence: a dump event (with its time) or a stats value. */
export interface Evidence {
  readonly time: number | null;
  readonly text: string;
}

/** Where a finding is explained: an article slug and a heading id on it. */
export interface Anchor {
  readonly slug: string;
  readonly id: string;
}

/** One finding. */
export interface Finding {
  readonly id: FindingId;
  readonly severity: Severity;
  /** Message key in `dumpText` (messages.ts), `finding.<id>` or a variant. */
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly evidence: readonly Evidence[];
  readonly anchor: Anchor;
}

/** The article that explains the dump itself. */
export const DUMP_ARTICLE = 'reading-webrtc-internals';

const anchors: Readonly<Record<FindingId, Anchor>> = {
  'call-worked': { slug: DUMP_ARTICLE, id: 'selected-pair' },
  'never-connected': { slug: 'closed-network', id: 'the-symptom' },
  'no-stats': { slug: DUMP_ARTICLE, id: 'what-the-dump-holds' },
  'only-host': { slug: 'closed-network', id: 'look-at-the-candidates' },
  'only-mdns': { slug: 'closed-network', id: 'mdns-across-segments' },
  'stun-no-srflx': { slug: 'closed-network', id: 'reading-srflx-and-raddr' },
  'turn-no-relay': { slug: 'coturn-closed-network', id: 'verify-with-the-gatherer' },
  'relay-all-failed': { slug: 'coturn-closed-network', id: 'denied-peers' },
  'all-pairs-failed': { slug: 'how-ice-works', id: 'checklists-and-states' },
  'no-remote-candidates': { slug: 'how-ice-works', id: 'gathering-and-exchange' },
  'candidates-before-description': { slug: 'how-ice-works', id: 'trickle-ice' },
  'description-failed': { slug: 'webrtc-connectivity', id: 'what-signaling-carries' },
  'dtls-failed': { slug: DUMP_ARTICLE, id: 'dtls-failed' },
  'prflx-only': { slug: 'how-ice-works', id: 'peer-reflexive' },
  'selected-relay': { slug: 'turn-relay', id: 'relay-not-peer' },
  'consent-expired': { slug: 'how-ice-works', id: 'consent-freshness' },
  'ice-restart': { slug: DUMP_ARTICLE, id: 'ice-restarts' },
  'tcp-tls-relay-only': { slug: 'turn-relay', id: 'tcp-and-tls' },
};

/** Every finding id with its anchor, for the link checker's test and the article's table. */
export const findingAnchors: Readonly<Record<FindingId, Anchor>> = anchors;

const severities: Readonly<Record<FindingId, Severity>> = {
  'call-worked': 'ok',
  'never-connected': 'problem',
  'no-stats': 'note',
  'only-host': 'note',
  'only-mdns': 'note',
  'stun-no-srflx': 'note',
  'turn-no-relay': 'problem',
  'relay-all-failed': 'problem',
  'all-pairs-failed': 'problem',
  'no-remote-candidates': 'problem',
  'candidates-before-description': 'problem',
  'description-failed': 'problem',
  'dtls-failed': 'problem',
  'prflx-only': 'note',
  'selected-relay': 'note',
  'consent-expired': 'problem',
  'ice-restart': 'note',
  'tcp-tls-relay-only': 'note',
};

const MAX_EVIDENCE = 6;

function finding(id: FindingId, params: Record<string, string | number>, evidence: Evidence[], variant?: string): Finding {
  return {
    id,
    severity: severities[id],
    messageKey: variant ? `finding.${id}.${variant}` : `finding.${id}`,
    params,
    evidence: evidence.slice(0, MAX_EVIDENCE),
    anchor: anchors[id],
  };
}

function candidateEvidence(c: SignalledCandidate): Evidence {
  const what = c.source === 'onicecandidate' ? 'onicecandidate' : c.source === 'addIceCandidate' ? 'addIceCandidate' : 'setRemoteDescription a=';
  return { time: c.time, text: `${what} ${c.line}` };
}

function pairText(p: PairEntry): string {
  const side = (c: StatsCandidate | null): string => (c ? `${c.type} ${c.address}:${c.port}/${c.protocol}${c.relayProtocol ? ` (relay ${c.relayProtocol})` : ''}` : '?');
  return `candidate-pair ${p.id}: ${side(p.local)} ↔ ${side(p.remote)}, state ${p.statesSeen.join(' → ') || '?'}${p.nominated ? ', nominated' : ''}${p.everSelected ? ', selected' : ''}, requests ${p.requestsSent}/responses ${p.responsesReceived}`;
}

function stateEvidence(m: ConnectionModel, machine: 'ice' | 'connection' | 'gathering' | 'signaling', state?: string): Evidence[] {
  const name = { ice: 'iceConnectionState', connection: 'connectionState', gathering: 'iceGatheringState', signaling: 'signalingState' }[machine];
  return m.timeline.filter((t) => t.machine === machine && (state === undefined || t.state === state)).map((t) => ({ time: t.time, text: `${name} → ${t.state}` }));
}

function usable(cs: readonly SignalledCandidate[]): SignalledCandidate[] {
  return cs.filter((c) => c.type !== null);
}

function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

/** The pair the transport had selected last, if any. */
export function finalSelectedPair(m: ConnectionModel): PairEntry | null {
  const lastChange = m.selectedChanges[m.selectedChanges.length - 1];
  return lastChange ? (m.pairs.find((p) => p.id === lastChange.pairId) ?? null) : null;
}

function reached(m: ConnectionModel, machine: 'ice' | 'connection', states: readonly string[]): boolean {
  return m.timeline.some((t) => t.machine === machine && states.includes(t.state));
}

function serverUrls(m: ConnectionModel): { stun: string[]; turn: string[] } {
  const stun: string[] = [];
  const turn: string[] = [];
  for (const s of m.config.iceServers) {
    for (const u of s.urls) {
      const p = parseIceServerUrl(u);
      const scheme = p.ok ? p.value.scheme : (u.split(':')[0] ?? '').toLowerCase();
      if (scheme === 'turn' || scheme === 'turns') turn.push(u);
      else if (scheme === 'stun' || scheme === 'stuns') stun.push(u);
    }
  }
  return { stun, turn };
}

function localTypes(m: ConnectionModel): Set<string> {
  const types = new Set<string>();
  for (const c of m.localCandidates) if (c.type) types.add(c.type);
  for (const c of m.statsCandidates) if (!c.isRemote && c.type) types.add(c.type);
  return types;
}

/**
 * Runs every rule on one peer connection.
 *
 * @param m - the connection's model
 * @returns the findings, problems first
 */
export function analyseConnection(m: ConnectionModel): Finding[] {
  const out: Finding[] = [];
  const connectedIce = reached(m, 'ice', ['connected', 'completed']);
  const connectedDtls = reached(m, 'connection', ['connected']);
  const hasConnectionEvents = m.timeline.some((t) => t.machine === 'connection');
  const worked = hasConnectionEvents ? connectedDtls : connectedIce;
  const selected = finalSelectedPair(m);
  const servers = serverUrls(m);
  const types = localTypes(m);
  const local = usable(m.localCandidates);
  const remote = usable(m.remoteCandidates);
  const policy = m.config.iceTransportPolicy;

  // The call worked, and over which path.
  if (worked) {
    const ev = [...stateEvidence(m, 'connection', 'connected'), ...stateEvidence(m, 'ice', 'connected')].slice(0, 2);
    if (selected) {
      ev.push({ time: selected.lastTime, text: pairText(selected) });
      const rtt = selected.currentRoundTripTime;
      out.push(
        finding(
          'call-worked',
          {
            local: selected.local?.type ?? '?',
            remote: selected.remote?.type ?? '?',
            protocol: selected.local?.protocol ?? '?',
            rtt: rtt === null ? '?' : Math.round(rtt * 1000),
          },
          ev,
        ),
      );
    } else {
      out.push(finding('call-worked', {}, ev, 'no-pair'));
    }
  }

  // No stats: the dump cannot tell about pairs.
  if (m.statsSeries === 0) {
    out.push(finding('no-stats', {}, [{ time: null, text: `PeerConnections["${m.id}"].stats: {} (0 series)` }]));
  }

  // Every pair failed / relay pairs failed / never connected.
  const pairsFailed = m.pairs.length > 0 && m.pairs.every((p) => !p.statesSeen.includes('succeeded')) && m.pairs.every((p) => p.state === 'failed' || p.state === 'waiting' || p.state === 'in-progress' || p.state === 'frozen');
  if (!connectedIce && m.pairs.length > 0 && m.pairs.every((p) => !p.statesSeen.includes('succeeded'))) {
    const failedCount = m.pairs.filter((p) => p.state === 'failed').length;
    const ev = [...stateEvidence(m, 'ice').slice(-2), ...m.pairs.slice(0, 4).map((p) => ({ time: p.lastTime, text: pairText(p) }))];
    if (pairsFailed) out.push(finding('all-pairs-failed', { count: m.pairs.length, failed: failedCount, responses: m.pairs.reduce((s, p) => s + p.responsesReceived, 0) }, ev));
    const relayPairs = m.pairs.filter((p) => p.local?.type === 'relay');
    if (relayPairs.length > 0) {
      out.push(finding('relay-all-failed', { count: relayPairs.length }, relayPairs.slice(0, 4).map((p) => ({ time: p.lastTime, text: pairText(p) }))));
    }
  }
  if (!worked && !(m.pairs.length > 0 && m.pairs.every((p) => !p.statesSeen.includes('succeeded')))) {
    const lastIce = [...m.timeline].reverse().find((t) => t.machine === 'ice');
    const ev = [...stateEvidence(m, 'ice'), ...stateEvidence(m, 'connection')].sort((a, b) => (a.time ?? 0) - (b.time ?? 0)).slice(-3);
    if (ev.length === 0) ev.push({ time: null, text: `no oniceconnectionstatechange in updateLog (${m.events.length} events)` });
    const variant = m.statsSeries === 0 ? 'no-stats' : m.pairs.length === 0 ? 'no-pairs' : undefined;
    if (!connectedIce || hasConnectionEvents) out.push(finding('never-connected', { ice: lastIce?.state ?? 'new' }, ev, variant));
  }

  // Candidates.
  for (const [side, list] of [['local', local], ['remote', remote]] as const) {
    if (list.length === 0) continue;
    const hosts = list.filter((c) => c.type === 'host');
    if (hosts.length === list.length) {
      out.push(finding('only-host', { side, count: list.length }, list.slice(0, 3).map(candidateEvidence), side));
      if (hosts.every((c) => c.mdns)) out.push(finding('only-mdns', { side, count: list.length }, list.slice(0, 3).map(candidateEvidence), side));
    }
  }

  // Servers configured but their candidates missing.
  const gatheringDone = reached(m, 'ice', ['connected', 'completed', 'failed']) || m.timeline.some((t) => t.machine === 'gathering' && t.state === 'complete');
  const srflxUrls = servers.stun.length > 0 ? servers.stun : servers.turn;
  if (policy !== 'relay' && srflxUrls.length > 0 && !types.has('srflx') && gatheringDone) {
    const errs = m.candidateErrors.filter((e) => srflxUrls.some((u) => sameServer(u, e.url)));
    const ev: Evidence[] = [{ time: null, text: `rtcConfiguration.iceServers: ${srflxUrls.join(', ')}` }, ...errs.map((e) => ({ time: e.time, text: `icecandidateerror ${e.raw.replace(/\s*\n\s*/g, ', ')}` }))];
    const codes = [...new Set(errs.map((e) => e.errorCode))].join(', ');
    out.push(finding('stun-no-srflx', { urls: srflxUrls.join(', '), codes }, ev, errs.length ? 'errors' : 'no-errors'));
  }
  if (servers.turn.length > 0 && !types.has('relay') && gatheringDone) {
    const errs = m.candidateErrors.filter((e) => servers.turn.some((u) => sameServer(u, e.url)));
    const ev: Evidence[] = [{ time: null, text: `rtcConfiguration.iceServers: ${servers.turn.join(', ')}` }, ...errs.map((e) => ({ time: e.time, text: `icecandidateerror ${e.raw.replace(/\s*\n\s*/g, ', ')}` }))];
    const codes = [...new Set(errs.map((e) => e.errorCode))];
    const f = finding('turn-no-relay', { urls: servers.turn.join(', '), codes: codes.join(', ') }, ev, errs.length ? 'errors' : 'no-errors');
    out.push(codes.includes(401) ? { ...f, anchor: { slug: 'turn-relay', id: 'long-term-credentials' } } : f);
  }

  // TCP/TLS relay only.
  const relays = m.statsCandidates.filter((c) => !c.isRemote && c.type === 'relay');
  if (relays.length > 0 && relays.every((c) => c.relayProtocol === 'tcp' || c.relayProtocol === 'tls')) {
    out.push(finding('tcp-tls-relay-only', { protocols: [...new Set(relays.map((c) => c.relayProtocol))].join(', ') }, relays.slice(0, 3).map((c) => ({ time: null, text: `local-candidate ${c.id}: relay ${c.address}:${c.port}, relayProtocol ${c.relayProtocol}, url ${c.url ?? '?'}` }))));
  }

  // Remote candidates.
  if (m.remoteDescriptionTime !== null && remote.length === 0 && !m.statsCandidates.some((c) => c.isRemote) && !connectedIce) {
    out.push(finding('no-remote-candidates', {}, [{ time: m.remoteDescriptionTime, text: 'setRemoteDescriptionOnSuccess (no a=candidate lines)' }, { time: null, text: 'no addIceCandidate in updateLog' }]));
  }
  const early = m.failures.filter((f) => /addIceCandidate/i.test(f.type) && f.beforeRemoteDescription);
  if (early.length > 0) out.push(finding('candidates-before-description', { count: early.length }, early.map((f) => ({ time: f.time, text: `${f.type} ${f.value}` }))));
  const descFailures = m.failures.filter((f) => /Description/i.test(f.type));
  if (descFailures.length > 0) out.push(finding('description-failed', { type: descFailures[0]!.type }, descFailures.map((f) => ({ time: f.time, text: `${f.type} ${f.value}` }))));

  // ICE connected, DTLS failed.
  const connFailed = m.timeline.find((t) => t.machine === 'connection' && t.state === 'failed');
  if (connFailed) {
    const iceBefore = [...m.timeline].filter((t) => t.machine === 'ice' && t.time <= connFailed.time).pop();
    if (iceBefore && (iceBefore.state === 'connected' || iceBefore.state === 'completed')) {
      out.push(finding('dtls-failed', {}, [{ time: iceBefore.time, text: `iceConnectionState → ${iceBefore.state}` }, { time: connFailed.time, text: 'connectionState → failed' }]));
    }
  }

  // The path.
  if (selected && worked) {
    const lt = selected.local?.type;
    const rt = selected.remote?.type;
    if (lt === 'prflx' || rt === 'prflx') {
      const side = lt === 'prflx' && rt === 'prflx' ? 'both' : lt === 'prflx' ? 'local' : 'remote';
      out.push(finding('prflx-only', { side, address: (lt === 'prflx' ? selected.local?.address : selected.remote?.address) ?? '' }, [{ time: selected.lastTime, text: pairText(selected) }], side));
    }
    if (lt === 'relay' || rt === 'relay') {
      const rtt = selected.currentRoundTripTime;
      out.push(finding('selected-relay', { rtt: rtt === null ? '?' : Math.round(rtt * 1000), side: lt === 'relay' && rt === 'relay' ? 'both' : lt === 'relay' ? 'local' : 'remote' }, [{ time: selected.lastTime, text: pairText(selected) }]));
    }
  }

  // Consent freshness: connected → disconnected → failed, in the connection
  // state (Chromium 156 leaves iceConnectionState at "disconnected" when the
  // connection fails this way) or in the ICE state.
  for (const machine of ['connection', 'ice'] as const) {
    const seq = m.timeline.filter((t) => t.machine === machine);
    const failedAt = seq.findIndex((t, i) => t.state === 'failed' && seq[i - 1]?.state === 'disconnected' && ['connected', 'completed'].includes(seq[i - 2]?.state ?? ''));
    if (failedAt < 0) continue;
    const [before, disc, cur] = [seq[failedAt - 2]!, seq[failedAt - 1]!, seq[failedAt]!];
    const name = machine === 'connection' ? 'connectionState' : 'iceConnectionState';
    const ev = [before, disc, cur].map((t) => ({ time: t.time, text: `${name} → ${t.state}` }));
    const iceDisc = machine === 'connection' ? m.timeline.find((t) => t.machine === 'ice' && t.state === 'disconnected') : undefined;
    if (iceDisc) ev.splice(2, 0, { time: iceDisc.time, text: `iceConnectionState → ${iceDisc.state}` });
    out.push(finding('consent-expired', { seconds: seconds(cur.time - disc.time), total: seconds(cur.time - before.time) }, ev));
    break;
  }

  if (m.iceRestarts.length > 0) {
    out.push(finding('ice-restart', { count: m.iceRestarts.length }, m.iceRestarts.map((r) => ({ time: r.time, text: r.via === 'restartIce' ? 'restartIce()' : 'setLocalDescriptionOnSuccess with a new a=ice-ufrag' }))));
  }
  if (m.selectedChanges.length > 1) {
    // Folded into call-worked's evidence: the selected pair changed.
    const cw = out.findIndex((f) => f.id === 'call-worked');
    if (cw >= 0) {
      const f = out[cw]!;
      out[cw] = { ...f, evidence: [...f.evidence, ...m.selectedChanges.map((c) => ({ time: c.time, text: `transport selectedCandidatePairId → ${c.pairId}` }))].slice(0, MAX_EVIDENCE) };
    }
  }
  const order: Record<Severity, number> = { problem: 0, note: 1, ok: 2 };
  return out.sort((a, b) => order[a.severity] - order[b.severity]);
}

function sameServer(configured: string, reported: string): boolean {
  if (configured === reported) return true;
  const a = parseIceServerUrl(configured);
  const b = parseIceServerUrl(reported);
  if (!a.ok || !b.ok) return configured.split('?')[0] === reported.split('?')[0];
  return a.value.host === b.value.host && a.value.port === b.value.port && (a.value.kind === b.value.kind);
}
