import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RoomEffect, RoomState } from '../../../src/lib/loopback/roomState.ts';
import { choosePartner, HEARTBEAT_MS, joinRoom, PEER_TIMEOUT_MS, stepRoom } from '../../../src/lib/loopback/roomState.ts';
import type { SignalingBody, SignalingMessage } from '../../../src/lib/loopback/signalingMessage.ts';
import { signalingMessage } from '../../../src/lib/loopback/signalingMessage.ts';

const ROOM = 'room2345';

/**
 * A room of simulated tabs on one broadcast bus: a tab's `send` effects
 * reach every other tab (not itself), in order, when the bus is flushed —
 * like a BroadcastChannel.
 */
class Bus {
  now = 0;
  readonly tabs = new Map<string, { state: RoomState; effects: RoomEffect[]; closed: boolean }>();
  readonly queue: SignalingMessage[] = [];

  join(id: string): void {
    const step = joinRoom(ROOM, id, this.now);
    this.tabs.set(id, { state: step.state, effects: [...step.effects], closed: false });
    this.collect(id, step.effects);
  }

  /** Posts a message as if another page had sent it. */
  post(from: string, body: SignalingBody): void {
    this.queue.push(signalingMessage(ROOM, from, body));
  }

  collect(id: string, effects: readonly RoomEffect[]): void {
    for (const effect of effects) if (effect.type === 'send') this.post(id, effect.body);
  }

  /** Delivers queued messages until the bus is quiet. */
  flush(): void {
    while (this.queue.length > 0) {
      const message = this.queue.shift()!;
      for (const [id, tab] of this.tabs) {
        if (id === message.from || tab.closed) continue;
        const step = stepRoom(tab.state, { type: 'message', message, now: this.now });
        tab.state = step.state;
        tab.effects.push(...step.effects);
        this.collect(id, step.effects);
      }
    }
  }

  /** Advances the clock, ticking every live tab every 250 ms. */
  advance(ms: number): void {
    const end = this.now + ms;
    while (this.now < end) {
      this.now = Math.min(end, this.now + 250);
      for (const [id, tab] of this.tabs) {
        if (tab.closed) continue;
        const step = stepRoom(tab.state, { type: 'tick', now: this.now });
        tab.state = step.state;
        tab.effects.push(...step.effects);
        this.collect(id, step.effects);
      }
      this.flush();
    }
  }

  leave(id: string): void {
    const tab = this.tabs.get(id)!;
    const step = stepRoom(tab.state, { type: 'leave', reason: 'closed', now: this.now });
    tab.state = step.state;
    this.collect(id, step.effects);
    tab.closed = true;
  }

  /** A tab that vanishes without a bye (crashed, or its bye was lost). */
  vanish(id: string): void {
    this.tabs.get(id)!.closed = true;
  }

  state(id: string): RoomState {
    return this.tabs.get(id)!.state;
  }

  effects(id: string, type: RoomEffect['type']): RoomEffect[] {
    return this.tabs.get(id)!.effects.filter((e) => e.type === type);
  }
}

test('joining a room announces the tab with a hello that names nobody', () => {
  const step = joinRoom(ROOM, 'aaaaaaaa', 0);
  assert.deepEqual(step.effects, [{ type: 'send', body: { type: 'hello', peer: null } }]);
  assert.equal(step.state.phase, 'waiting');
});

test('a second tab pairs with the first, and the two get opposite roles', () => {
  const bus = new Bus();
  bus.join('aaaaaaaa');
  bus.flush();
  bus.join('bbbbbbbb');
  bus.flush();
  assert.equal(bus.state('aaaaaaaa').phase, 'paired');
  assert.equal(bus.state('bbbbbbbb').phase, 'paired');
  assert.equal(bus.state('aaaaaaaa').peer, 'bbbbbbbb');
  assert.equal(bus.state('bbbbbbbb').peer, 'aaaaaaaa');
  assert.deepEqual(bus.effects('aaaaaaaa', 'paired'), [{ type: 'paired', peer: 'bbbbbbbb', role: 'polite' }]);
  assert.deepEqual(bus.effects('bbbbbbbb', 'paired'), [{ type: 'paired', peer: 'aaaaaaaa', role: 'impolite' }]);
});

test('two tabs that join at the same moment still pair, once each', () => {
  const bus = new Bus();
  bus.join('kkkkkkkk');
  bus.join('cccccccc');
  bus.flush();
  assert.equal(bus.state('kkkkkkkk').peer, 'cccccccc');
  assert.equal(bus.state('cccccccc').peer, 'kkkkkkkk');
  assert.equal(bus.effects('kkkkkkkk', 'paired').length, 1);
  assert.equal(bus.effects('cccccccc', 'paired').length, 1);
});

test('a tab sends its hello before it reports the pair, so its partner hears of the pair before any offer', () => {
  const bus = new Bus();
  bus.join('aaaaaaaa');
  bus.flush();
  bus.join('bbbbbbbb');
  // Deliver only the newcomer's first hello to the first tab.
  const hello = bus.queue.shift()!;
  const step = stepRoom(bus.state('aaaaaaaa'), { type: 'message', message: hello, now: 0 });
  const kinds = step.effects.map((e) => e.type);
  assert.deepEqual(kinds, ['send']);
  const reply = signalingMessage(ROOM, 'bbbbbbbb', { type: 'hello', peer: 'aaaaaaaa' });
  const confirm = stepRoom(step.state, { type: 'message', message: reply, now: 0 });
  assert.deepEqual(confirm.effects.map((e) => e.type), ['paired']);
});

test('a third tab finds the room full and the pair is left alone', () => {
  const bus = new Bus();
  bus.join('aaaaaaaa');
  bus.join('bbbbbbbb');
  bus.flush();
  bus.join('cccccccc');
  bus.flush();
  assert.equal(bus.state('cccccccc').phase, 'full');
  assert.equal(bus.state('cccccccc').peer, null);
  assert.equal(bus.state('aaaaaaaa').peer, 'bbbbbbbb');
  assert.equal(bus.state('bbbbbbbb').peer, 'aaaaaaaa');
  assert.equal(bus.effects('aaaaaaaa', 'unpaired').length, 0);
});

test('three tabs that join at once end with exactly one pair and one full tab', () => {
  const bus = new Bus();
  bus.join('mmmmmmmm');
  bus.join('cccccccc');
  bus.join('xxxxxxxx');
  bus.flush();
  const phases = ['mmmmmmmm', 'cccccccc', 'xxxxxxxx'].map((id) => bus.state(id).phase).sort();
  assert.deepEqual(phases, ['full', 'paired', 'paired']);
  const paired = ['mmmmmmmm', 'cccccccc', 'xxxxxxxx'].filter((id) => bus.state(id).phase === 'paired');
  assert.equal(bus.state(paired[0]!).peer, paired[1]);
  assert.equal(bus.state(paired[1]!).peer, paired[0]);
});

test('a bye makes the partner report that the other tab left, and frees it', () => {
  const bus = new Bus();
  bus.join('aaaaaaaa');
  bus.join('bbbbbbbb');
  bus.flush();
  bus.leave('bbbbbbbb');
  bus.flush();
  const a = bus.state('aaaaaaaa');
  assert.equal(a.phase, 'peer-left');
  assert.equal(a.peer, null);
  assert.deepEqual(a.departed, { id: 'bbbbbbbb', reason: 'bye', byeReason: 'closed', at: 0 });
  assert.equal(bus.effects('aaaaaaaa', 'unpaired').length, 1);
});

test('leaving sends a bye and ends the pair on the leaving side too', () => {
  const bus = new Bus();
  bus.join('aaaaaaaa');
  bus.join('bbbbbbbb');
  bus.flush();
  const step = stepRoom(bus.state('aaaaaaaa'), { type: 'leave', reason: 'closed', now: 5 });
  assert.deepEqual(step.effects, [
    { type: 'send', body: { type: 'bye', reason: 'closed' } },
    { type: 'unpaired', peer: 'bbbbbbbb', departure: null },
  ]);
  assert.equal(step.state.phase, 'left');
  assert.deepEqual(stepRoom(step.state, { type: 'tick', now: 5000 }).effects, []);
});

test('a reloaded tab (new id, after its bye) pairs again with the tab that stayed', () => {
  const bus = new Bus();
  bus.join('aaaaaaaa');
  bus.join('bbbbbbbb');
  bus.flush();
  bus.leave('bbbbbbbb');
  bus.flush();
  bus.join('dddddddd');
  bus.flush();
  assert.equal(bus.state('aaaaaaaa').phase, 'paired');
  assert.equal(bus.state('aaaaaaaa').peer, 'dddddddd');
  assert.equal(bus.state('aaaaaaaa').departed, null);
  assert.equal(bus.state('dddddddd').peer, 'aaaaaaaa');
});

test('heartbeats keep a quiet pair together', () => {
  const bus = new Bus();
  bus.join('aaaaaaaa');
  bus.join('bbbbbbbb');
  bus.flush();
  bus.advance(PEER_TIMEOUT_MS * 5);
  assert.equal(bus.state('aaaaaaaa').peer, 'bbbbbbbb');
  assert.equal(bus.effects('aaaaaaaa', 'unpaired').length, 0);
});

test('a tab sends one heartbeat hello per interval, not one per tick', () => {
  let state = joinRoom(ROOM, 'aaaaaaaa', 0).state;
  let hellos = 0;
  for (let now = 250; now <= 10 * HEARTBEAT_MS; now += 250) {
    const step = stepRoom(state, { type: 'tick', now });
    state = step.state;
    hellos += step.effects.filter((e) => e.type === 'send').length;
  }
  assert.equal(hellos, 10);
});

test('a tick with nothing due returns the very same state object', () => {
  const state = joinRoom(ROOM, 'aaaaaaaa', 0).state;
  const step = stepRoom(state, { type: 'tick', now: HEARTBEAT_MS / 4 });
  assert.equal(step.state, state);
  assert.deepEqual(step.effects, []);
});

test('a partner that falls silent is reported gone after the timeout, not before', () => {
  const bus = new Bus();
  bus.join('aaaaaaaa');
  bus.join('bbbbbbbb');
  bus.flush();
  bus.vanish('bbbbbbbb');
  bus.advance(PEER_TIMEOUT_MS - 250);
  assert.equal(bus.state('aaaaaaaa').phase, 'paired');
  bus.advance(1000);
  assert.equal(bus.state('aaaaaaaa').phase, 'peer-left');
  assert.equal(bus.state('aaaaaaaa').departed?.reason, 'timeout');
});

test('a reloaded tab whose bye was lost waits, then pairs once the old tab times out', () => {
  const bus = new Bus();
  bus.join('aaaaaaaa');
  bus.join('bbbbbbbb');
  bus.flush();
  bus.vanish('bbbbbbbb');
  bus.join('eeeeeeee');
  bus.flush();
  assert.equal(bus.state('eeeeeeee').phase, 'waiting');
  bus.advance(PEER_TIMEOUT_MS + 1000);
  assert.equal(bus.state('aaaaaaaa').peer, 'eeeeeeee');
  assert.equal(bus.state('eeeeeeee').peer, 'aaaaaaaa');
});

test('a tab waiting in a full room takes the seat when one of the pair leaves', () => {
  const bus = new Bus();
  bus.join('aaaaaaaa');
  bus.join('bbbbbbbb');
  bus.flush();
  bus.join('cccccccc');
  bus.flush();
  bus.leave('aaaaaaaa');
  bus.flush();
  assert.equal(bus.state('bbbbbbbb').peer, 'cccccccc');
  assert.equal(bus.state('cccccccc').peer, 'bbbbbbbb');
});

test('offers from the partner are delivered to the peer connection', () => {
  const bus = new Bus();
  bus.join('aaaaaaaa');
  bus.join('bbbbbbbb');
  bus.flush();
  bus.post('bbbbbbbb', { type: 'offer', to: 'aaaaaaaa', sdp: 'v=0\r\n' });
  bus.flush();
  const delivered = bus.effects('aaaaaaaa', 'deliver');
  assert.equal(delivered.length, 1);
  assert.equal(delivered[0]?.type === 'deliver' && delivered[0].message.type, 'offer');
});

test('an offer from a tab that is not the partner is not delivered', () => {
  const bus = new Bus();
  bus.join('aaaaaaaa');
  bus.join('bbbbbbbb');
  bus.flush();
  bus.join('cccccccc');
  bus.flush();
  bus.post('cccccccc', { type: 'offer', to: 'aaaaaaaa', sdp: 'v=0\r\n' });
  bus.flush();
  assert.equal(bus.effects('aaaaaaaa', 'deliver').length, 0);
});

test('a message addressed to another tab is not delivered', () => {
  const bus = new Bus();
  bus.join('aaaaaaaa');
  bus.join('bbbbbbbb');
  bus.flush();
  const step = stepRoom(bus.state('aaaaaaaa'), {
    type: 'message',
    message: signalingMessage(ROOM, 'bbbbbbbb', { type: 'end-of-candidates', to: 'zzzzzzzz', usernameFragment: null }),
    now: 0,
  });
  assert.deepEqual(step.effects, []);
});

test('messages for another room and echoes of this tab are ignored', () => {
  const state = joinRoom(ROOM, 'aaaaaaaa', 0).state;
  const elsewhere = signalingMessage('otherroom', 'bbbbbbbb', { type: 'hello', peer: null });
  const echo = signalingMessage(ROOM, 'aaaaaaaa', { type: 'hello', peer: null });
  assert.equal(stepRoom(state, { type: 'message', message: elsewhere, now: 1 }).state, state);
  assert.equal(stepRoom(state, { type: 'message', message: echo, now: 1 }).state, state);
});

test('a partner that stops naming this tab ends the pair as switched', () => {
  const bus = new Bus();
  bus.join('aaaaaaaa');
  bus.join('bbbbbbbb');
  bus.flush();
  const step = stepRoom(bus.state('aaaaaaaa'), {
    type: 'message',
    message: signalingMessage(ROOM, 'bbbbbbbb', { type: 'hello', peer: 'zzzzzzzz' }),
    now: 10,
  });
  assert.equal(step.effects[0]?.type, 'unpaired');
  assert.equal(step.state.departed?.reason, 'switched');
});

test('a free tab prefers a tab that already named it over one with a smaller id', () => {
  const tabs = [
    { id: 'aaaaaaaa', declared: null, lastSeen: 0 },
    { id: 'pppppppp', declared: 'mmmmmmmm', lastSeen: 0 },
  ];
  assert.equal(choosePartner('mmmmmmmm', tabs, null), 'pppppppp');
});

test('a tab in a confirmed pair with a third tab is not available', () => {
  const tabs = [
    { id: 'aaaaaaaa', declared: 'bbbbbbbb', lastSeen: 0 },
    { id: 'bbbbbbbb', declared: 'aaaaaaaa', lastSeen: 0 },
  ];
  assert.equal(choosePartner('cccccccc', tabs, null), null);
});
