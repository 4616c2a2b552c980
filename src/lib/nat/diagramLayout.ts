/**
 * Geometry of the NAT demo's SVG diagram: where each box of a
 * {@link DemoTopology} sits, where packets attach to it, and which mapping
 * rows fit inside a NAT box. View-only arithmetic; what the boxes mean comes
 * from `src/lib/nat/demoTopology.ts`.
 *
 * Layout: the Internet is a band across the top with the STUN (and TURN)
 * server in it; side A is a column on the left, side B on the right, each
 * with its outermost NAT nearest the Internet and its host at the bottom.
 */
import type { DemoNode, DemoTopology } from './demoTopology.ts';
import type { MappingRow } from './simEvent.ts';
import { mappingRowKey } from './demoFrames.ts';

export const viewWidth = 740;
const bandTop = 8;
const bandHeight = 92;
const firstNodeTop = 124;
const natWidth = 340;
const natHeaderHeight = 42;
export const natRowHeight = 34;
/** Mapping rows drawn inside a NAT box; the HTML tables hold all of them. */
export const natRowsShown = 4;
const natHeight = natHeaderHeight + natRowsShown * natRowHeight + 22;
const natGap = 24;
const hostWidth = 190;
const hostHeight = 48;
const hostGap = 34;
const serverWidth = 150;
const serverHeight = 46;
const columnCentre = { A: 190, B: 550 } as const;

/** A placed box. */
export interface PlacedNode {
  readonly node: DemoNode;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Where a packet sits when it is at this node. */
  readonly anchor: { readonly x: number; readonly y: number };
}

/** A line between two boxes, or from a NAT up to the Internet band. */
export interface Link {
  readonly key: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly lan: boolean;
}

/** The whole diagram. */
export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly band: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly nodes: readonly PlacedNode[];
  readonly links: readonly Link[];
  /** What the band is: the Internet, or the closed network's segment B. */
  readonly bandLabel: 'internet' | 'segment-b';
  /** Node name → anchor, for moving packets. */
  readonly anchors: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
}

function natCount(side: readonly DemoNode[]): number {
  return side.filter((node) => node.kind === 'nat').length;
}

/**
 * Places every box of a topology.
 *
 * @param topology - from `demoTopology(run)`
 * @returns boxes, links, anchors and the viewBox size
 */
export function layoutDiagram(topology: DemoTopology): DiagramLayout {
  const rows = Math.max(natCount(topology.a), natCount(topology.b));
  const hostTop = firstNodeTop + rows * (natHeight + natGap) - natGap + (rows > 0 ? hostGap : 0);
  const height = hostTop + hostHeight + 12;
  const nodes: PlacedNode[] = [];
  const links: Link[] = [];
  const bandBottom = bandTop + bandHeight;

  for (const sideName of ['A', 'B'] as const) {
    const side = sideName === 'A' ? topology.a : topology.b;
    const cx = columnCentre[sideName];
    const nats = side.filter((node) => node.kind === 'nat');
    // Outermost NAT at the top, nearest the Internet.
    const outward = [...nats].reverse();
    let previousBottom = bandBottom;
    outward.forEach((node, index) => {
      const y = firstNodeTop + index * (natHeight + natGap);
      nodes.push({ node, x: cx - natWidth / 2, y, width: natWidth, height: natHeight, anchor: { x: cx, y } });
      links.push({ key: `${node.name}-up`, x1: cx, y1: previousBottom, x2: cx, y2: y, lan: index > 0 });
      previousBottom = y + natHeight;
    });
    const host = side.find((node) => node.kind === 'host');
    if (host !== undefined) {
      // The packet waits just above the host, on its link, so the host's label stays readable.
      nodes.push({ node: host, x: cx - hostWidth / 2, y: hostTop, width: hostWidth, height: hostHeight, anchor: { x: cx, y: hostTop - 15 } });
      links.push({ key: `${host.name}-up`, x1: cx, y1: previousBottom, x2: cx, y2: hostTop, lan: nats.length > 0 });
    }
  }

  const servers = topology.servers;
  const spacing = 170;
  servers.forEach((node, index) => {
    const cx = viewWidth / 2 + (index - (servers.length - 1) / 2) * spacing;
    const y = bandTop + 26;
    // The packet waits just below the server, so the server's address stays readable.
    nodes.push({ node, x: cx - serverWidth / 2, y, width: serverWidth, height: serverHeight, anchor: { x: cx, y: y + serverHeight + 13 } });
  });

  // A plain router (the closed network's R1) between the band and side A's host.
  topology.routers.forEach((node, index) => {
    const cx = viewWidth / 2;
    const y = firstNodeTop + index * (serverHeight + natGap);
    nodes.push({ node, x: cx - serverWidth / 2, y, width: serverWidth, height: serverHeight, anchor: { x: cx, y: y + serverHeight + 13 } });
    links.push({ key: `${node.name}-up`, x1: cx, y1: bandBottom, x2: cx, y2: y, lan: false });
    links.push({ key: `${node.name}-a`, x1: cx, y1: y + serverHeight, x2: columnCentre.A, y2: hostTop, lan: true });
  });

  const anchors = new Map(nodes.map((placed) => [placed.node.name, placed.anchor]));
  return {
    width: viewWidth,
    height,
    band: { x: 8, y: bandTop, width: viewWidth - 16, height: bandHeight },
    bandLabel: topology.band,
    nodes,
    links,
    anchors,
  };
}

/**
 * The rows a NAT box draws: all of them when they fit, otherwise the rows
 * that changed at this step plus the newest ones, in table order.
 *
 * @param rows - the NAT's rows at this step
 * @param changed - keys of rows changed at this step
 * @param max - how many fit
 * @returns the rows to draw and how many are left out
 */
export function visibleRows(rows: readonly MappingRow[], changed: ReadonlySet<string>, max = natRowsShown): { rows: MappingRow[]; hidden: number } {
  if (rows.length <= max) return { rows: [...rows], hidden: 0 };
  const keep = new Set<number>();
  rows.forEach((row, index) => {
    if (keep.size < max && changed.has(mappingRowKey(row))) keep.add(index);
  });
  for (let index = rows.length - 1; index >= 0 && keep.size < max; index--) keep.add(index);
  const chosen = [...keep].sort((x, y) => x - y).map((index) => rows[index] as MappingRow);
  return { rows: chosen, hidden: rows.length - chosen.length };
}

/**
 * Shortens text to a number of characters, with an ellipsis.
 *
 * @param text - any text
 * @param max - longest result
 * @returns the text or its start and `…`
 */
export function ellipsis(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
