import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { translator } from '../../../src/i18n/dictionary.ts';
import { natText } from '../../../src/lib/nat/messages.ts';
import { natTypeIds } from '../../../src/lib/nat/natTypes.ts';
import { outcomeReasons } from '../../../src/lib/nat/outcome.ts';
import { packetKinds } from '../../../src/lib/nat/packet.ts';
import { runScenario, scenarioIds } from '../../../src/lib/nat/scenarios.ts';
import { dropReasons, simEventCodes } from '../../../src/lib/nat/simEvent.ts';
import { unwrap } from './natTestKit.ts';

const en: Readonly<Record<string, string>> = natText.texts.en;
const ja: Readonly<Record<string, string>> = natText.texts.ja;

describe('messages', () => {
  test('every event code has an English and a Japanese caption', () => {
    for (const code of simEventCodes) {
      assert.ok(en[code] && en[code].length > 0, `en ${code}`);
      assert.ok(ja[code] && ja[code].length > 0, `ja ${code}`);
    }
  });

  test('Japanese captions are written in です・ます style', () => {
    for (const code of simEventCodes) assert.match(ja[code] ?? '', /(です|ます|ました|ません)/, code);
  });

  test('every vocabulary term exists in both languages', () => {
    const terms = [...packetKinds, ...dropReasons, 'host', 'srflx', 'prflx', 'relay', 'EIM', 'ADM', 'APDM', 'EIF', 'ADF', 'APDF'];
    for (const term of terms) {
      assert.ok(en[`term.${term}`], `en term.${term}`);
      assert.ok(ja[`term.${term}`], `ja term.${term}`);
    }
  });

  test('every NAT type, scenario and outcome reason has text', () => {
    for (const id of natTypeIds) {
      for (const suffix of ['name', 'description']) assert.ok(en[`nat.${id}.${suffix}`] && ja[`nat.${id}.${suffix}`], `${id}.${suffix}`);
    }
    for (const id of scenarioIds) {
      for (const suffix of ['name', 'description']) assert.ok(en[`scenario.${id}.${suffix}`] && ja[`scenario.${id}.${suffix}`], `${id}.${suffix}`);
    }
    for (const reason of outcomeReasons) assert.ok(en[`outcome.${reason}`] && ja[`outcome.${reason}`], reason);
  });

  test('every event of every scenario formats fully in both languages', () => {
    for (const id of scenarioIds) {
      for (const input of [{}, { natA: 'symmetric', natB: 'symmetric', turn: true }] as const) {
        for (const event of unwrap(runScenario(id, input)).events) {
          for (const lang of ['en', 'ja'] as const) {
            const text = translator(lang, natText)(event.code, event.params);
            assert.doesNotMatch(text, /\{[A-Za-z0-9|]+\}/, `${id} ${event.code} ${lang}: ${text}`);
          }
        }
      }
    }
  });
});

describe('the NAT text lookup', () => {
  const t = { en: translator('en', natText), ja: translator('ja', natText) };

  test('fills params and translates vocabulary through the term table', () => {
    const params = { kind: 'check', from: '198.51.100.20:41114', node: 'A', to: '192.168.1.10:50000' };
    assert.equal(t.en('packet-delivered', params), 'The connectivity check from 198.51.100.20:41114 reaches A at 192.168.1.10:50000.');
    assert.equal(t.ja('packet-delivered', params), '198.51.100.20:41114 からの接続性チェックが A（192.168.1.10:50000）に届きました。');
  });

  test('puts a space between Japanese and Latin text, but not next to punctuation', () => {
    const text = t.ja('packet-delivered', { kind: 'stun-binding-request', from: '203.0.113.10:40836', node: 'STUN', to: '192.0.2.10:3478' });
    assert.equal(text, '203.0.113.10:40836 からの STUN Binding リクエストが STUN（192.0.2.10:3478）に届きました。');
  });

  test('leaves a missing param visible and returns an unknown key as is', () => {
    assert.match(t.en('data-sent', { node: 'A' }), /\{from\}/);
    const key: string = 'no-such-key';
    assert.equal(t.en.has(key), false);
    assert.equal((t.en as (key: string) => string)(key), 'no-such-key');
  });
});
