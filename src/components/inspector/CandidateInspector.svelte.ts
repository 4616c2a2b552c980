/**
 * State of the candidate inspector: the pasted text, what it contains
 * (`inspectPastedText`), and the text's trip through the URL fragment
 * (`#inspector?c=…`) so a teammate's link reopens the same breakdown. The
 * reader's own addresses never go into a URL: typing writes nothing to the
 * address bar, and a copied link carries the candidates with every address
 * replaced by a placeholder (the site's own examples travel as they are).
 */
import { readHashStateDetailed, shareUrl } from '../../lib/browser/hashState.ts';
import { copyText } from '../../lib/browser/clipboard.ts';
import { inspectPastedText } from '../../lib/ice/inspectPastedText.ts';
import { createRedactor } from '../../lib/ice/redactCandidate.ts';
import { translator } from '../../i18n/dictionary.ts';
import type { Lang } from '../../i18n/locales.ts';
import { inspectorText } from './strings.ts';

/** Example inputs (documentation and private addresses only, RFC 5737 / RFC 1918). */
export const EXAMPLES = {
  srflx: 'candidate:842163049 1 udp 1677729535 203.0.113.7 54400 typ srflx raddr 192.168.1.20 rport 54400 generation 0 ufrag EsAw network-id 1 network-cost 10',
  host: 'candidate:1467250027 1 udp 2122260223 192.168.1.20 54400 typ host generation 0 ufrag EsAw network-id 1 network-cost 10',
  relay: 'candidate:3406391066 1 udp 41885439 198.51.100.9 61234 typ relay raddr 203.0.113.7 rport 54400 generation 0 ufrag EsAw network-id 1 network-cost 10',
  mdns: 'candidate:1467250027 1 udp 2113937151 6f0f1c54-6b1d-4e8b-a3c5-2f7a0d9e8c11.local 54400 typ host generation 0 ufrag EsAw network-cost 999',
  tcp: 'candidate:1191384207 1 tcp 1518280447 192.168.1.20 9 typ host tcptype active generation 0 ufrag EsAw network-id 1 network-cost 10',
  sdp: [
    'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
    'c=IN IP4 0.0.0.0',
    'a=mid:0',
    'a=candidate:1467250027 1 udp 2122260223 192.168.1.20 54400 typ host generation 0 network-id 1',
    'a=candidate:842163049 1 udp 1677729535 203.0.113.7 54400 typ srflx raddr 192.168.1.20 rport 54400 generation 0 network-id 1',
    'a=candidate:3406391066 1 udp 41885439 198.51.100.9 61234 typ relay raddr 203.0.113.7 rport 54400 generation 0 network-id 1',
    'a=end-of-candidates',
  ].join('\n'),
  broken: 'candidate:842163049 1 udp 1677729535 203.0.113.7 54400 typ srflx rport 54400',
} as const;

/** Names of the examples, in the order their buttons appear. */
export type ExampleName = keyof typeof EXAMPLES;

/** Longest text written into the URL; longer text still works, but only on this page. */
export const MAX_LINK_TEXT = 4000;

/** Quotes a piece of a link in a notice without letting a long one take over the page. */
function shorten(piece: string): string {
  return piece.length > 60 ? `${piece.slice(0, 57)}…` : piece;
}

export class InspectorState {
  readonly lang: Lang;
  /** The lookup of the page language. */
  readonly t;
  readonly id: string;

  /** The pasted text. */
  text = $state<string>(EXAMPLES.srflx);
  /** A short message about the last action. */
  notice = $state('');
  ready = $state(false);

  /** The candidates found in the text, parsed or with their errors. */
  inspected = $derived(inspectPastedText(this.text));
  validCount = $derived(this.inspected.candidates.filter((c) => c.result.ok).length);
  invalidCount = $derived(this.inspected.candidates.length - this.validCount);
  tooLong = $derived(this.text.length > MAX_LINK_TEXT);

  constructor(lang: Lang, id: string) {
    this.lang = lang;
    this.t = translator(lang, inspectorText);
    this.id = id;
  }

  /**
   * Runs after hydration: restores text from the URL, and follows later
   * changes of the fragment (a pasted link in the same tab).
   *
   * @param root - The widget's element, scrolled into view when a link targets it.
   * @returns Cleanup for unmount.
   */
  mount(root: HTMLElement | undefined): () => void {
    const restore = (scroll: boolean) => {
      const state = readHashStateDetailed(this.id);
      if (state === null) return;
      const text = state.params.get('c');
      if (state.undecodable.length > 0) {
        // Malformed percent-encoding: say so, keep whatever the reader has.
        this.notice = this.t('undecodable', { pieces: state.undecodable.map(shorten).join(', ') });
      } else if (text !== null) {
        this.notice = this.t('restored');
      }
      if (text !== null) this.text = text;
      if (scroll) root?.scrollIntoView({ block: 'start' });
    };
    restore(true);
    const onHashChange = () => restore(true);
    globalThis.addEventListener('hashchange', onHashChange);
    this.ready = true;
    return () => globalThis.removeEventListener('hashchange', onHashChange);
  }

  /** Sets the text (typed, pasted or an example); nothing is written to the URL. */
  setText(text: string): void {
    this.text = text;
    this.notice = '';
  }

  /**
   * The text a copied link carries: one of the site's examples as it is;
   * otherwise each valid candidate with its addresses, foundations and ufrags
   * replaced by placeholders (`redactCandidate`), so a link never holds the
   * reader's addresses. Lines that do not parse are left out.
   */
  linkText(): { text: string; redacted: boolean } {
    if ((Object.values(EXAMPLES) as string[]).includes(this.text)) return { text: this.text, redacted: false };
    const redactor = createRedactor();
    const lines = this.inspected.candidates.flatMap((c) => (c.result.ok ? [redactor.redactCandidate(c.result.value).line] : []));
    return { text: lines.join('\n'), redacted: true };
  }

  /** Copies a link that reopens this breakdown (addresses replaced by placeholders). */
  async copyLink(): Promise<void> {
    const { text, redacted } = this.linkText();
    const link = shareUrl(this.id, text === '' || text.length > MAX_LINK_TEXT ? {} : { c: text });
    this.notice = (await copyText(link))
      ? this.t(text === '' ? 'shareCopiedEmpty' : redacted ? 'shareCopiedRedacted' : 'shareCopied')
      : this.t('shareFailed');
  }
}
