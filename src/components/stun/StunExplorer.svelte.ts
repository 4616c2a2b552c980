/**
 * State of the STUN explorer: the hex the reader typed or picked, what it
 * decodes to, which field is selected, hovered or focused, the integrity
 * check and the "build a response" form. The decoding, field values and
 * checks all come from `src/lib/stun`; this class only wires them to the
 * view and to the URL fragment (`#<id>?sample=…|hex=…&field=…`).
 */
import type { HexParseError, StunDecodeError, StunVerification } from '../../lib/stun/index.ts';
import {
  STUN_SAMPLES,
  buildBindingResponse,
  decodePacket,
  explainField,
  parseHex,
  randomTransactionId,
  sampleById,
  toHex,
  verifyStun,
} from '../../lib/stun/index.ts';
import { createContext } from 'svelte';
import type { Result } from '../../lib/result.ts';
import type { StunPacket, StunSample, StunMessage } from '../../lib/stun/index.ts';
import type { FieldListing, XorAddressAttribute } from '../../lib/stun/fieldList.ts';
import { listFields, xorAddressAttributes } from '../../lib/stun/fieldList.ts';
import type { Endpoint, EndpointInputError } from '../../lib/stun/endpointInput.ts';
import { parseEndpointInput } from '../../lib/stun/endpointInput.ts';
import { decodeFragmentPart, readHashState, shareUrl, writeHashState } from '../../lib/browser/hashState.ts';
import type { SrflxCandidate } from '../../lib/browser/srflxCandidate.ts';
import type { Lang } from '../../i18n/locales.ts';
import { translator } from '../../i18n/dictionary.ts';
import { explorerText } from '../../lib/stun/explorerMessages.ts';
import { stunErrorText } from '../../lib/stun/errorText.ts';
import { stunSampleText } from '../../lib/stun/samples.ts';
import { stunExplorerText } from './strings.ts';

/** Where the message on show came from. A built message holds the reader's address and never goes into a URL. */
export type MessageSource = 'sample' | 'pasted' | 'built';

export type BytesPerRow = 4 | 8 | 16;

/** One byte of the grid. */
export interface GridCell {
  readonly i: number;
  readonly hex: string;
  /** Colour (group), part and state classes. */
  readonly cls: string;
}

/** One row of the grid. */
export interface GridRow {
  readonly offset: number;
  readonly cells: readonly GridCell[];
}

/** How long the URL waits after the last change before it is rewritten. */
const RECORD_DELAY_MS = 200;

/** A grid draws at most this many bytes; a STUN message on UDP is rarely over 1,500. */
export const MAX_DRAWN_BYTES = 8192;

const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Fields drawn in the stronger shade: an attribute's (or ChannelData's) type and length. */
const HEADER_PARTS: ReadonlySet<string> = new Set(['attribute-type', 'attribute-length', 'channel-data-channel-number', 'channel-data-length']);

/** Fields drawn as padding. */
const PADDING_PARTS: ReadonlySet<string> = new Set(['attribute-padding', 'channel-data-padding']);

/** Number of colours the stylesheet has for attributes (`g1` … `g6`). */
const ATTRIBUTE_COLOURS = 6;

/**
 * Link to the RFC Editor's HTML for a reference like `RFC 8489 §14.2`.
 *
 * @param reference - `RFC <n>` optionally followed by ` §<section>`
 * @returns the URL, or undefined when the text is not such a reference
 */
export function rfcHref(reference: string): string | undefined {
  const match = /^RFC (\d+)(?: §([0-9A-Z.]+))?$/.exec(reference);
  if (!match) return undefined;
  const section = match[2];
  const anchor = section ? (/^[A-Z]/.test(section) ? `#appendix-${section}` : `#section-${section}`) : '';
  return `https://www.rfc-editor.org/rfc/rfc${match[1]}.html${anchor}`;
}

function formatHex(bytes: Uint8Array): string {
  return toHex(bytes, { bytesPerLine: 16 });
}

/**
 * The explorer's parts (byte grid, field list, field details, XOR steps,
 * integrity check, build-a-response) read the explorer from context:
 * `StunExplorer.svelte` provides it once with {@link setExplorer}, each
 * part takes it with {@link getExplorer}, instead of the same prop handed
 * to each of them.
 */
export const [getExplorer, setExplorer] = createContext<StunExplorerState>();

/**
 * Colour class of a field group: `g0` for the header and ChannelData,
 * `g1`…`g6` for attributes in turn (shared by the grid and the field list).
 */
export function groupColour(groupId: string): string {
  const n = /^attr-(\d+)$/.exec(groupId)?.[1];
  if (n === undefined) return 'g0';
  return `g${1 + ((Number(n) - 1) % ATTRIBUTE_COLOURS)}`;
}

export class StunExplorerState {
  readonly lang: Lang;
  readonly id: string;
  /** The explorer's text lookup, in its language. */
  readonly t;

  #text = $state('');
  #source = $state<MessageSource>('sample');
  #sampleId = $state('');
  #selectedField = $state<string | null>(null);
  #hoveredRegion = $state(-1);
  #focusedByte = $state(-1);
  #rover = $state(0);
  #bytesPerRow = $state<BytesPerRow>(8);
  /** Text of the polite live region. */
  announcement = $state('');

  // Integrity form.
  mechanism = $state<'short-term' | 'long-term'>('short-term');
  username = $state('');
  realm = $state('');
  password = $state('');
  showPassword = $state(false);
  passwordMissing = $state(false);
  #verification = $state.raw<{ readonly packet: StunPacket; readonly report: StunVerification } | null>(null);

  // "Build a response" form.
  buildAddress = $state('');
  buildPort = $state('');
  #buildError = $state.raw<EndpointInputError | null>(null);
  #built = $state.raw<{ readonly endpoint: Endpoint; readonly answering: boolean; readonly text: string } | null>(null);
  srflx = $state.raw<SrflxCandidate | null>(null);

  readonly #hex: Result<Uint8Array, HexParseError> = $derived(parseHex(this.#text));
  readonly #decoded: Result<StunPacket, StunDecodeError> | null = $derived(this.#hex.ok ? decodePacket(this.#hex.value) : null);

  constructor(lang: Lang, id: string, sampleId: string) {
    this.lang = lang;
    this.id = id;
    this.t = translator(lang, stunExplorerText, explorerText, stunErrorText, stunSampleText);
    this.#loadSample(sampleById(sampleId) ?? STUN_SAMPLES[0]);
  }

  // ——— What is on show ———

  get text(): string {
    return this.#text;
  }

  get source(): MessageSource {
    return this.#source;
  }

  get sampleId(): string {
    return this.#sampleId;
  }

  get sample(): StunSample | undefined {
    return this.#source === 'sample' ? sampleById(this.#sampleId) : undefined;
  }

  /** The hex parse error, if the text is not hex. */
  readonly hexError: HexParseError | null = $derived(this.#hex.ok ? null : this.#hex.error);

  /** The decode error, if the bytes are not a STUN or ChannelData message. */
  readonly decodeError: StunDecodeError | null = $derived(this.#decoded && !this.#decoded.ok ? this.#decoded.error : null);

  readonly bytes: Uint8Array = $derived(this.#hex.ok ? this.#hex.value : new Uint8Array(0));

  readonly packet: StunPacket | null = $derived(this.#decoded?.ok ? this.#decoded.value : null);

  readonly message: StunMessage | null = $derived(this.packet?.kind === 'stun' ? this.packet : null);

  readonly listing: FieldListing | null = $derived.by(() => (this.packet ? listFields(this.packet, this.lang) : null));

  readonly xorAttributes: readonly XorAddressAttribute[] = $derived(this.packet ? xorAddressAttributes(this.packet) : []);

  /** Offset of the byte a decode error points at (may equal the length: "missing"). */
  readonly errorOffset: number = $derived(this.decodeError ? this.decodeError.offset : -1);

  /** Bytes drawn in the grid. */
  readonly drawnLength: number = $derived(Math.min(this.bytes.length, MAX_DRAWN_BYTES));

  /** True when a decode error points just past the last byte: the grid shows a "missing" cell there. */
  readonly showsMissing: boolean = $derived(this.errorOffset >= this.bytes.length && this.errorOffset <= MAX_DRAWN_BYTES && this.decodeError !== null);

  /** Number of focusable cells. */
  readonly cellCount: number = $derived(this.drawnLength + (this.showsMissing ? 1 : 0));

  get bytesPerRow(): BytesPerRow {
    return this.#bytesPerRow;
  }

  set bytesPerRow(value: BytesPerRow) {
    this.#bytesPerRow = value;
  }

  /** Colour, part and state class of every drawn byte. */
  readonly #cellClasses: readonly string[] = $derived.by(() => {
    const classes: string[] = new Array<string>(this.drawnLength);
    const listing = this.listing;
    const errorAt = this.errorOffset;
    // One class string per field, then one lookup per byte.
    const regionClasses = (listing?.regions ?? []).map((region) => {
      const part =
        region.groupId === 'header'
          ? 'hd'
          : HEADER_PARTS.has(region.explanationId)
            ? 'ah'
            : PADDING_PARTS.has(region.explanationId)
              ? 'pad'
              : 'val';
      return `${groupColour(region.groupId)} ${part}`;
    });
    for (let i = 0; i < this.drawnLength; i++) {
      const regionIndex = listing?.regionOfByte[i] ?? -1;
      const region = listing?.regions[regionIndex];
      let cls = region ? (regionClasses[regionIndex] ?? 'raw') : 'raw';
      if (region && region.start === i && i > 0) cls += ' s';
      if (i === errorAt) cls += ' bad';
      classes[i] = cls;
    }
    return classes;
  });

  /** The grid, row by row. */
  readonly rows: readonly GridRow[] = $derived.by(() => {
    const perRow = this.#bytesPerRow;
    const rows: GridRow[] = [];
    const classes = this.#cellClasses;
    const bytes = this.bytes;
    for (let offset = 0; offset < this.cellCount; offset += perRow) {
      const cells: GridCell[] = [];
      for (let i = offset; i < Math.min(offset + perRow, this.cellCount); i++) {
        cells.push(
          i < this.drawnLength
            ? { i, hex: HEX_BYTE[bytes[i] ?? 0] ?? '00', cls: classes[i] ?? 'raw' }
            : { i, hex: '··', cls: 'missing bad' },
        );
      }
      rows.push({ offset, cells });
    }
    return rows;
  });

  /**
   * The grid's rows and cells as markup. One string for the whole grid keeps
   * a 1,500-byte message to a single DOM update instead of thousands of
   * per-cell bindings; it holds only numbers, hex digits and our own class
   * names, never text from the reader.
   */
  readonly gridHtml: string = $derived.by(() => {
    const out: string[] = [];
    for (const row of this.rows) {
      out.push(`<div role="row" class="row"><span role="rowheader" class="offset">${row.offset}</span>`);
      for (const cell of row.cells) {
        out.push(`<span role="gridcell" class="b ${cell.cls}" data-i="${cell.i}" tabindex="${cell.i === 0 ? 0 : -1}">${cell.hex}</span>`);
      }
      out.push('</div>');
    }
    return out.join('');
  });

  /** A short line about the message: type, size, attributes. */
  readonly summary: string = $derived.by(() => {
    const packet = this.packet;
    if (!packet) return '';
    const size = this.t('summary.bytes', { n: packet.bytes.length });
    const built = this.#source === 'built' ? ` · ${this.t('summary.built')}` : '';
    if (packet.kind === 'channel-data') {
      const channel = `0x${packet.channelNumber.value.toString(16).toUpperCase()}`;
      return `${this.t('summary.channel', { channel })} · ${size}${built}`;
    }
    const typeValue = this.listing?.groups[0]?.fields[0]?.value ?? '';
    const name = typeValue.replace(/^0x[0-9A-F]+ · /, '');
    const count = packet.attributes.length;
    const attributes = count === 1 ? this.t('summary.attribute') : this.t('summary.attributes', { n: count });
    return `${name} · ${size} · ${attributes}${built}`;
  });

  // ——— Selection, hover, focus ———

  get selectedField(): string | null {
    return this.#selectedField;
  }

  readonly selectedRegion: number = $derived(
    this.#selectedField === null || !this.listing ? -1 : this.listing.regions.findIndex((r) => r.fieldId === this.#selectedField),
  );

  readonly focusedRegion: number = $derived(this.#focusedByte < 0 ? -1 : (this.listing?.regionOfByte[this.#focusedByte] ?? -1));

  /** The region explained right now: hovered, else focused, else selected. */
  readonly activeRegion: number = $derived(
    this.#hoveredRegion >= 0 ? this.#hoveredRegion : this.focusedRegion >= 0 ? this.focusedRegion : this.selectedRegion,
  );

  get hoveredRegion(): number {
    return this.#hoveredRegion;
  }

  get rover(): number {
    return Math.min(this.#rover, Math.max(this.cellCount - 1, 0));
  }

  /** Pointer over byte `i` (or off the bytes, with −1). */
  hoverByte(i: number): void {
    const region = i >= 0 ? (this.listing?.regionOfByte[i] ?? -1) : -1;
    if (region !== this.#hoveredRegion) this.#hoveredRegion = region;
  }

  /** Pointer over a field in the list (or off it, with −1). */
  hoverRegion(regionIndex: number): void {
    if (regionIndex !== this.#hoveredRegion) this.#hoveredRegion = regionIndex;
  }

  /** Keyboard focus landed on byte `i`; announces its field. */
  focusByte(i: number): void {
    this.#rover = i;
    this.#focusedByte = i;
    this.announcement = this.describeByte(i);
  }

  /** Focus left the grid. */
  blurGrid(): void {
    this.#focusedByte = -1;
  }

  /** Makes byte `i` the grid's tab stop without focusing it. */
  moveRover(i: number): void {
    this.#rover = Math.max(0, Math.min(i, this.cellCount - 1));
  }

  /** What a screen reader hears for byte `i`. */
  describeByte(i: number): string {
    const offset = i;
    if (i >= this.bytes.length) return this.t('announce.missing', { offset });
    const hex = HEX_BYTE[this.bytes[i] ?? 0] ?? '';
    if (i === this.errorOffset) return this.t('announce.bad', { offset, hex });
    const listing = this.listing;
    const regionIndex = listing?.regionOfByte[i] ?? -1;
    const entry = listing?.groups.flatMap((g) => g.fields).find((f) => f.regionIndex === regionIndex);
    if (!entry) return this.t('announce.plain', { offset, hex });
    return this.t('announce.byte', { offset, hex, label: entry.region.label, value: entry.value });
  }

  /** First byte of the next field, or of this field (then the one before) going back. */
  fieldStep(i: number, direction: 1 | -1): number {
    const listing = this.listing;
    if (!listing) return i;
    const here = listing.regionOfByte[i] ?? -1;
    const current = listing.regions[here];
    if (!current) return i;
    if (direction === -1 && i > current.start) return current.start;
    return listing.regions[here + direction]?.start ?? i;
  }

  /** Selects a field (or none), and records it in the URL unless told not to. */
  selectField(fieldId: string | null, record = true): void {
    this.#selectedField = fieldId;
    const region = this.selectedRegion;
    const start = region >= 0 ? this.listing?.regions[region]?.start : undefined;
    if (start !== undefined) this.#rover = start;
    if (record) this.#record();
  }

  /** Selects the field of byte `i`. */
  selectFieldAt(i: number): void {
    const region = this.listing?.regions[this.listing.regionOfByte[i] ?? -1];
    if (region) this.selectField(region.fieldId);
  }

  // ——— Loading messages ———

  #loadSample(sample: StunSample | undefined): void {
    if (!sample) return;
    this.#sampleId = sample.id;
    this.#source = 'sample';
    this.#text = formatHex(sample.bytes);
    this.#afterLoad();
  }

  #afterLoad(): void {
    this.#selectedField = null;
    this.#hoveredRegion = -1;
    this.#rover = this.errorOffset >= 0 ? this.errorOffset : 0;
    this.#prefillCredentials();
  }

  /** The reader picked an example. */
  loadSample(sampleId: string): void {
    this.#loadSample(sampleById(sampleId));
    this.#built = null;
    this.#record();
  }

  /** The reader typed or pasted into the hex box. */
  setText(text: string): void {
    this.#text = text;
    this.#source = 'pasted';
    this.#sampleId = '';
    this.#built = null;
    this.#afterLoad();
    if (this.#hex.ok) this.#record();
  }

  /** The message part of the URL state: the example's id, or the pasted bytes as a hex stream. */
  readonly #messageParams: Record<string, string> | null = $derived.by(() => {
    if (this.#source === 'built') return null;
    if (this.#source === 'sample') return { sample: this.#sampleId };
    return { hex: this.#hex.ok ? toHex(this.#hex.value, { separator: '' }) : '' };
  });

  /** The parameters that reproduce what is on show, for the URL fragment; null for a built message. */
  readonly hashParams: Record<string, string> | null = $derived.by(() => {
    const message = this.#messageParams;
    if (!message) return null;
    return this.#selectedField === null ? message : { ...message, field: this.#selectedField };
  });

  /** A shareable link to the message (and selected field), or null for a built message. */
  shareLink(): string | null {
    const params = this.hashParams;
    return params ? shareUrl(this.id, params) : null;
  }

  #recordTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Puts the current state in the URL a moment later. Rewriting the URL
   * with a 3,000-character hex string costs tens of milliseconds in
   * Chromium, so it stays out of the way of drawing a pasted message, and
   * a burst of edits or key presses rewrites the URL once.
   */
  #record(): void {
    if (typeof window === 'undefined') return;
    clearTimeout(this.#recordTimer);
    this.#recordTimer = setTimeout(() => writeHashState(this.id, this.hashParams ?? {}), RECORD_DELAY_MS);
  }

  /**
   * Restores the state a link carries: `#<id>?sample=…&field=…`,
   * `#<id>?hex=…&field=…`, or a plain field anchor `#<id>-<fieldId>`.
   *
   * @returns true when the fragment was for this explorer
   */
  applyHash(hash: string): boolean {
    const params = readHashState(this.id, hash);
    if (params) {
      const sample = sampleById(params.get('sample') ?? '');
      const hex = params.get('hex');
      if (sample) {
        this.#loadSample(sample);
      } else if (hex !== null) {
        const parsed = parseHex(hex);
        this.#text = parsed.ok ? formatHex(parsed.value) : hex;
        this.#source = 'pasted';
        this.#sampleId = '';
        this.#afterLoad();
      }
      this.#built = null;
      const field = params.get('field');
      if (field !== null) this.selectField(field, false);
      return true;
    }
    const prefix = `#${this.id}-`;
    if (!hash.startsWith(prefix)) return false;
    const fieldId = decodeFragmentPart(hash.slice(prefix.length)).value;
    if (!this.listing?.regions.some((r) => r.fieldId === fieldId)) return false;
    this.selectField(fieldId, false);
    return true;
  }

  // ——— Integrity check ———

  /** Whether the message carries MESSAGE-INTEGRITY or MESSAGE-INTEGRITY-SHA256. */
  readonly hasIntegrity: boolean = $derived(
    this.message?.attributes.some((a) => a.name === 'MESSAGE-INTEGRITY' || a.name === 'MESSAGE-INTEGRITY-SHA256') ?? false,
  );

  /** The checks that need no password (FINGERPRINT, attribute order). */
  readonly passwordlessReport: StunVerification | null = $derived(this.message ? verifyStun(this.message) : null);

  /** The last check with credentials, if it was made on the message still on show. */
  get verification(): StunVerification | null {
    const done = this.#verification;
    return done && done.packet === this.packet ? done.report : null;
  }

  #prefillCredentials(): void {
    const message = this.message;
    const text = (name: string) => {
      const attribute = message?.attributes.find((a) => a.name === name);
      return attribute?.decoded.kind === 'text' ? attribute.decoded.text.value : undefined;
    };
    const realm = text('REALM');
    // TURN always uses long-term credentials (RFC 8656 §5); responses carry no REALM of their own.
    const turn = message !== null && message.header.methodName !== undefined && message.header.methodName !== 'Binding';
    this.mechanism = realm !== undefined || turn ? 'long-term' : 'short-term';
    this.username = text('USERNAME') ?? '';
    this.realm = realm ?? '';
    this.password = '';
    this.passwordMissing = false;
  }

  /** Fills in the credentials the example was built with. */
  useSampleCredentials(): void {
    const credentials = this.sample?.credentials;
    if (!credentials) return;
    if (credentials.mechanism === 'short-term') {
      this.mechanism = 'short-term';
      this.password = credentials.password;
    } else if (credentials.mechanism === 'long-term') {
      this.mechanism = 'long-term';
      this.username = credentials.username;
      this.realm = credentials.realm;
      this.password = credentials.password;
    }
    this.passwordMissing = false;
  }

  /** Checks MESSAGE-INTEGRITY with the typed credentials; nothing leaves the page. */
  checkIntegrity(): void {
    const message = this.message;
    if (!message) return;
    if (this.password === '') {
      this.passwordMissing = true;
      this.#verification = null;
      return;
    }
    this.passwordMissing = false;
    const report =
      this.mechanism === 'short-term'
        ? verifyStun(message, { mechanism: 'short-term', password: this.password })
        : verifyStun(message, { mechanism: 'long-term', username: this.username, realm: this.realm, password: this.password });
    this.#verification = { packet: message, report };
    this.announcement = this.t(report.passed ? 'integrity.passed' : 'integrity.failed');
  }

  // ——— Build a response ———

  get buildError(): EndpointInputError | null {
    return this.#buildError;
  }

  /** The response built last, while it is still on show. */
  get built(): { readonly endpoint: Endpoint; readonly answering: boolean } | null {
    const built = this.#built;
    return built && this.#source === 'built' && built.text === this.#text ? built : null;
  }

  /** Copies the srflx candidate into the form. */
  useSrflx(): void {
    if (!this.srflx) return;
    this.buildAddress = this.srflx.address;
    this.buildPort = String(this.srflx.port);
    this.#buildError = null;
  }

  /**
   * Builds the Binding success response a STUN server would send to the
   * typed address and shows it. When a Binding request is on show, the
   * response answers it (same transaction ID). Nothing is sent.
   *
   * @returns true when a response was built
   */
  buildResponse(): boolean {
    const parsed = parseEndpointInput(this.buildAddress, this.buildPort);
    if (!parsed.ok) {
      this.#buildError = parsed.error;
      return false;
    }
    const message = this.message;
    const answering = message !== null && message.header.methodName === 'Binding' && message.header.messageClass === 'request';
    const transactionId = answering ? message.header.transactionId.value : randomTransactionId();
    const bytes = buildBindingResponse({ address: parsed.value.address, port: parsed.value.port, transactionId });
    if (!bytes.ok) {
      // The endpoint parser accepts only what the encoder accepts; keep the form's error anyway.
      this.#buildError = { code: 'endpoint-address-invalid', input: 'address', details: { address: this.buildAddress }, message: bytes.error.message };
      return false;
    }
    this.#buildError = null;
    this.#text = formatHex(bytes.value);
    this.#source = 'built';
    this.#sampleId = '';
    this.#afterLoad();
    this.#built = { endpoint: parsed.value, answering, text: this.#text };
    this.#selectedField = 'attr-1-xor-mapped-address-address';
    this.#rover = this.selectedRegion >= 0 ? (this.listing?.regions[this.selectedRegion]?.start ?? 0) : 0;
    this.#record();
    this.announcement = this.t('build.done', { address: parsed.value.address, port: parsed.value.port });
    return true;
  }

  // ——— Text helpers for the view ———

  explain(id: Parameters<typeof explainField>[1]): ReturnType<typeof explainField> {
    return explainField(this.lang, id);
  }
}
