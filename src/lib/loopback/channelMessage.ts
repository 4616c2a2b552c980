/**
 * What the two tabs say to each other once the data channel is open: chat
 * lines, and ping/pong pairs that measure the round-trip time over the
 * path ICE chose. Everything travels as JSON text on one reliable, ordered
 * RTCDataChannel (RFC 8831 §6.1, over SCTP over DTLS); unlike signaling,
 * these messages go straight between the peers.
 */
import type { LibError, Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { translator } from '../../i18n/dictionary.ts';
import type { Lang } from '../../i18n/locales.ts';
import { loopbackText } from './messages.ts';

/** Longest chat line, in UTF-16 code units. */
export const MAX_CHAT_LENGTH = 2000;

/** A message on the data channel. `sentAt` is the pinging tab's own clock (ms). */
export type ChannelMessage =
  | { readonly kind: 'chat'; readonly text: string }
  | { readonly kind: 'ping'; readonly id: number; readonly sentAt: number }
  | { readonly kind: 'pong'; readonly id: number; readonly sentAt: number };

/** Stable codes of {@link ChannelMessageError}. */
export type ChannelErrorCode = 'not-text' | 'not-json' | 'unknown-kind' | 'bad-field';

/** Why a data-channel message was refused. */
export interface ChannelMessageError extends LibError {
  readonly code: ChannelErrorCode;
  readonly kind: string | null;
  readonly field: string | null;
  readonly value: string | null;
}

/** Stable codes of {@link ChatTextError}. */
export type ChatErrorCode = 'empty' | 'too-long';

/** Why a chat line cannot be sent. */
export interface ChatTextError extends LibError {
  readonly code: ChatErrorCode;
  readonly length: number;
}

/**
 * Writes a message for `RTCDataChannel.send()`.
 *
 * @param message - The message.
 * @returns JSON text.
 * @example encodeChannelMessage({ kind: 'ping', id: 1, sentAt: 1234.5 }) // → '{"kind":"ping","id":1,"sentAt":1234.5}'
 */
export function encodeChannelMessage(message: ChannelMessage): string {
  return JSON.stringify(message);
}

/**
 * Reads a message received on the data channel (`MessageEvent.data`).
 * Never throws.
 *
 * @param data - What arrived: a string for text messages, else binary data.
 * @returns The message, or an error saying what was wrong.
 */
export function decodeChannelMessage(data: unknown): Result<ChannelMessage, ChannelMessageError> {
  if (typeof data !== 'string') return fail('not-text', null, null, null);
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return fail('not-json', null, null, shorten(data));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not-json', null, null, shorten(data));
  const record = value as Record<string, unknown>;
  const kind = record['kind'];
  if (kind === 'chat') {
    const text = record['text'];
    if (typeof text !== 'string' || text.length > MAX_CHAT_LENGTH) return fail('bad-field', kind, 'text', shorten(String(text)));
    return ok({ kind, text });
  }
  if (kind === 'ping' || kind === 'pong') {
    const id = record['id'];
    const sentAt = record['sentAt'];
    if (!Number.isSafeInteger(id) || (id as number) < 0) return fail('bad-field', kind, 'id', shorten(String(id)));
    if (typeof sentAt !== 'number' || !Number.isFinite(sentAt)) return fail('bad-field', kind, 'sentAt', shorten(String(sentAt)));
    return ok({ kind, id: id as number, sentAt });
  }
  return fail('unknown-kind', null, 'kind', shorten(String(kind)));
}

/**
 * The reply a tab sends to a ping: the same id and time, returned untouched
 * so the pinging tab can subtract its own clock.
 *
 * @param ping - The ping received.
 * @returns The pong to send back.
 */
export function pongFor(ping: Extract<ChannelMessage, { kind: 'ping' }>): ChannelMessage {
  return { kind: 'pong', id: ping.id, sentAt: ping.sentAt };
}

/**
 * Round-trip time of a pong, on the pinging tab's clock.
 *
 * @param pong - The pong received.
 * @param now - The pinging tab's clock now (ms, same origin as `sentAt`).
 * @returns Milliseconds, never negative.
 * @example roundTripMs({ kind: 'pong', id: 1, sentAt: 100 }, 100.8) // → 0.8
 */
export function roundTripMs(pong: Extract<ChannelMessage, { kind: 'pong' }>, now: number): number {
  return Math.max(0, now - pong.sentAt);
}

/**
 * Checks a chat line before it is sent.
 *
 * @param text - What the reader typed.
 * @returns The line with surrounding white space removed, or why it cannot be sent.
 */
export function validateChatText(text: string): Result<string, ChatTextError> {
  const t = translator('en', loopbackText);
  const trimmed = text.trim();
  if (trimmed === '') return err({ code: 'empty', length: 0, message: t('chatError.empty') });
  if (trimmed.length > MAX_CHAT_LENGTH) {
    const length = trimmed.length;
    return err({ code: 'too-long', length, message: t('chatError.too-long', { length, max: MAX_CHAT_LENGTH }) });
  }
  return ok(trimmed);
}

/**
 * A chat problem in the page language.
 *
 * @param lang - `en` or `ja`.
 * @param error - From {@link validateChatText}.
 * @returns One sentence.
 */
export function chatErrorText(lang: Lang, error: ChatTextError): string {
  const t = translator(lang, loopbackText);
  return t(`chatError.${error.code}`, { length: error.length, max: MAX_CHAT_LENGTH });
}

/**
 * A refused data-channel message in the page language.
 *
 * @param lang - `en` or `ja`.
 * @param error - From {@link decodeChannelMessage}.
 * @returns One sentence.
 */
export function channelErrorText(lang: Lang, error: ChannelMessageError): string {
  const t = translator(lang, loopbackText);
  return t(`channelError.${error.code}`, { kind: error.kind ?? '', field: error.field ?? '', value: error.value ?? '' });
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function fail(
  code: ChannelErrorCode,
  kind: string | null,
  field: string | null,
  value: string | null,
): { readonly ok: false; readonly error: ChannelMessageError } {
  const error = { code, kind, field, value, message: '' };
  return err({ ...error, message: channelErrorText('en', error) });
}
