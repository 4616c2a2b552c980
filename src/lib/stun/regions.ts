/**
 * A decoded packet as a flat, ordered list of byte regions that covers
 * every byte exactly once — what a hex view needs to colour each byte by
 * field, and what a URL fragment needs to point at one field.
 *
 * Field ids are stable and anchor-friendly:
 * - header: `header-type`, `header-length`, `header-magic-cookie`, `header-transaction-id`;
 * - attributes, numbered from 1: `attr-2-xor-mapped-address-type`,
 *   `…-length`, `…-padding`, and one id per sub-field of the value,
 *   e.g. `attr-2-xor-mapped-address-port`, `attr-4-error-code-reason`;
 * - ChannelData: `channel-data-channel-number`, `channel-data-length`,
 *   `channel-data-data`, `channel-data-padding`.
 */
import type { ByteSpan } from './bytes.ts';
import { hexNumber } from './bytes.ts';
import type { FieldExplanationId, RegionPart } from './messages.ts';
import type { Lang } from '../../i18n/locales.ts';
import { translator } from '../../i18n/dictionary.ts';
import { stunFieldText } from './messages.ts';
import type { StunPacket } from './packet.ts';
import type { StunAttribute } from './types.ts';

/** One run of bytes that belongs to one field. */
export interface ByteRegion {
  /** Offset of the first byte. */
  readonly start: number;
  /** Offset just past the last byte (exclusive). */
  readonly end: number;
  /** Stable id, usable as a URL fragment, e.g. `attr-2-xor-mapped-address-port`. */
  readonly fieldId: string;
  /** Short label in the requested language, e.g. `XOR-MAPPED-ADDRESS · port (XORed)`. */
  readonly label: string;
  /** Key of the explanation to show for this field (`explainField` in messages.ts). */
  readonly explanationId: FieldExplanationId;
  /** `header`, `attr-N` or `channel-data`: regions of one attribute share it, for colouring. */
  readonly groupId: string;
  /** Zero-based index of the attribute, or undefined for header and ChannelData regions. */
  readonly attributeIndex: number | undefined;
}

/**
 * The explanation id of an attribute as a whole (for a heading or tooltip).
 *
 * @param attribute - a decoded attribute
 * @returns e.g. `attr-xor-mapped-address`, or `attr-unknown-optional` for an unknown type ≥ 0x8000
 */
export function attributeExplanationId(attribute: StunAttribute): FieldExplanationId {
  if (attribute.name === undefined) {
    return attribute.comprehensionRequired ? 'attr-unknown-required' : 'attr-unknown-optional';
  }
  return `attr-${attribute.slug}` as FieldExplanationId;
}

interface Part {
  readonly part: RegionPart;
  /** Suffix of the field id; defaults to the part name. */
  readonly id?: string;
  readonly span: ByteSpan;
  readonly explanationId: FieldExplanationId;
  /** Replaces `{n}` in the part label. */
  readonly n?: number;
}

/** The sub-fields of an attribute's value, in byte order. */
function valueParts(attribute: StunAttribute): Part[] {
  const own = attributeExplanationId(attribute);
  const decoded = attribute.decoded;
  switch (decoded.kind) {
    case 'address':
      return [
        { part: 'reserved', span: decoded.reserved.span, explanationId: 'address-reserved' },
        { part: 'family', span: decoded.family.span, explanationId: 'address-family' },
        { part: 'port', span: decoded.port.span, explanationId: 'address-port' },
        { part: 'address', span: decoded.address.span, explanationId: 'address-ip' },
      ];
    case 'xor-address':
      return [
        { part: 'reserved', span: decoded.reserved.span, explanationId: 'address-reserved' },
        { part: 'family', span: decoded.family.span, explanationId: 'address-family' },
        { part: 'xor-port', id: 'port', span: decoded.port.span, explanationId: 'xor-port' },
        { part: 'xor-address', id: 'address', span: decoded.address.span, explanationId: 'xor-ip' },
      ];
    case 'text':
      return [{ part: 'value', span: decoded.text.span, explanationId: own }];
    case 'hmac-sha1':
    case 'hmac-sha256':
      return [{ part: 'hmac', span: decoded.hmac.span, explanationId: own }];
    case 'fingerprint':
      return [{ part: 'crc', span: decoded.crc.span, explanationId: own }];
    case 'error-code':
      return [
        { part: 'reserved', span: decoded.reserved.span, explanationId: 'error-code-reserved' },
        { part: 'class', span: decoded.errorClass.span, explanationId: 'error-code-class' },
        { part: 'number', span: decoded.errorNumber.span, explanationId: 'error-code-number' },
        { part: 'reason', span: decoded.reason.span, explanationId: 'error-code-reason' },
      ];
    case 'attribute-list':
      return decoded.types.map((type, i) => ({
        part: 'entry',
        id: `entry-${i + 1}`,
        span: type.span,
        explanationId: 'unknown-attributes-entry',
        n: i + 1,
      }));
    case 'uint32':
      return [{ part: 'value', span: decoded.number.span, explanationId: own }];
    case 'tie-breaker':
      return [{ part: 'tie-breaker', span: decoded.tieBreaker.span, explanationId: own }];
    case 'flag':
      return [];
    case 'channel-number':
      return [
        { part: 'channel', span: decoded.channel.span, explanationId: own },
        { part: 'rffu', span: decoded.reserved.span, explanationId: 'rffu' },
      ];
    case 'requested-transport':
      return [
        { part: 'protocol', span: decoded.protocol.span, explanationId: own },
        { part: 'rffu', span: decoded.reserved.span, explanationId: 'rffu' },
      ];
    case 'bytes':
      return [{ part: 'data', span: decoded.data.span, explanationId: own }];
    case 'unknown':
    case 'malformed':
      return [{ part: 'value', span: attribute.value.span, explanationId: own }];
  }
}

/**
 * Lists the byte regions of a decoded STUN or ChannelData message: the
 * header fields, then for each attribute its type, length, value
 * sub-fields and padding. Empty fields (a zero-length value, no padding)
 * get no region. Together the regions cover every byte once, in order.
 *
 * @param packet - from `decodeStun`, `decodeChannelData` or `decodePacket`
 * @param lang - language of the labels; default English
 * @returns the regions, sorted by offset
 * @example
 * byteRegions(message).find((r) => r.fieldId === 'attr-2-xor-mapped-address-port');
 * // { start: 42, end: 44, label: 'XOR-MAPPED-ADDRESS · port (XORed)', explanationId: 'xor-port', … }
 */
export function byteRegions(packet: StunPacket, lang: Lang = 'en'): ByteRegion[] {
  const regions: ByteRegion[] = [];
  const push = (
    span: ByteSpan,
    fieldId: string,
    label: string,
    explanationId: FieldExplanationId,
    groupId: string,
    attributeIndex?: number,
  ) => {
    if (span.length === 0) return;
    regions.push({
      start: span.offset,
      end: span.offset + span.length,
      fieldId,
      label,
      explanationId,
      groupId,
      attributeIndex,
    });
  };
  const t = translator(lang, stunFieldText);
  const title = (id: FieldExplanationId) => t(`field.${id}.title`);

  if (packet.kind === 'channel-data') {
    const fields = [
      [packet.channelNumber.span, 'channel-data-channel-number'],
      [packet.length.span, 'channel-data-length'],
      [packet.data.span, 'channel-data-data'],
      [packet.padding.span, 'channel-data-padding'],
    ] as const;
    for (const [span, id] of fields) push(span, id, title(id), id, 'channel-data');
    return regions;
  }

  const { header } = packet;
  const headerFields = [
    [header.type.span, 'header-type'],
    [header.length.span, 'header-length'],
    [header.magicCookie.span, 'header-magic-cookie'],
    [header.transactionId.span, 'header-transaction-id'],
  ] as const;
  for (const [span, id] of headerFields) push(span, id, title(id), id, 'header');

  for (const attribute of packet.attributes) {
    const groupId = `attr-${attribute.index + 1}`;
    const prefix = `${groupId}-${attribute.slug}`;
    const attributeName = attribute.name ?? t('region.unknownAttribute', { type: hexNumber(attribute.type.value, 4) });
    const label = (part: RegionPart, n?: number) => t('region.attributePart', { attribute: attributeName, part: t(`part.${part}`, { n: n ?? '' }) });
    const add = (part: Part) =>
      push(
        part.span,
        `${prefix}-${part.id ?? part.part}`,
        label(part.part, part.n),
        part.explanationId,
        groupId,
        attribute.index,
      );
    add({ part: 'type', span: attribute.type.span, explanationId: 'attribute-type' });
    add({ part: 'length', span: attribute.length.span, explanationId: 'attribute-length' });
    for (const part of valueParts(attribute)) add(part);
    add({ part: 'padding', span: attribute.padding.span, explanationId: 'attribute-padding' });
  }
  return regions;
}
