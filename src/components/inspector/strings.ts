/**
 * UI strings of the candidate inspector, flat dotted keys per language.
 * Field explanations and parse errors come from `src/lib/ice/messages.ts`.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  'title': 'Candidate inspector',
  'noscript': 'With JavaScript, you can paste your own candidate lines here and see them explained; below is the breakdown of the example line.',
  'input': 'Candidate line, or an SDP with a=candidate lines',
  'input.hint': 'Paste from chrome://webrtc-internals, a log, or pc.localDescription.sdp. It stays in this page: nothing is sent and nothing goes into the address bar. "Copy link" gives a teammate the same breakdown with your addresses replaced by placeholders.',
  'examples': 'Examples',
  'example.host': 'host',
  'example.srflx': 'srflx',
  'example.relay': 'relay',
  'example.mdns': 'mDNS host',
  'example.tcp': 'TCP passive',
  'example.sdp': 'SDP fragment',
  'example.broken': 'a broken line',
  'clear': 'Clear',
  'summary.empty': 'Paste a candidate line to see it explained.',
  'summary.count': '{count} candidate line(s): {valid} valid, {invalid} with an error.',
  'summary.noCandidates': 'No a=candidate lines were found in this text.',
  'line': 'Line {n}',
  'valid': 'valid',
  'invalid': 'error',
  'share': 'Copy link to this breakdown',
  'shareCopied': 'Link copied.',
  'shareCopiedRedacted': 'Link copied. Every address, foundation and ufrag in it is replaced by a placeholder (e.g. private-v4-1.invalid), so the link does not carry your addresses; lines that are not valid candidates are left out.',
  'shareCopiedEmpty': 'Link copied. It opens the inspector without text: nothing here is a valid candidate line to put in a link.',
  'shareFailed': 'Copying failed: this browser did not allow access to the clipboard. Select the text and copy it by hand.',
  'tooLong': 'The text is too long to travel in a link ({length} characters, at most {max}); the breakdown still works here.',
  'restored': 'Loaded the text from the link.',
  'undecodable': 'The link is damaged: {pieces} is not valid percent-encoding, so it was not loaded. Ask for the link again, or paste the candidate line itself.',
} as const;

const ja: Translation<typeof en> = {
  'title': '候補インスペクター',
  'noscript': 'JavaScript が有効なら、ここに自分の候補行を貼り付けて解説を表示できます。下は例の行の内訳です。',
  'input': '候補行、または a=candidate 行を含む SDP',
  'input.hint': 'chrome://webrtc-internals、ログ、pc.localDescription.sdp などから貼り付けてください。テキストはこのページの中にだけ置かれ、どこにも送られず、アドレスバーにも入りません。「リンクをコピー」を使うと、アドレスをプレースホルダーに置き換えたうえで同じ内訳を同僚に見せられます。',
  'examples': '例',
  'example.host': 'host',
  'example.srflx': 'srflx',
  'example.relay': 'relay',
  'example.mdns': 'mDNS の host',
  'example.tcp': 'TCP passive',
  'example.sdp': 'SDP の断片',
  'example.broken': '壊れた行',
  'clear': 'クリア',
  'summary.empty': '候補行を貼り付けると、その解説を表示します。',
  'summary.count': '候補行 {count} 件：正しい行 {valid} 件、エラーのある行 {invalid} 件です。',
  'summary.noCandidates': 'このテキストには a=candidate 行がありません。',
  'line': '{n} 行目',
  'valid': '正常',
  'invalid': 'エラー',
  'share': 'この内訳へのリンクをコピー',
  'shareCopied': 'リンクをコピーしました。',
  'shareCopiedRedacted': 'リンクをコピーしました。リンク内のアドレス、foundation、ufrag はすべてプレースホルダー（例: private-v4-1.invalid）に置き換えてあるので、あなたのアドレスはリンクに含まれません。候補として正しくない行は含めていません。',
  'shareCopiedEmpty': 'リンクをコピーしました。有効な候補の行がないため、テキストなしでインスペクターを開くリンクです。',
  'shareFailed': 'コピーできませんでした。このブラウザーがクリップボードへのアクセスを許可しませんでした。テキストを選択して手動でコピーしてください。',
  'tooLong': 'テキストが長すぎてリンクに載せられません（{length} 文字、上限 {max} 文字）。内訳の表示はこのまま使えます。',
  'restored': 'リンクからテキストを読み込みました。',
  'undecodable': 'リンクが壊れています。{pieces} はパーセントエンコーディングとして正しくないため、読み込みませんでした。リンクをもう一度送ってもらうか、候補行そのものを貼り付けてください。',
};

/** The candidate inspector's UI text; read it with `translator(lang, inspectorText)`. */
export const inspectorText = defineDictionary({ en, ja });
