/**
 * State of the connectivity matrix: which grid (classic 4×4 or RFC 4787
 * 9×9), with or without TURN, the outcomes computed so far, the focused and
 * selected cell. The first grid is computed at once with `computeMatrix`
 * (at build time for the server-rendered page, and again on hydration);
 * other grids are computed in the browser a few ICE sessions at a time with
 * `matrixCells`, so the page never blocks for long. Selecting a cell loads
 * that pair into the demo through the URL fragment.
 */
import {
  classicNatTypeIds,
  computeMatrix,
  encodeScenarioState,
  natText,
  rfc4787NatTypeIds,
  type NatTypeId,
  type Outcome,
} from '../../lib/nat/index.ts';
import { matrixCells } from '../../lib/nat/matrixCells.ts';
import { hashFor, readHashState, writeHashState } from '../../lib/browser/hashState.ts';
import { translator } from '../../i18n/dictionary.ts';
import { path, type Lang } from '../../i18n/locales.ts';
import { natUiText } from './strings.ts';

/** Which grid is on show. */
export type MatrixSize = 'classic' | 'rfc4787';

/** A cell position. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

type Grid = readonly (readonly (Outcome | undefined)[])[];

/** Longest slice of work between two yields to the browser. */
const sliceMs = 12;

function key(size: MatrixSize, turn: boolean, relay: boolean): string {
  return `${size}:${relay ? 'relay' : turn ? 'turn' : 'direct'}`;
}

/** The matrix's own URL state (`#<id>?size=rfc4787&turn=1&relay=1`), read defensively. */
export interface MatrixUrlState {
  readonly size: MatrixSize;
  readonly turn: boolean;
  readonly relay: boolean;
}

/**
 * Reads the matrix's URL state; unknown values fall back to the defaults
 * given, and relay-only implies TURN.
 *
 * @param params - the widget's hash parameters
 * @param fallback - what to use for a missing or unknown value
 * @returns the state to show
 */
export function parseMatrixParams(params: URLSearchParams, fallback: MatrixUrlState): MatrixUrlState {
  const size = params.get('size');
  const flag = (name: string, current: boolean): boolean => {
    const value = params.get(name);
    return value === '1' ? true : value === '0' ? false : current;
  };
  const relay = flag('relay', fallback.relay);
  return {
    size: size === 'classic' || size === 'rfc4787' ? size : fallback.size,
    turn: relay || flag('turn', fallback.turn),
    relay,
  };
}

export class MatrixState {
  readonly lang: Lang;
  /** The lookup of the page language. */
  readonly t;
  readonly id: string;
  /** Id of the demo on the same page, if any. */
  readonly demoId: string | undefined;

  #size = $state<MatrixSize>('classic');
  #turn = $state(false);
  #relay = $state(false);
  #grids = $state.raw<Readonly<Record<string, Grid>>>({});
  #progress = $state.raw<{ done: number; total: number } | null>(null);
  focused = $state<CellPosition>({ row: 0, column: 0 });
  selected = $state<CellPosition | null>(null);
  /** Announcement after a cell was loaded into the demo. */
  notice = $state('');
  ready = $state(false);
  #generation = 0;

  /**
   * @param lang - page language
   * @param id - element id
   * @param demoId - id of the NAT demo on the same page, or undefined
   * @param size - first grid
   * @param turn - first TURN setting
   */
  constructor(lang: Lang, id: string, demoId: string | undefined, size: MatrixSize, turn: boolean) {
    this.lang = lang;
    this.t = translator(lang, natUiText, natText);
    this.id = id;
    this.demoId = demoId;
    this.#size = size;
    this.#turn = turn;
    const matrix = computeMatrix(this.#idsFor(size), { turn });
    if (matrix.ok) this.#grids = { [key(size, turn, false)]: matrix.value.cells };
  }

  get size(): MatrixSize {
    return this.#size;
  }

  get turn(): boolean {
    return this.#turn;
  }

  /** Relay-only: both browsers with `iceTransportPolicy: 'relay'`. */
  get relay(): boolean {
    return this.#relay;
  }

  get ids(): readonly NatTypeId[] {
    return this.#idsFor(this.#size);
  }

  /** Outcomes of the grid on show; undefined where not computed yet. */
  get grid(): Grid {
    return this.#grids[key(this.#size, this.#turn, this.#relay)] ?? [];
  }

  get progress(): { done: number; total: number } | null {
    return this.#progress;
  }

  #idsFor(size: MatrixSize): readonly NatTypeId[] {
    return size === 'classic' ? classicNatTypeIds : rfc4787NatTypeIds;
  }

  cell(position: CellPosition): Outcome | undefined {
    return this.grid[position.row]?.[position.column];
  }

  /** The cell whose explanation is shown: the selected one, else the focused one. */
  get explained(): { position: CellPosition; outcome: Outcome } | undefined {
    const position = this.selected ?? this.focused;
    const outcome = this.cell(position);
    return outcome === undefined ? undefined : { position, outcome };
  }

  natName(id: string): string {
    const key = `nat.${id}.name`;
    return this.t.has(key) ? this.t(key) : key;
  }

  setSize(size: MatrixSize): void {
    if (size === this.#size) return;
    this.#size = size;
    this.#afterChange();
  }

  /** Offers TURN or not; without TURN there is no relay-only. */
  setTurn(turn: boolean): void {
    if (turn === this.#turn) return;
    this.#turn = turn;
    if (!turn) this.#relay = false;
    this.#afterChange();
  }

  /** Relay-only or not; relay-only turns TURN on. */
  setRelay(relay: boolean): void {
    if (relay === this.#relay) return;
    this.#relay = relay;
    if (relay) this.#turn = true;
    this.#afterChange();
  }

  /** The URL parameters of the grid on show. */
  get urlParams(): Record<string, string> {
    return { size: this.#size, turn: this.#turn ? '1' : '0', relay: this.#relay ? '1' : '0' };
  }

  #afterChange(): void {
    if (this.ready) writeHashState(this.id, this.urlParams);
    const count = this.ids.length;
    this.focused = { row: Math.min(this.focused.row, count - 1), column: Math.min(this.focused.column, count - 1) };
    this.selected = null;
    this.notice = '';
    this.#ensure();
  }

  /** Computes the grid on show if it is not cached, a slice at a time. */
  #ensure(): void {
    const gridKey = key(this.#size, this.#turn, this.#relay);
    const generation = ++this.#generation;
    if (this.#grids[gridKey] !== undefined) {
      this.#progress = null;
      return;
    }
    const ids = this.ids;
    const cells = matrixCells(ids, { turn: this.#turn, ...(this.#relay ? { iceTransportPolicy: 'relay' as const } : {}) });
    if (!cells.ok) return;
    const iterator = cells.value;
    const total = ids.length * ids.length;
    const grid: (Outcome | undefined)[][] = ids.map(() => ids.map(() => undefined));
    let done = 0;
    this.#progress = { done, total };
    const work = (): void => {
      if (generation !== this.#generation) return;
      const start = performance.now();
      for (;;) {
        const next = iterator.next();
        if (next.done === true) {
          this.#grids = { ...this.#grids, [gridKey]: grid };
          this.#progress = null;
          return;
        }
        const { row, column, outcome } = next.value;
        (grid[row] as (Outcome | undefined)[])[column] = outcome;
        done++;
        if (performance.now() - start > sliceMs) break;
      }
      this.#progress = { done, total };
      this.#grids = { ...this.#grids, [gridKey]: grid.map((cellsOfRow) => [...cellsOfRow]) };
      setTimeout(work, 0);
    };
    setTimeout(work, 0);
  }

  /** The demo's state string for a cell: a full ICE run between the two NAT types. */
  stateFor(position: CellPosition): string {
    const ids = this.ids;
    const natA = ids[position.row];
    const natB = ids[position.column];
    if (natA === undefined || natB === undefined) return '';
    const encoded = encodeScenarioState({ scenario: 'ice', natA, natB, turn: this.#turn, ...(this.#relay ? { relay: true } : {}), seed: 1, step: 0 });
    return encoded.ok ? encoded.value : '';
  }

  /** Where a cell leads when the demo is not on this page: the hole-punching article's demo, with the pair's state. */
  hrefFor(position: CellPosition): string {
    return `${path(this.lang, 'hole-punching')}${hashFor('nat-demo', { s: this.stateFor(position) })}`;
  }

  /**
   * The `href` written into the page for a cell link: the article's demo
   * anchor without the state, which works without JavaScript and is an id
   * that exists (the state is added when the link is followed, see {@link choose}).
   */
  get articleAnchor(): string {
    return `${path(this.lang, 'hole-punching')}#nat-demo`;
  }

  /**
   * Loads a cell into the demo on this page: writes the demo's state into
   * the URL fragment and announces the change with a `hashchange` event,
   * which the demo listens to. Without a demo on the page, opens the
   * hole-punching article's demo instead.
   */
  choose(position: CellPosition): void {
    this.selected = position;
    this.focused = position;
    const demo = this.demoId === undefined ? null : document.getElementById(this.demoId);
    if (demo === null || this.demoId === undefined) {
      location.assign(this.hrefFor(position));
      return;
    }
    const oldURL = location.href;
    writeHashState(this.demoId, { s: this.stateFor(position) });
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: location.href }));
    const ids = this.ids;
    this.notice = this.t('matrix.loaded', { a: this.natName(ids[position.row] ?? ''), b: this.natName(ids[position.column] ?? '') });
    // Focusing the demo also scrolls it into view, which hydrates it if it was off screen.
    demo.focus();
  }

  /**
   * Moves the roving focus with the arrow keys, Home and End (Ctrl for the whole grid).
   *
   * @param event - the keydown
   * @returns the new position, or undefined when the key is not handled
   */
  moveFocus(event: KeyboardEvent): CellPosition | undefined {
    const last = this.ids.length - 1;
    const { row, column } = this.focused;
    let next: CellPosition | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = { row, column: Math.min(last, column + 1) };
        break;
      case 'ArrowLeft':
        next = { row, column: Math.max(0, column - 1) };
        break;
      case 'ArrowDown':
        next = { row: Math.min(last, row + 1), column };
        break;
      case 'ArrowUp':
        next = { row: Math.max(0, row - 1), column };
        break;
      case 'Home':
        next = event.ctrlKey ? { row: 0, column: 0 } : { row, column: 0 };
        break;
      case 'End':
        next = event.ctrlKey ? { row: last, column: last } : { row, column: last };
        break;
      default:
        return undefined;
    }
    this.focused = next;
    return next;
  }

  /** Applies the URL fragment if it is this matrix's. */
  applyHash(hash: string): void {
    const params = readHashState(this.id, hash);
    if (params === null) return;
    const next = parseMatrixParams(params, { size: this.#size, turn: this.#turn, relay: this.#relay });
    if (next.size === this.#size && next.turn === this.#turn && next.relay === this.#relay) return;
    this.#size = next.size;
    this.#turn = next.turn;
    this.#relay = next.relay;
    this.#afterChange();
  }

  /** Hydration: the URL, then follow later fragment changes; returns the cleanup. */
  mount(): () => void {
    this.applyHash(location.hash);
    this.ready = true;
    const onHashChange = (): void => this.applyHash(location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }
}
