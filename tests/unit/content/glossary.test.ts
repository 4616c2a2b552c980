/**
 * Checks the bilingual glossary data (src/content/glossary/glossary.yaml):
 * entry shape, ids, cross-references, tooltip lengths, the plain-text rules
 * for `long`, and that every id the articles already link to is present.
 * The Astro schema in src/content.config.ts validates types at build time;
 * these tests guard the editorial rules the schema cannot express.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

interface LangText {
  term: string;
  short: string;
  long: string;
  aka?: string[];
  reading?: string;
}

interface GlossaryEntry {
  id: string;
  related: string[];
  rfc?: { n: number; s?: string };
  en: LangText;
  ja: LangText;
}

const glossaryPath = join(import.meta.dirname, '../../../src/content/glossary/glossary.yaml');

/** The ids article writers already link to with `<Term id="…">`. */
const requiredIds = [
  'signaling-server', 'sdp', 'offer-answer', 'ice', 'ice-agent', 'ice-candidate',
  'host-candidate', 'server-reflexive-candidate', 'peer-reflexive-candidate',
  'relayed-candidate', 'mdns-candidate', 'candidate-pair', 'connectivity-check',
  'nomination', 'trickle-ice', 'stun', 'binding-request', 'xor-mapped-address',
  'turn', 'allocation', 'permission', 'channel', 'nat', 'napt', 'nat-traversal',
  'mapping', 'filtering', 'endpoint-independent', 'address-dependent',
  'address-and-port-dependent', 'full-cone', 'restricted-cone',
  'port-restricted-cone', 'symmetric-nat', 'hole-punching', 'hairpinning', 'cgnat',
  'coturn', 'foundation', 'component', 'priority', 'controlling-agent',
  'controlled-agent', 'checklist', 'consent-freshness', 'ice-restart', 'five-tuple',
  'firewall', 'asymmetric-routing', 'dtls', 'data-channel', 'ice-ufrag-password',
  'long-term-credentials', 'magic-cookie', 'transaction-id', 'message-integrity',
  'fingerprint', 'channel-data', 'relay-transport-address', 'mapping-timeout',
  'port-preservation', 'ice-lite', 'turn-rest-credentials', 'realm', 'nonce',
] as const;

const languages = ['en', 'ja'] as const;
const shortLimit = { en: 200, ja: 120 } as const;

/**
 * Length in user-perceived characters (code points), so that a Japanese
 * character counts as one, not as one or two UTF-16 units.
 */
function charCount(text: string): number {
  return [...text].length;
}

/** Splits a `long` text into paragraphs separated by blank lines. */
function paragraphs(text: string): string[] {
  return text.trim().split(/\n[ \t]*\n/).map((p) => p.trim());
}

/** Removes `code` spans so the remaining prose can be checked for markup. */
function withoutCodeSpans(text: string): string {
  return text.replace(/`[^`\n]*`/g, '');
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '');
}

function loadEntries(): GlossaryEntry[] {
  const parsed: unknown = load(readFileSync(glossaryPath, 'utf8'));
  assert.ok(Array.isArray(parsed), 'glossary.yaml must be a YAML list of entries');
  return parsed as GlossaryEntry[];
}

const entries = loadEntries();
const ids = entries.map((entry) => entry.id);

test('every entry has an id, a related list, and en and ja texts with term, short and long', () => {
  for (const entry of entries) {
    assert.equal(typeof entry.id, 'string', `entry without a string id: ${JSON.stringify(entry).slice(0, 80)}`);
    assert.ok(isStringArray(entry.related), `${entry.id}: related must be a list of ids`);
    for (const lang of languages) {
      const text: unknown = entry[lang];
      assert.ok(typeof text === 'object' && text !== null, `${entry.id}: missing ${lang}`);
      for (const field of ['term', 'short', 'long'] as const) {
        const value = entry[lang][field];
        assert.ok(typeof value === 'string' && value.trim() !== '', `${entry.id}.${lang}.${field} is missing or empty`);
      }
      const aka = entry[lang].aka;
      if (aka !== undefined) assert.ok(isStringArray(aka), `${entry.id}.${lang}.aka must be a list of non-empty strings`);
    }
  }
});

test('ids are lowercase ascii kebab-case', () => {
  for (const id of ids) {
    assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `id "${id}" is not kebab-case`);
  }
});

test('ids are unique', () => {
  const seen = new Set<string>();
  const duplicates = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  assert.deepEqual(duplicates, []);
});

test('every related id exists, and no entry relates to itself or repeats an id', () => {
  const known = new Set(ids);
  for (const entry of entries) {
    const missing = entry.related.filter((id) => !known.has(id));
    assert.deepEqual(missing, [], `${entry.id}: related ids not in the glossary`);
    assert.ok(!entry.related.includes(entry.id), `${entry.id}: relates to itself`);
    assert.equal(new Set(entry.related).size, entry.related.length, `${entry.id}: related has duplicates`);
  }
});

test('the list contains every id the articles use', () => {
  const present = new Set(ids);
  const missing = requiredIds.filter((id) => !present.has(id));
  assert.deepEqual(missing, []);
});

test('English short definitions are one sentence of at most 200 characters', () => {
  for (const entry of entries) {
    const short = entry.en.short;
    assert.ok(charCount(short) <= shortLimit.en, `${entry.id}: en.short has ${charCount(short)} characters`);
    assert.match(short, /\.$/, `${entry.id}: en.short must end with a full stop`);
    assert.doesNotMatch(short.slice(0, -1), /[.!?]\s/, `${entry.id}: en.short must be a single sentence`);
  }
});

test('Japanese short definitions are one sentence of at most 120 characters', () => {
  for (const entry of entries) {
    const short = entry.ja.short;
    assert.ok(charCount(short) <= shortLimit.ja, `${entry.id}: ja.short has ${charCount(short)} characters`);
    assert.match(short, /。$/, `${entry.id}: ja.short must end with 。`);
    assert.doesNotMatch(short.slice(0, -1), /[。！？]/, `${entry.id}: ja.short must be a single sentence`);
  }
});

test('short definitions are plain text on one line, without code spans', () => {
  for (const entry of entries) {
    for (const lang of languages) {
      assert.doesNotMatch(entry[lang].short, /[`\n]/, `${entry.id}.${lang}.short`);
    }
  }
});

test('long texts have two to five paragraphs', () => {
  for (const entry of entries) {
    for (const lang of languages) {
      const count = paragraphs(entry[lang].long).length;
      assert.ok(count >= 2 && count <= 5, `${entry.id}.${lang}.long has ${count} paragraphs`);
    }
  }
});

test('long texts use no markup other than backtick code spans', () => {
  for (const entry of entries) {
    for (const lang of languages) {
      const long = entry[lang].long;
      const backticks = long.match(/`/g)?.length ?? 0;
      assert.equal(backticks % 2, 0, `${entry.id}.${lang}.long has an unclosed code span`);
      assert.doesNotMatch(withoutCodeSpans(long), /[*_#<>[\]]|^\s*[-+] /m, `${entry.id}.${lang}.long contains markup`);
    }
  }
});

test('every paragraph ends a sentence: English with a full stop, Japanese with 。', () => {
  for (const entry of entries) {
    for (const p of paragraphs(entry.en.long)) assert.match(p, /[.)]$/, `${entry.id}.en.long: "${p.slice(-40)}"`);
    for (const p of paragraphs(entry.ja.long)) assert.match(p, /。$/, `${entry.id}.ja.long: "${p.slice(-20)}"`);
  }
});

test('Japanese long texts are written in the です・ます style', () => {
  for (const entry of entries) {
    assert.match(entry.ja.long, /(です|ます|ません|でした|ました)。/, `${entry.id}.ja.long`);
  }
});

test('Japanese terms containing kanji carry a reading written in kana only', () => {
  for (const entry of entries) {
    const { term, reading } = entry.ja;
    if (/\p{Script=Han}/u.test(term)) assert.ok(reading, `${entry.id}: ja.term "${term}" needs a reading`);
    if (reading !== undefined) assert.match(reading, /^[\p{Script=Hiragana}\p{Script=Katakana}ー・ ]+$/u, `${entry.id}: ja.reading`);
  }
});

test('rfc references name a published RFC number and a dotted section', () => {
  for (const entry of entries) {
    if (entry.rfc === undefined) continue;
    const { n, s } = entry.rfc;
    assert.ok(Number.isInteger(n) && n > 0 && n < 10000, `${entry.id}: rfc.n ${String(n)}`);
    if (s !== undefined) assert.match(s, /^\d+(?:\.\d+)*$/, `${entry.id}: rfc.s "${s}" must be a string like "4.1"`);
  }
});
