/**
 * What the STUN explorer lists beside its byte grid: the byte regions of a
 * decoded packet (regions.ts) grouped into the header and one group per
 * attribute, each field with its decoded value as text, a byte → region
 * index for the grid, the explanations related to a field, and the
 * XOR-…-ADDRESS attributes whose XOR steps the explorer draws
 * (RFC 8489 §5, §14; RFC 8656 §12.4, §18).
 */
import { hexNumber } from './bytes.ts';
import { explorerText } from './explorerMessages.ts';
import { translator } from '../../i18n/dictionary.ts';
import { toHex } from './hex.ts';
import type { FieldExplanationId } from './messages.ts';
import type { Lang } from '../../i18n/locales.ts';
import { fieldReferences } from './messages.ts';
import type { StunPacket } from './packet.ts';
import type { ByteRegion } from './regions.ts';
import { attributeExplanationId, byteRegions } from './regions.ts';
import type { StunAttribute, StunMessage, XorField } from './types.ts';
import type { AddressFamily } from './address.ts';
import { methodByValue } from './constants.ts';

/** One field of the list: a byte region and its value as the reader sees it. */
export interface FieldEntry {
  readonly region: ByteRegion;
  /** Index of the region in {@link FieldListing.regions}. */
  readonly regionIndex: number;
  /** The decoded value, e.g. `50342 (on the wire 0xE3B4)`. */
  readonly value: string;
}

/** The header, one attribute, or the ChannelData message. */
export interface FieldGroup {
  /** `header`, `attr-N` or `channel-data`, as in {@link ByteRegion.groupId}. */
  readonly groupId: string;
  /** e.g. `Attribute 2: XOR-MAPPED-ADDRESS`. */
  readonly title: string;
  /** The explanation of the attribute as a whole; undefined for the header and ChannelData. */
  readonly explanationId: FieldExplanationId | undefined;
  /** Offset of the group's first byte. */
  readonly start: number;
  /** Offset just past its last byte. */
  readonly end: number;
  readonly fields: readonly FieldEntry[];
}

/** Everything the explorer lists about one packet. */
export interface FieldListing {
  /** The byte regions, in byte order, covering every byte once. */
  readonly regions: readonly ByteRegion[];
  readonly groups: readonly FieldGroup[];
  /** For each byte offset, the index of its region in {@link regions} (−1 for none). */
  readonly regionOfByte: Int32Array;
}

/** An XOR-…-ADDRESS attribute, with the XOR steps of its port and address (RFC 8489 §14.2). */
export interface XorAddressAttribute {
  /** Zero-based index of the attribute. */
  readonly attributeIndex: number;
  /** `XOR-MAPPED-ADDRESS`, `XOR-PEER-ADDRESS` or `XOR-RELAYED-ADDRESS`. */
  readonly name: string;
  readonly family: AddressFamily;
  readonly port: XorField<number>;
  readonly address: XorField<string>;
}

const MAX_PREVIEW_BYTES = 16;
const MAX_TEXT_CHARS = 120;

function sizeText(lang: Lang, n: number): string {
  const t = translator(lang, explorerText);
  return n === 1 ? t('value-one-byte') : t('value-bytes', { n });
}

function quoted(text: string): string {
  const shown = text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS)}…` : text;
  return JSON.stringify(shown);
}

/** Printable ASCII (with tab and newlines) reads better as text than as hex. */
function isPrintable(bytes: Uint8Array): boolean {
  return bytes.length > 0 && bytes.every((b) => (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d);
}

function bytesPreview(bytes: Uint8Array): string {
  if (isPrintable(bytes)) return quoted(String.fromCharCode(...bytes.subarray(0, MAX_TEXT_CHARS + 1)));
  const head = toHex(bytes.subarray(0, MAX_PREVIEW_BYTES));
  return bytes.length > MAX_PREVIEW_BYTES ? `${head} …` : head;
}

function sizedPreview(lang: Lang, bytes: Uint8Array): string {
  const t = translator(lang, explorerText);
  return t('value-sized', { size: sizeText(lang, bytes.length), preview: bytesPreview(bytes) });
}

function paddingValue(lang: Lang, bytes: Uint8Array): string {
  const t = translator(lang, explorerText);
  const preview = bytes.every((b) => b === 0) ? t('value-zero-padding') : toHex(bytes);
  return t('value-sized', { size: sizeText(lang, bytes.length), preview });
}

function messageTypeValue(message: StunMessage, lang: Lang): string {
  const t = translator(lang, explorerText);
  const { header } = message;
  const method = header.methodName ?? t('value-unknown-method', { method: hexNumber(header.method, 3) });
  const name = t('value-message-type', {
    method,
    class: t(`class-${header.messageClass}`),
  });
  return `${hexNumber(header.type.value, 4)} · ${name}`;
}

function headerValue(message: StunMessage, region: ByteRegion, lang: Lang): string {
  const { header } = message;
  switch (region.fieldId) {
    case 'header-type':
      return messageTypeValue(message, lang);
    case 'header-length':
      return sizeText(lang, header.length.value);
    case 'header-magic-cookie':
      return hexNumber(header.magicCookie.value, 8);
    default:
      return `0x${toHex(header.transactionId.value, { separator: '' })}`;
  }
}

function wire(bytes: Uint8Array): string {
  return `0x${toHex(bytes, { separator: '', uppercase: true })}`;
}

/** The value of one part of an attribute; `part` is the field id after `attr-N-<slug>-`. */
function attributeValue(attribute: StunAttribute, part: string, lang: Lang): string {
  const t = translator(lang, explorerText);
  if (part === 'type') {
    const name = attribute.name ?? t('value-unknown-attribute');
    const range = t(attribute.comprehensionRequired ? 'value-comprehension-required' : 'value-comprehension-optional');
    return `${hexNumber(attribute.type.value, 4)} · ${name} · ${range}`;
  }
  if (part === 'length') return sizeText(lang, attribute.length.value);
  if (part === 'padding') return paddingValue(lang, attribute.padding.value);
  const decoded = attribute.decoded;
  switch (decoded.kind) {
    case 'address':
    case 'xor-address': {
      if (part === 'reserved') return hexNumber(decoded.reserved.value, 2);
      if (part === 'family') {
        return t('value-family', {
          family: decoded.family.value,
          byte: hexNumber(decoded.family.value === 'IPv4' ? 1 : 2, 2),
        });
      }
      if (decoded.kind === 'address') return part === 'port' ? String(decoded.port.value) : decoded.address.value;
      const field = part === 'port' ? decoded.port : decoded.address;
      return t('value-on-the-wire', { value: String(field.value), wire: wire(field.xor.raw) });
    }
    case 'text':
      return quoted(decoded.text.value);
    case 'hmac-sha1':
    case 'hmac-sha256':
      return `0x${toHex(decoded.hmac.value, { separator: '' })}`;
    case 'fingerprint':
      return hexNumber(decoded.crc.value, 8);
    case 'error-code':
      if (part === 'reserved') return hexNumber(decoded.reserved.value, 6);
      if (part === 'class') return t('value-error-class', { n: decoded.errorClass.value });
      if (part === 'number') {
        return t('value-error-number', { n: decoded.errorNumber.value, code: decoded.code });
      }
      return quoted(decoded.reason.value);
    case 'attribute-list': {
      const n = Number(/^entry-(\d+)$/.exec(part)?.[1] ?? 0);
      const type = decoded.types[n - 1]?.value ?? 0;
      return hexNumber(type, 4);
    }
    case 'uint32':
      return attribute.name === 'LIFETIME'
        ? t('value-seconds', { n: decoded.number.value })
        : String(decoded.number.value);
    case 'tie-breaker':
      return `0x${decoded.tieBreaker.value.toString(16).toUpperCase().padStart(16, '0')}`;
    case 'channel-number':
      return part === 'channel' ? hexNumber(decoded.channel.value, 4) : hexNumber(decoded.reserved.value, 4);
    case 'requested-transport':
      if (part === 'rffu') return `0x${toHex(decoded.reserved.value, { separator: '' })}`;
      return decoded.protocolName
        ? t('value-protocol', { n: decoded.protocol.value, name: decoded.protocolName })
        : t('value-protocol-other', { n: decoded.protocol.value });
    case 'bytes':
      return sizedPreview(lang, decoded.data.value);
    case 'flag':
    case 'unknown':
    case 'malformed':
      return sizedPreview(lang, attribute.value.value);
  }
}

/**
 * The decoded value of one byte region, as text in the page language.
 *
 * @param packet - the decoded packet the region belongs to
 * @param region - one of `byteRegions(packet)`
 * @param lang - `en` or `ja`
 * @returns e.g. `0x0101 · Binding success response`, `8 bytes`, `"alice"`, `50342 (on the wire 0xE3B4)`
 */
export function regionValue(packet: StunPacket, region: ByteRegion, lang: Lang): string {
  if (packet.kind === 'channel-data') {
    switch (region.fieldId) {
      case 'channel-data-channel-number':
        return hexNumber(packet.channelNumber.value, 4);
      case 'channel-data-length':
        return sizeText(lang, packet.length.value);
      case 'channel-data-data':
        return sizedPreview(lang, packet.data.value);
      default:
        return paddingValue(lang, packet.padding.value);
    }
  }
  const attribute = region.attributeIndex === undefined ? undefined : packet.attributes[region.attributeIndex];
  if (!attribute) return headerValue(packet, region, lang);
  const prefix = `attr-${attribute.index + 1}-${attribute.slug}-`;
  return attributeValue(attribute, region.fieldId.slice(prefix.length), lang);
}

/**
 * Lists a packet's fields for the explorer: its byte regions grouped by
 * header and attribute, each with its value, and which region each byte
 * belongs to.
 *
 * @param packet - from `decodePacket`
 * @param lang - language of titles, labels and values
 * @returns regions, groups and the byte → region index
 * @example
 * const { groups, regionOfByte } = listFields(packet, 'en');
 * groups[1]?.title; // 'Attribute 1: SOFTWARE'
 * regionOfByte[0]; // 0 — the message type
 */
export function listFields(packet: StunPacket, lang: Lang): FieldListing {
  const regions = byteRegions(packet, lang);
  const regionOfByte = new Int32Array(packet.bytes.length).fill(-1);
  const groups: FieldGroup[] = [];
  regions.forEach((region, regionIndex) => {
    regionOfByte.fill(regionIndex, region.start, region.end);
    const entry: FieldEntry = { region, regionIndex, value: regionValue(packet, region, lang) };
    const last = groups.at(-1);
    if (last && last.groupId === region.groupId) {
      groups[groups.length - 1] = { ...last, end: region.end, fields: [...last.fields, entry] };
      return;
    }
    groups.push({ ...groupHeading(packet, region, lang), groupId: region.groupId, start: region.start, end: region.end, fields: [entry] });
  });
  return { regions, groups, regionOfByte };
}

function groupHeading(packet: StunPacket, region: ByteRegion, lang: Lang): Pick<FieldGroup, 'title' | 'explanationId'> {
  const t = translator(lang, explorerText);
  if (packet.kind === 'channel-data') return { title: t('group-channel-data'), explanationId: undefined };
  const attribute = region.attributeIndex === undefined ? undefined : packet.attributes[region.attributeIndex];
  if (!attribute) return { title: t('group-header'), explanationId: undefined };
  const name = attribute.name ?? hexNumber(attribute.type.value, 4);
  return {
    title: t('group-attribute', { n: attribute.index + 1, name }),
    explanationId: attributeExplanationId(attribute),
  };
}

function isExplanationId(id: string): id is FieldExplanationId {
  return Object.hasOwn(fieldReferences, id);
}

/**
 * Explanations worth showing beside a field's own: for the message type,
 * its class and method; for any part of an attribute, the attribute as a
 * whole; for the parts of ERROR-CODE, the meaning of that error code.
 *
 * @param packet - the decoded packet
 * @param region - one of its regions
 * @returns explanation ids, without the region's own `explanationId`
 * @example relatedExplanations(message, typeRegion) // ['class-request', 'method-binding']
 */
export function relatedExplanations(packet: StunPacket, region: ByteRegion): FieldExplanationId[] {
  if (packet.kind === 'channel-data') return [];
  const ids: string[] = [];
  if (region.fieldId === 'header-type') {
    ids.push(`class-${packet.header.messageClass}`);
    const method = methodByValue(packet.header.method);
    if (method) ids.push(`method-${method.slug}`);
  }
  const attribute = region.attributeIndex === undefined ? undefined : packet.attributes[region.attributeIndex];
  if (attribute) {
    ids.push(attributeExplanationId(attribute));
    if (attribute.decoded.kind === 'error-code') ids.push(`error-${attribute.decoded.code}`);
  }
  return ids.filter((id): id is FieldExplanationId => isExplanationId(id) && id !== region.explanationId);
}

/**
 * The XOR-MAPPED-ADDRESS, XOR-PEER-ADDRESS and XOR-RELAYED-ADDRESS
 * attributes of a message whose values decoded, with their XOR steps.
 *
 * @param packet - the decoded packet
 * @returns one entry per such attribute, in message order (none for ChannelData)
 */
export function xorAddressAttributes(packet: StunPacket): XorAddressAttribute[] {
  if (packet.kind === 'channel-data') return [];
  return packet.attributes.flatMap((attribute) => {
    const decoded = attribute.decoded;
    if (decoded.kind !== 'xor-address') return [];
    return [
      {
        attributeIndex: attribute.index,
        name: attribute.name ?? hexNumber(attribute.type.value, 4),
        family: decoded.family.value,
        port: decoded.port,
        address: decoded.address,
      },
    ];
  });
}
