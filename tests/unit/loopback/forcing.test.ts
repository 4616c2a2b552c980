import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countTurnUrls, peerConfiguration } from '../../../src/lib/loopback/forcing.ts';

const servers = [{ urls: ['stun:127.0.0.1:3478', 'turn:127.0.0.1:3478?transport=udp'], username: 'u', credential: 'p' }, { urls: 'turns:turn.example.internal' }];

test('all keeps the servers and the default policy', () => {
  assert.deepEqual(peerConfiguration('all', servers), { iceServers: servers, iceTransportPolicy: 'all' });
});

test('host only drops every server, so only host candidates can be gathered', () => {
  assert.deepEqual(peerConfiguration('host', servers), { iceServers: [], iceTransportPolicy: 'all' });
});

test('relay only keeps the servers and sets the relay policy', () => {
  assert.deepEqual(peerConfiguration('relay', servers), { iceServers: servers, iceTransportPolicy: 'relay' });
});

test('TURN URLs are counted across servers, STUN URLs are not', () => {
  assert.equal(countTurnUrls(peerConfiguration('relay', servers)), 2);
  assert.equal(countTurnUrls(peerConfiguration('host', servers)), 0);
  assert.equal(countTurnUrls(peerConfiguration('all', [{ urls: 'STUN:127.0.0.1' }])), 0);
});
