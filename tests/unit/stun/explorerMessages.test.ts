import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ExplorerMessageCode } from '../../../src/lib/stun/explorerMessages.ts';
import { explorerMessages, formatExplorerMessage } from '../../../src/lib/stun/explorerMessages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const codes = Object.keys(explorerMessages.en) as ExplorerMessageCode[];

describe('explorerMessages', () => {
  test('English and Japanese have the same codes', () => {
    assert.deepEqual(Object.keys(explorerMessages.ja).sort(), [...codes].sort());
  });

  test('each Japanese text uses the same placeholders as its English one', () => {
    for (const code of codes) {
      assert.deepEqual(placeholders(explorerMessages.ja[code]), placeholders(explorerMessages.en[code]), code);
    }
  });

  test('each Japanese sentence is written in Japanese', () => {
    for (const code of codes.filter((c) => c.startsWith('endpoint-'))) {
      assert.match(explorerMessages.ja[code], /[ぁ-んァ-ヶ一-龯]/, code);
      assert.match(explorerMessages.ja[code], /。$/, `${code} ends a sentence`);
    }
  });

  test('formatExplorerMessage fills placeholders and leaves unknown ones visible', () => {
    assert.equal(formatExplorerMessage('en', 'value-bytes', { n: 20 }), '20 bytes');
    assert.equal(formatExplorerMessage('ja', 'value-seconds', { n: 600 }), '600 秒');
    assert.equal(formatExplorerMessage('en', 'value-bytes'), '{n} bytes');
  });
});
