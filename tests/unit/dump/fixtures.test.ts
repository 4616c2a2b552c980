/**
 * The dump doctor on every real fixture (scripts/makeDumpFixtures.ts) against
 * its ground truth, which the fixture script wrote from what the page itself
 * observed (events and getStats), not from the dump.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translator } from '../../../src/i18n/dictionary.ts';
import { analyseDump, dumpText, findingAnchors, finalSelectedPair, ticketReport, type FindingId } from '../../../src/lib/dump/index.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'dumps');

interface SideTruth {
  label: string;
  iceConnectionStates: string[];
  candidateTypes: string[];
  candidateErrors: { url: string; errorCode: number }[];
  selected: { local: string; remote: string; protocol: string } | null;
}
interface Truth {
  scenario: string;
  sides: SideTruth[];
  expectedFindings: FindingId[];
  forbiddenFindings: FindingId[];
  expectedFindingsB?: FindingId[];
  forbiddenFindingsB?: FindingId[];
}

const truths = readdirSync(dir)
  .filter((f) => f.endsWith('.truth.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Truth);

test('there is a ground truth for every scenario the issue asks for, and every finding rule fires on some real fixture', () => {
  const names = truths.map((t) => t.scenario);
  const fired = new Set(truths.flatMap((t) => [...t.expectedFindings, ...(t.expectedFindingsB ?? [])]));
  // tcp-tls-relay-only has no real fixture (see tcpRelay.test.ts).
  for (const id of Object.keys(findingAnchors)) if (id !== 'tcp-tls-relay-only') assert.ok(fired.has(id as FindingId), `no fixture expects ${id}`);
  for (const needed of ['host-success', 'all-pairs-failed', 'turn-401', 'relay-success', 'stun-unreachable', 'peer-gone', 'symmetric-symmetric', 'closed-network-mdns']) {
    assert.ok(names.includes(needed), `missing fixture ${needed}`);
  }
});

for (const truth of truths) {
  const bytes = new Uint8Array(readFileSync(join(dir, `${truth.scenario}.json`)));
  const result = analyseDump(bytes);

  test(`${truth.scenario}: the dump reads, with one peer connection per side the page recorded`, () => {
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.ok(result.value.connections.length >= 1 && result.value.connections.length <= truth.sides.length);
  });

  if (!result.ok) continue;
  const connections = result.value.connections;

  truth.sides.slice(0, connections.length).forEach((side, i) => {
    const c = connections[i]!;
    test(`${truth.scenario} side ${side.label}: ICE states in the dump match what the page saw`, () => {
      assert.deepEqual(
        c.model.timeline.filter((t) => t.machine === 'ice').map((t) => t.state),
        side.iceConnectionStates,
      );
    });
    test(`${truth.scenario} side ${side.label}: local candidate types match what the page gathered`, () => {
      assert.deepEqual([...new Set(c.model.localCandidates.map((x) => x.type))].sort(), side.candidateTypes);
    });
    test(`${truth.scenario} side ${side.label}: icecandidateerror codes match the page's events`, () => {
      assert.deepEqual(c.model.candidateErrors.map((e) => e.errorCode), side.candidateErrors.map((e) => e.errorCode));
    });
    test(`${truth.scenario} side ${side.label}: the selected pair's types match getStats in the page`, () => {
      const sel = finalSelectedPair(c.model);
      if (side.selected === null) {
        // The page read getStats at the end; a pair selected earlier may have been dropped since.
        assert.ok(sel === null || c.findings.some((f) => f.id === 'consent-expired'), 'a selected pair the page did not see');
      } else {
        assert.ok(sel, 'no selected pair in the dump');
        assert.equal(sel.local?.type, side.selected.local);
        assert.equal(sel.remote?.type, side.selected.remote);
        assert.equal(sel.local?.protocol, side.selected.protocol);
      }
    });
  });

  const first = connections[0]!;
  const ids = first.findings.map((f) => f.id);
  for (const id of truth.expectedFindings) {
    test(`${truth.scenario}: finds ${id}`, () => assert.ok(ids.includes(id), `got ${ids.join(', ')}`));
  }
  for (const id of truth.forbiddenFindings) {
    test(`${truth.scenario}: does not claim ${id}`, () => assert.ok(!ids.includes(id), `got ${ids.join(', ')}`));
  }
  const idsB = connections[1]?.findings.map((f) => f.id) ?? [];
  for (const id of truth.expectedFindingsB ?? []) {
    test(`${truth.scenario}, answerer: finds ${id}`, () => assert.ok(idsB.includes(id), `got ${idsB.join(', ')}`));
  }
  for (const id of truth.forbiddenFindingsB ?? []) {
    test(`${truth.scenario}, answerer: does not claim ${id}`, () => assert.ok(!idsB.includes(id), `got ${idsB.join(', ')}`));
  }

  test(`${truth.scenario}: every finding has evidence, an anchor, and a complete sentence in en and ja`, () => {
    for (const c of connections) {
      for (const f of c.findings) {
        assert.ok(f.evidence.length > 0, `${f.id} without evidence`);
        assert.deepEqual(f.anchor, f.id === 'turn-no-relay' && f.anchor.slug === 'turn-relay' ? { slug: 'turn-relay', id: 'long-term-credentials' } : findingAnchors[f.id]);
        for (const lang of ['en', 'ja'] as const) {
          const t = translator(lang, dumpText);
          assert.ok(t.has(f.messageKey), `${lang} has no text for ${f.messageKey}`);
          const text = t(f.messageKey, f.params);
          assert.doesNotMatch(text, /\{\w+\}/, `${lang} ${f.messageKey} left a placeholder`);
        }
      }
    }
  });

  test(`${truth.scenario}: the ticket report is redacted by default and keeps the findings`, () => {
    for (const lang of ['en', 'ja'] as const) {
      const md = ticketReport(result.value, { lang, redact: true, link: (s, id) => `/${lang}/articles/${s}/#${id}` });
      assert.doesNotMatch(md, /\b10\.\d+\.\d+\.\d+\b|\b203\.0\.113\.\d+\b/, 'an address survived redaction');
      assert.doesNotMatch(md, /icelab\.test/, 'the page URL survived redaction');
      for (const f of first.findings) assert.ok(md.includes(`/${lang}/articles/${f.anchor.slug}/#${f.anchor.id}`));
      assert.ok(md.startsWith(`# ${dumpText.texts[lang]['report.title']}`));
    }
  });
}

test('the compressed download reads the same as the plain one', () => {
  const gz = analyseDump(new Uint8Array(readFileSync(join(dir, 'host-success.gz'))));
  assert.ok(gz.ok);
  assert.equal(gz.value.model.compressed, true);
  assert.deepEqual(
    gz.value.connections.map((c) => c.findings.map((f) => f.id)),
    [['only-host', 'only-host', 'call-worked'], ['only-host', 'only-host', 'call-worked']],
  );
});
