import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  classificationRows,
  connectedCounts,
  matrixRows,
  outcomeCellText,
  readRecording,
  summariseAttempt,
  variantRows,
  type AttemptReport,
  type CandidateInfo,
  type ClassificationRecording,
  type MatrixCell,
  type MatrixRecording,
  type SideReport,
} from '../../../src/lib/lab/recordings.ts';

function candidate(type: CandidateInfo['type'], address = '203.0.113.10', port = 5000): CandidateInfo {
  return { type, address, port, protocol: 'udp' };
}

function side(local: CandidateInfo['type'] | null, remote: CandidateInfo['type'] | null): SideReport {
  return {
    candidates: [],
    candidateErrors: [],
    selected: local && remote ? { local: candidate(local), remote: candidate(remote) } : null,
    iceConnectionState: local ? 'connected' : 'checking',
  };
}

function attempt(a: [CandidateInfo['type'], CandidateInfo['type']] | null, b: [CandidateInfo['type'], CandidateInfo['type']] | null): AttemptReport {
  return {
    connected: a !== null,
    timeToRoundTripMs: a ? 120 : null,
    roundTripMs: a ? 1 : null,
    a: side(a?.[0] ?? null, a?.[1] ?? null),
    b: side(b?.[0] ?? null, b?.[1] ?? null),
  };
}

const environment = { os: 'Debian', kernel: '6.1', node: '24', iproute2: '6.1.0', nftables: '1.0.6', coturn: '4.6.1', chromium: '156' };
const base = { schemaVersion: 1 as const, recordedOn: '2026-11-21', command: 'npm run lab -- matrix', environment, guard: { droppedPackets: 0, byCounter: {} } };

function cell(a: MatrixCell['a'], b: MatrixCell['b'], ice: MatrixCell['ice'], result: AttemptReport): MatrixCell {
  return { a, b, ice, result, bridge: { direct: 10, viaServer: 4 } };
}

const matrix: MatrixRecording = {
  ...base,
  kind: 'matrix',
  modes: ['full-cone', 'masquerade-random'],
  iceConfigs: ['stun'],
  attemptTimeoutMs: 15000,
  routers: 'firewalled',
  cells: [
    cell('full-cone', 'full-cone', 'stun', attempt(['srflx', 'srflx'], ['srflx', 'srflx'])),
    cell('full-cone', 'masquerade-random', 'stun', attempt(['srflx', 'prflx'], ['prflx', 'srflx'])),
    cell('masquerade-random', 'full-cone', 'stun', attempt(['prflx', 'srflx'], ['srflx', 'prflx'])),
    cell('masquerade-random', 'masquerade-random', 'stun', attempt(null, null)),
  ],
  variants: [],
};

describe('attempt summaries', () => {
  test('a direct connection on server-reflexive candidates', () => {
    const s = summariseAttempt(attempt(['srflx', 'srflx'], ['srflx', 'srflx']));
    assert.deepEqual([s.connected, s.path, s.aPair, s.bPair, s.peerReflexive, s.relayed], [true, 'direct', 'srflx→srflx', 'srflx→srflx', [], []]);
  });

  test('names both sides when a peer-reflexive candidate is at either end of their pair', () => {
    const s = summariseAttempt(attempt(['srflx', 'prflx'], ['prflx', 'srflx']));
    assert.deepEqual(s.peerReflexive, ['a', 'b']);
  });

  test('a relayed connection names the side that sends through its own relay', () => {
    const s = summariseAttempt(attempt(['host', 'relay'], ['relay', 'host']));
    assert.deepEqual([s.path, s.relayed], ['relay', ['b']]);
  });

  test('a failed attempt has no path and no pairs', () => {
    const s = summariseAttempt(attempt(null, null));
    assert.deepEqual([s.connected, s.path, s.aPair, s.timeToRoundTripMs], [false, 'none', null, null]);
  });
});

describe('matrix tables', () => {
  test('rows follow the recorded mode order, with side A as the row', () => {
    const rows = matrixRows(matrix, 'stun');
    assert.deepEqual(rows.map((r) => r.a), ['full-cone', 'masquerade-random']);
    assert.deepEqual(rows[0]?.cells.map((c) => c.b), ['full-cone', 'masquerade-random']);
    assert.equal(rows[1]?.cells[0]?.summary?.aPair, 'prflx→srflx');
  });

  test('a configuration that was not recorded gives empty cells', () => {
    assert.ok(matrixRows(matrix, 'relay').every((r) => r.cells.every((c) => c.summary === null)));
  });

  test('cell text shows the pair types, the relay, or a cross', () => {
    assert.equal(outcomeCellText(summariseAttempt(attempt(['srflx', 'prflx'], ['prflx', 'srflx']))), '✓ srflx↔prflx');
    assert.equal(outcomeCellText(summariseAttempt(attempt(['relay', 'relay'], ['relay', 'relay']))), '✓ relay');
    assert.equal(outcomeCellText(summariseAttempt(attempt(null, null))), '✗');
    assert.equal(outcomeCellText(null), '–');
  });

  test('counts connected cells per configuration', () => {
    assert.deepEqual(connectedCounts(matrix).stun, { connected: 3, total: 4 });
  });
});

describe('classification rows', () => {
  const recording: ClassificationRecording = {
    ...base,
    kind: 'classification',
    server: { primary: '203.0.113.2', alternate: '203.0.113.3', port: 3478, alternatePort: 3479 },
    entries: [
      {
        mode: 'linux-masquerade',
        intended: { mapping: 'EIM', filtering: 'APDF' },
        measured: { mapping: 'EIM', filtering: 'APDF', hairpinning: false, portPreservation: true },
        matchesIntent: true,
        mappingSamples: [],
        verdicts: [],
      },
      {
        mode: 'full-cone',
        intended: { mapping: 'EIM', filtering: 'EIF' },
        measured: { mapping: null, filtering: 'EIF', hairpinning: null, portPreservation: null },
        matchesIntent: false,
        mappingSamples: [],
        verdicts: [],
      },
    ],
  };

  test('shows each measured behaviour and flag', () => {
    assert.deepEqual(classificationRows(recording)[0], { mode: 'linux-masquerade', mapping: 'EIM', filtering: 'APDF', hairpinning: false, portPreservation: true, matchesIntent: true });
  });

  test('shows "?" or null for a test that gave no reading', () => {
    const row = classificationRows(recording)[1];
    assert.deepEqual([row?.mapping, row?.hairpinning, row?.portPreservation], ['?', null, null]);
  });
});

describe('reading imported JSON', () => {
  test('accepts a recording of the expected kind', () => {
    assert.equal(readRecording(JSON.parse(JSON.stringify(matrix)), 'matrix').ok, true);
  });

  test('rejects another kind, another schema version, or a missing list', () => {
    const cases: [unknown, string][] = [
      [matrix, 'classification'],
      [{ ...matrix, schemaVersion: 2 }, 'matrix'],
      [{ ...matrix, cells: undefined }, 'matrix'],
      [null, 'matrix'],
    ];
    for (const [json, kind] of cases) {
      const r = readRecording(json, kind as 'matrix');
      assert.equal(!r.ok && r.error.code, 'recording-invalid');
    }
  });
});

describe('variant rows', () => {
  test('count attempts and connections per cell, in the order recorded', () => {
    const variant = {
      id: 'bare-routers' as const,
      modes: ['linux-masquerade' as const],
      iceConfigs: ['stun' as const],
      repeats: 3,
      cells: [
        cell('linux-masquerade', 'linux-masquerade', 'stun', attempt(['srflx', 'srflx'], ['srflx', 'srflx'])),
        cell('linux-masquerade', 'linux-masquerade', 'stun', attempt(null, null)),
        cell('linux-masquerade', 'linux-masquerade', 'stun', attempt(['srflx', 'srflx'], ['srflx', 'srflx'])),
      ],
    };
    assert.deepEqual(variantRows(variant), [{ a: 'linux-masquerade', b: 'linux-masquerade', ice: 'stun', attempts: 3, connected: 2 }]);
  });
});
