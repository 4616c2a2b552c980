import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLinter, loadTextlintrc } from 'textlint';

// The terminology dictionary (prh.yml) through textlint-rule-prh, exactly as
// scripts/lintJa.ts runs it on widget strings.
const descriptor = await loadTextlintrc();
const prh = createLinter({
  descriptor: descriptor.shallowMerge({ rules: descriptor.rule.toKernelRulesFormat().filter((r) => r.ruleId === 'prh') }),
});

async function fixes(text: string): Promise<string[]> {
  const result = await prh.lintText(text, 'string.txt');
  return result.messages.map((m) => m.message.replace(/\s+prh$/, ''));
}

const forbidden: [string, string][] = [
  ['サーバー反射候補を集めます。', 'サーバー反射 => サーバーリフレクシブ'],
  ['ピア再帰候補が見つかります。', 'ピア再帰 => ピアリフレクシブ'],
  ['再帰アドレスを運ぶ属性です。', '再帰アドレス => リフレクシブアドレス'],
  ['ブラウザで動きます。', 'ブラウザ => ブラウザー'],
  ['シンメトリック NAT の内側です。', 'シンメトリック NAT => 対称型 NAT'],
  ['種類優先度は 100 です。', '種類優先度 => タイプ優先度'],
  ['タイププリファレンスは 0 です。', 'タイププリファレンス => タイプ優先度'],
  ['閉域ネットワークの事例です。', '閉域ネットワーク => 閉域網'],
  ['閉じたネットワークの事例です。', '閉じたネットワーク => 閉域網'],
  ['ICE の疎通確認です。', '疎通確認 => 接続性チェック'],
  ['TURN サーバーが割り当てを作ります。', '割り当て => アロケーション'],
  ['中継アドレスに届きます。', '中継アドレス => リレートランスポートアドレス'],
  ['リレーアドレスに届きます。', 'リレーアドレス => リレートランスポートアドレス'],
  ['4 つに分けました (RFC 3489 §5)。', 'た (RFC 3489 §5) => た（RFC 3489 §5）'],
];

for (const [text, expected] of forbidden) {
  test(`prh reports "${text}"`, async () => {
    assert.ok((await fixes(text)).includes(expected), `${text}: ${JSON.stringify(await fixes(text))}`);
  });
}

const allowed = [
  'サーバーリフレクシブ候補とピアリフレクシブ候補を集めます。',
  'ブラウザーは対称型 NAT の内側にあります。',
  'NAT は宛先ごとに別のポートを割り当てます。',
  'ポート割り当てに random を使います。',
  'リレートランスポートアドレスへの接続性チェックが閉域網で成功しました。',
  'タイプ優先度（RFC 8445 §5.1.2.2）は 126 です。',
];

for (const text of allowed) {
  test(`prh accepts "${text}"`, async () => {
    assert.deepEqual(await fixes(text), []);
  });
}
