/**
 * Hex text ⇄ bytes, for pasting captured packets into the STUN explorer.
 *
 * {@link parseHex} accepts what people copy out of their tools:
 * - plain hex with spaces, newlines, commas or colons: `00 01 00 58`, `00:01:00:58`;
 * - `0x` prefixes: `0x00, 0x01` or `0x00010058`;
 * - Wireshark "Copy as Hex Stream": `000100582112a442…`;
 * - dumps with an offset column and an ASCII column — Wireshark "Copy as Hex
 *   Dump", `xxd`, `hexdump -C` — recognised by a first line that starts with
 *   an all-zero offset such as `0000`, `00000000:` or `00000000`.
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { HexErrorCode, HexParseError, MessageDetails } from './errors.ts';
import { translator } from '../../i18n/dictionary.ts';
import { stunErrorText } from './errorText.ts';

function isHexDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

function hexValue(code: number): number {
  if (code <= 0x39) return code - 0x30;
  if (code <= 0x46) return code - 0x37;
  return code - 0x57;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c;
}

/** Separators between bytes in loose hex: white space, commas, colons, semicolons. */
function isSeparator(code: number): boolean {
  return isSpace(code) || code === 0x2c || code === 0x3a || code === 0x3b;
}

function hexError(code: HexErrorCode, text: string, position: number, details: MessageDetails = {}): HexParseError {
  const before = text.slice(0, position);
  const line = before.split(/\r\n|\r|\n/).length;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const character = text.charAt(position);
  const shown = character === '' ? '' : JSON.stringify(character);
  const all = { position, line, column: position - lineStart + 1, character: shown, ...details };
  return {
    code,
    message: translator('en', stunErrorText)(code, all),
    position,
    line,
    column: position - lineStart + 1,
    character,
    details: all,
  };
}

/**
 * Parses hex text into bytes. Never throws: bad input gives an error with
 * the character position (zero-based), line and column (one-based) and the
 * offending character.
 *
 * @param text - hex in any of the forms listed at the top of this file
 * @returns the bytes, or an error
 * @example parseHex('0x00 0x01 00:58') // ok: Uint8Array [0, 1, 0, 88]
 * @example parseHex('00 0g') // error 'hex-invalid-character' at position 4
 */
export function parseHex(text: string): Result<Uint8Array, HexParseError> {
  const lines = splitLines(text);
  const firstLine = lines.find((l) => l.text.trim() !== '');
  if (!firstLine) return err(hexError('hex-empty', text, 0));
  if (/^\s*0{4,8}(?::|[ \t])/.test(firstLine.text)) return parseDump(text, lines);
  return parseLoose(text);
}

interface TextLine {
  /** Position of the line's first character in the whole text. */
  readonly start: number;
  readonly text: string;
}

function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    lines.push({ start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, text: text.slice(start) });
  return lines;
}

function parseLoose(text: string): Result<Uint8Array, HexParseError> {
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSeparator(code)) {
      i++;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    const prefixed = code === 0x30 && (next === 0x78 || next === 0x58);
    if (prefixed) i += 2;
    const start = i;
    while (i < text.length && isHexDigit(text.charCodeAt(i))) i++;
    if (i < text.length && !isSeparator(text.charCodeAt(i))) return err(hexError('hex-invalid-character', text, i));
    if (i === start) return err(hexError('hex-invalid-character', text, start - 1));
    if ((i - start) % 2 !== 0) return err(hexError('hex-odd-digit-count', text, i - 1, { digits: i - start }));
    for (let j = start; j < i; j += 2) {
      out.push(hexValue(text.charCodeAt(j)) * 16 + hexValue(text.charCodeAt(j + 1)));
    }
  }
  if (out.length === 0) return err(hexError('hex-empty', text, 0));
  return ok(Uint8Array.from(out));
}

interface DumpLine extends TextLine {
  readonly offset: number;
  /** Index in the line of the offset token. */
  readonly offsetAt: number;
  readonly offsetText: string;
  /** Index in the line just after the offset token (and its colon). */
  readonly dataAt: number;
}

/** Reads pairs of hex digits from `from`, skipping blanks, until `count` bytes or `end`. */
function readPairs(
  text: string,
  line: TextLine,
  from: number,
  end: number,
  count: number | undefined,
  out: number[],
): Result<number, HexParseError> {
  let i = from;
  let read = 0;
  while (count === undefined || read < count) {
    while (i < end && isSpace(line.text.charCodeAt(i))) i++;
    if (i >= end) break;
    const high = line.text.charCodeAt(i);
    if (!isHexDigit(high)) return err(hexError('hex-invalid-character', text, line.start + i));
    const low = line.text.charCodeAt(i + 1);
    if (i + 1 >= end || !isHexDigit(low)) {
      if (i + 1 < end && !isSpace(low)) return err(hexError('hex-invalid-character', text, line.start + i + 1));
      return err(hexError('hex-odd-digit-count', text, line.start + i, { digits: 1 }));
    }
    out.push(hexValue(high) * 16 + hexValue(low));
    read++;
    i += 2;
  }
  if (count !== undefined && read < count) {
    return err(hexError('hex-dump-short-line', text, line.start + line.text.length, { expected: count, found: read }));
  }
  return ok(i);
}

/**
 * Where the hex area of a dump line ends when the next line's offset does
 * not say how many bytes it holds (the last line): at `|` (hexdump -C), at
 * the ASCII column seen on earlier lines (xxd and Wireshark align it), or —
 * for a one-line dump — at the first gap of two or more blanks, unless it is
 * the gap after the eighth byte.
 */
function hexAreaEnd(line: DumpLine, asciiColumn: number | undefined): number {
  const pipe = line.text.indexOf('|', line.dataAt);
  if (pipe >= 0) return pipe;
  if (
    asciiColumn !== undefined &&
    line.text.length > asciiColumn &&
    isSpace(line.text.charCodeAt(asciiColumn - 1)) &&
    /^[0-9a-fA-F\s]*$/.test(line.text.slice(line.dataAt, asciiColumn))
  ) {
    return asciiColumn;
  }
  let i = line.dataAt;
  let bytesOnLine = 0;
  while (i < line.text.length && isSpace(line.text.charCodeAt(i))) i++;
  while (i < line.text.length) {
    let j = i;
    while (j < line.text.length && !isSpace(line.text.charCodeAt(j))) j++;
    const token = line.text.slice(i, j);
    if (!/^(?:[0-9a-fA-F]{2})+$/.test(token)) return i;
    bytesOnLine += token.length / 2;
    let k = j;
    while (k < line.text.length && isSpace(line.text.charCodeAt(k))) k++;
    if (k - j >= 2 && bytesOnLine !== 8) return k >= line.text.length ? line.text.length : k;
    i = k;
  }
  return line.text.length;
}

function parseDump(text: string, lines: readonly TextLine[]): Result<Uint8Array, HexParseError> {
  const dumpLines: DumpLine[] = [];
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    if (trimmed === '*') {
      return err(hexError('hex-dump-squeezed', text, line.start + line.text.indexOf('*')));
    }
    const match = /^(\s*)([0-9a-fA-F]{4,8})(:?)(?=\s|$)/.exec(line.text);
    if (!match) {
      const firstNonBlank = line.text.length - line.text.trimStart().length;
      return err(hexError('hex-dump-missing-offset', text, line.start + firstNonBlank));
    }
    const indent = match[1] ?? '';
    const offsetText = match[2] ?? '';
    dumpLines.push({
      ...line,
      offset: parseInt(offsetText, 16),
      offsetAt: indent.length,
      offsetText,
      dataAt: match[0].length,
    });
  }
  const out: number[] = [];
  let asciiColumn: number | undefined;
  for (const [index, line] of dumpLines.entries()) {
    if (line.offset !== out.length) {
      return err(
        hexError('hex-dump-bad-offset', text, line.start + line.offsetAt, {
          found: line.offsetText,
          expected: out.length.toString(16).padStart(line.offsetText.length, '0'),
        }),
      );
    }
    const next = dumpLines[index + 1];
    if (next && next.offset > line.offset) {
      const read = readPairs(text, line, line.dataAt, line.text.length, next.offset - line.offset, out);
      if (!read.ok) return read;
      let column = read.value;
      while (column < line.text.length && isSpace(line.text.charCodeAt(column))) column++;
      if (column < line.text.length) asciiColumn = column;
    } else if (next) {
      return err(
        hexError('hex-dump-bad-offset', text, next.start + next.offsetAt, {
          found: next.offsetText,
          expected: `> ${line.offsetText}`,
        }),
      );
    } else {
      const read = readPairs(text, line, line.dataAt, hexAreaEnd(line, asciiColumn), undefined, out);
      if (!read.ok) return read;
    }
  }
  if (out.length === 0) return err(hexError('hex-empty', text, 0));
  return ok(Uint8Array.from(out));
}

/** How {@link toHex} lays bytes out. */
export interface ToHexOptions {
  /** Between bytes; default `' '`. Use `''` for a Wireshark-style hex stream. */
  readonly separator?: string;
  /** Before each byte, e.g. `'0x'`; default none. */
  readonly prefix?: string;
  /** Upper-case digits; default false. */
  readonly uppercase?: boolean;
  /** Start a new line after this many bytes; default never. */
  readonly bytesPerLine?: number;
}

/**
 * Formats bytes as hex.
 *
 * @param bytes - the bytes
 * @param options - separator, prefix, case and line length
 * @returns the hex text
 * @example toHex(Uint8Array.of(0x21, 0x12)) // '21 12'
 * @example toHex(bytes, { separator: '' }) // hex stream
 * @example toHex(bytes, { bytesPerLine: 4 }) // one 32-bit word per line, as in RFC 5769
 */
export function toHex(bytes: Uint8Array, options: ToHexOptions = {}): string {
  const { separator = ' ', prefix = '', uppercase = false, bytesPerLine } = options;
  const cells = Array.from(bytes, (b) => {
    const digits = b.toString(16).padStart(2, '0');
    return prefix + (uppercase ? digits.toUpperCase() : digits);
  });
  if (!bytesPerLine || bytesPerLine <= 0) return cells.join(separator);
  const lines: string[] = [];
  for (let i = 0; i < cells.length; i += bytesPerLine) lines.push(cells.slice(i, i + bytesPerLine).join(separator));
  return lines.join('\n');
}

/**
 * Formats bytes like `hexdump -C`: an 8-digit offset, sixteen bytes in two
 * groups of eight, the printable ASCII between bars, and a last line with
 * the total length. {@link parseHex} reads it back.
 *
 * @param bytes - the bytes
 * @returns the dump, lines joined with `\n`
 * @example toHexDump(bytes).split('\n')[0] // '00000000  00 01 00 58 21 12 a4 42  b7 e7 a7 01 bc 34 d6 86  |...X!..B.....4..|'
 */
export function toHexDump(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += 16) {
    const chunk = bytes.subarray(at, at + 16);
    const cells = Array.from(chunk, (b) => b.toString(16).padStart(2, '0'));
    const hex = `${cells.slice(0, 8).join(' ')}  ${cells.slice(8).join(' ')}`.trimEnd().padEnd(48, ' ');
    const ascii = Array.from(chunk, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${at.toString(16).padStart(8, '0')}  ${hex}  |${ascii}|`);
  }
  lines.push(bytes.length.toString(16).padStart(8, '0'));
  return lines.join('\n');
}
