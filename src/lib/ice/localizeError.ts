/**
 * Error text in the reader's language. The parsers put an English `message`
 * on every error; widgets need the same sentence in the page language, with
 * the same placeholders filled in. These helpers rebuild the parameters from
 * what each error carries and look the text up in `messages.ts`.
 *
 * Used by the ICE server editor (URL and entry problems) and the candidate
 * inspector (candidate parse errors).
 */
import { translator } from '../../i18n/dictionary.ts';
import type { Lang } from '../../i18n/locales.ts';
import { iceText } from './messages.ts';
import type { CandidateParseError } from './parseCandidate.ts';
import type { IceServerProblem, IceServerUrlError } from './parseIceServerUrl.ts';
import { DEFAULT_ICE_SERVER_PORTS, MAX_ICE_SERVER_URL_LENGTH } from './parseIceServerUrl.ts';

const SCHEMES: ReadonlySet<string> = new Set(Object.keys(DEFAULT_ICE_SERVER_PORTS));

/**
 * Says what is wrong with one ICE server URL (RFC 7064 §3.1, RFC 7065 §3.1)
 * in the given language.
 *
 * @param lang - `en` or `ja`.
 * @param error - An error from `parseIceServerUrl`.
 * @returns One sentence: what was wrong and how to write it instead.
 * @example iceServerUrlErrorText('ja', parseIceServerUrl('stun://a').error) // → 'ICE サーバーの URL ではスキームの後に // を…'
 */
export function iceServerUrlErrorText(lang: Lang, error: IceServerUrlError): string {
  const colon = error.url.indexOf(':');
  const schemeText = colon === -1 ? '' : error.url.slice(0, colon);
  const scheme = schemeText.toLowerCase();
  const known = SCHEMES.has(scheme);
  const defaultPort = known ? String(DEFAULT_ICE_SERVER_PORTS[scheme as keyof typeof DEFAULT_ICE_SERVER_PORTS]) : '';
  const t = translator(lang, iceText);
  return t(`urlError.${error.code}`, {
    url: error.url,
    token: error.token ?? '',
    position: error.position ?? 0,
    suggestion: error.suggestion ?? `${known ? scheme : 'stun'}:<host>`,
    scheme: known ? scheme : schemeText,
    defaultPort,
    length: error.url.length,
    max: MAX_ICE_SERVER_URL_LENGTH,
  });
}

/** The parts of an `RTCIceServer`-like entry a problem's message may quote. */
export interface IceServerEntryContext {
  /** The URLs of the entry, in order, so `urlIndex` can be resolved. */
  readonly urls: readonly unknown[];
  readonly username?: unknown;
}

/**
 * Says what is wrong with one `RTCIceServer` entry (W3C WebRTC 1.0,
 * RTCConfiguration validation) in the given language.
 *
 * @param lang - `en` or `ja`.
 * @param problem - One entry of `IceServerError.problems` from `validateIceServer`.
 * @param entry - The entry that was checked, for the URL and username the text quotes.
 * @returns One sentence: what was wrong and what to do.
 */
export function iceServerProblemText(lang: Lang, problem: IceServerProblem, entry: IceServerEntryContext): string {
  if (problem.urlError !== null) return iceServerUrlErrorText(lang, problem.urlError);
  const url = problem.urlIndex === null ? '' : entry.urls[problem.urlIndex];
  const username = typeof entry.username === 'string' ? entry.username : '';
  const t = translator(lang, iceText);
  return t(`iceServerError.${problem.code}` as `iceServerError.${Exclude<IceServerProblem['code'], IceServerUrlError['code']>}`, {
    url: typeof url === 'string' ? url : '',
    index: problem.urlIndex ?? 0,
    length: new TextEncoder().encode(username).length,
  });
}

/**
 * Says why a candidate line did not parse (RFC 8839 §5.1 grammar) in the
 * given language, naming the field and the offending token.
 *
 * @param lang - `en` or `ja`.
 * @param error - An error from `parseCandidate`.
 * @returns One sentence: which token is wrong, where, and what is expected.
 */
export function candidateErrorText(lang: Lang, error: CandidateParseError): string {
  const t = translator(lang, iceText);
  return t(`candidateError.${error.code}`, {
    field: error.field === null ? '' : t(`fieldName.${error.field}`),
    token: error.token ?? '',
    position: error.position,
  });
}
