import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bridgeCounts, labelFlows } from '../../../scripts/lab/flows.ts';

describe('flows', () => {
  const flows = labelFlows(
    [
      { source: '203.0.113.10', sourcePort: 5000, destination: '203.0.113.20', destinationPort: 6000, packets: 7, bytes: 700 },
      { source: '203.0.113.10', sourcePort: 5000, destination: '203.0.113.2', destinationPort: 3478, packets: 2, bytes: 200 },
    ],
    'inet',
    ['203.0.113.2', '203.0.113.3'],
  );

  test('labels flows that touch the server as via-server and the rest as direct', () => {
    assert.deepEqual(flows.map((f) => [f.segment, f.path]), [
      ['inet', 'direct'],
      ['inet', 'via-server'],
    ]);
  });

  test('adds up packets per path', () => {
    assert.deepEqual(bridgeCounts(flows), { direct: 7, viaServer: 2 });
  });
});
