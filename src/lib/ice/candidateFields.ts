/**
 * Presentation helpers for one parsed candidate: its fields in line order
 * with the text each came from, the explanation key of each, and RFC
 * citations turned into links. Used by `CandidateDetails.svelte`.
 */
import type { Candidate, CandidateField } from './parseCandidate.ts';
import type { ExplainedField, GlossaryId, iceText } from './messages.ts';
import type { KeyOf } from '../../i18n/dictionary.ts';
import { fieldReferences } from './messages.ts';

/** A key of the ICE texts (`./messages.ts`). */
type MessageKey = KeyOf<typeof iceText>;

/** One field of a candidate line, for the annotated line and the table. */
export interface FieldEntry {
  /** Stable key, e.g. `priority` or `ext:network-cost`. */
  readonly key: string;
  /** Field name for the label: a `fieldName.*` key, or the literal extension name. */
  readonly nameKey: MessageKey | null;
  readonly literalName: string | null;
  /** The value shown in the table. */
  readonly value: string;
  /** Where the field sits in the line (keyword included for `typ`, `raddr`, …). */
  readonly start: number;
  readonly end: number;
  /** `field.*` explanation key, or `null` for an unknown extension. */
  readonly explanationKey: MessageKey | null;
  readonly rfc: string | null;
  readonly glossary: GlossaryId | null;
  /** Section of the anatomy article that explains this field. */
  readonly articleAnchor: string;
}

const EXTENSIONS: Readonly<Record<string, ExplainedField>> = {
  generation: 'generation',
  ufrag: 'ufrag',
  'network-id': 'networkId',
  'network-cost': 'networkCost',
};

/** Anchors of `anatomy-of-a-candidate.mdx` (same in en and ja). */
const ANCHORS: Readonly<Record<ExplainedField, string>> = {
  foundation: 'foundation',
  componentId: 'component',
  transport: 'transport',
  priority: 'priority',
  address: 'address-and-port',
  port: 'address-and-port',
  type: 'candidate-type',
  relatedAddress: 'related-address',
  relatedPort: 'related-address',
  tcpType: 'tcptype',
  generation: 'extensions',
  ufrag: 'extensions',
  networkId: 'extensions',
  networkCost: 'extensions',
};

/**
 * Lists the fields of a parsed candidate in the order they appear in its line.
 *
 * @param c - A parsed candidate.
 * @returns One entry per field and per extension attribute.
 */
export function candidateFieldEntries(c: Candidate): FieldEntry[] {
  const entries: FieldEntry[] = [];
  const push = (field: ExplainedField & CandidateField, value: string, start: number, end: number) => {
    const ref = fieldReferences[field];
    entries.push({
      key: field,
      nameKey: `fieldName.${field}`,
      literalName: null,
      value,
      start,
      end,
      explanationKey: `field.${field}`,
      rfc: ref.rfc,
      glossary: ref.glossary,
      articleAnchor: ANCHORS[field],
    });
  };
  const sp = c.spans;
  push('foundation', c.foundation, ...sp.foundation);
  push('componentId', String(c.componentId), ...sp.componentId);
  push('transport', c.transport, ...sp.transport);
  push('priority', String(c.priority), ...sp.priority);
  push('address', c.address, ...sp.address);
  push('port', String(c.port), ...sp.port);
  push('type', c.type, sp.typeKeyword[0], sp.type[1]);
  if (c.relatedAddress !== null && sp.relatedAddress !== null && sp.relatedAddressKeyword !== null) {
    push('relatedAddress', c.relatedAddress, sp.relatedAddressKeyword[0], sp.relatedAddress[1]);
  }
  if (c.relatedPort !== null && sp.relatedPort !== null && sp.relatedPortKeyword !== null) {
    push('relatedPort', String(c.relatedPort), sp.relatedPortKeyword[0], sp.relatedPort[1]);
  }
  if (c.tcpType !== null && sp.tcpType !== null && sp.tcpTypeKeyword !== null) {
    push('tcpType', c.tcpType, sp.tcpTypeKeyword[0], sp.tcpType[1]);
  }
  for (const ext of c.extensions) {
    const known = EXTENSIONS[ext.name];
    const ref = known === undefined ? null : fieldReferences[known];
    entries.push({
      key: `ext:${ext.name}:${ext.nameSpan[0]}`,
      nameKey: null,
      literalName: ext.name,
      value: ext.value,
      start: ext.nameSpan[0],
      end: ext.valueSpan[1],
      explanationKey: known === undefined ? null : `field.${known}`,
      rfc: ref?.rfc ?? null,
      glossary: ref?.glossary ?? null,
      articleAnchor: known === undefined ? 'extensions' : ANCHORS[known],
    });
  }
  return entries.sort((a, b) => a.start - b.start);
}

/** A piece of a line: plain text between fields, or one field. */
export type LinePiece = { readonly text: string; readonly entry: FieldEntry | null; readonly n: number | null };

/**
 * Cuts a line into plain text and field pieces, numbering the fields 1, 2, …
 * in line order.
 *
 * @param line - The candidate line as given to the parser.
 * @param entries - Its fields from {@link candidateFieldEntries}.
 * @returns The pieces, which joined give back `line`.
 */
export function linePieces(line: string, entries: readonly FieldEntry[]): LinePiece[] {
  const pieces: LinePiece[] = [];
  let at = 0;
  entries.forEach((entry, i) => {
    if (entry.start > at) pieces.push({ text: line.slice(at, entry.start), entry: null, n: null });
    pieces.push({ text: line.slice(entry.start, entry.end), entry, n: i + 1 });
    at = entry.end;
  });
  if (at < line.length) pieces.push({ text: line.slice(at), entry: null, n: null });
  return pieces;
}

/** A piece of a citation: plain text, or an RFC (section) with its link. */
export type CitationPiece = { readonly text: string; readonly href: string | null };

/**
 * Turns a citation such as `RFC 8445 §5.1.1.3, RFC 6544` into linked pieces
 * (RFC Editor HTML, `#section-N` anchors, as `Rfc.astro` links them).
 *
 * @param citation - The citation text.
 * @returns Pieces in order; RFC references carry an `href`.
 */
export function citationPieces(citation: string): CitationPiece[] {
  const pieces: CitationPiece[] = [];
  const pattern = /RFC (\d+)(?: §([0-9A-Z][0-9.]*))?/g;
  let at = 0;
  for (const match of citation.matchAll(pattern)) {
    const index = match.index;
    if (index > at) pieces.push({ text: citation.slice(at, index), href: null });
    const section = match[2];
    const anchor = section === undefined ? '' : `#section-${section}`;
    pieces.push({ text: match[0], href: `https://www.rfc-editor.org/rfc/rfc${match[1]}.html${anchor}` });
    at = index + match[0].length;
  }
  if (at < citation.length) pieces.push({ text: citation.slice(at), href: null });
  return pieces;
}
