/**
 * The simulator's clock: a priority queue of actions ordered by virtual
 * time, ties broken by insertion order. Because nothing else decides what
 * runs next, the same inputs always replay the same sequence of events.
 */

interface QueueEntry {
  readonly timeMs: number;
  readonly order: number;
  readonly action: () => void;
}

function before(a: QueueEntry, b: QueueEntry): boolean {
  return a.timeMs < b.timeMs || (a.timeMs === b.timeMs && a.order < b.order);
}

/** A binary min-heap of timed actions. */
export class EventQueue {
  #heap: QueueEntry[] = [];
  #inserted = 0;

  /** Number of pending actions. */
  get size(): number {
    return this.#heap.length;
  }

  /**
   * Schedules an action.
   *
   * @param timeMs - virtual time at which it runs
   * @param action - what to run
   */
  push(timeMs: number, action: () => void): void {
    const heap = this.#heap;
    const entry: QueueEntry = { timeMs, order: this.#inserted++, action };
    heap.push(entry);
    let index = heap.length - 1;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = heap[parentIndex];
      if (parent === undefined || !before(entry, parent)) break;
      heap[index] = parent;
      index = parentIndex;
    }
    heap[index] = entry;
  }

  /** Virtual time of the next action, or undefined when empty. */
  peekTime(): number | undefined {
    return this.#heap[0]?.timeMs;
  }

  /** Removes and returns the next action, or undefined when empty. */
  pop(): { readonly timeMs: number; readonly action: () => void } | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined) return undefined;
    if (heap.length === 0) return top;
    let index = 0;
    const length = heap.length;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = last;
      let smallestIndex = -1;
      const leftEntry = heap[left];
      if (left < length && leftEntry !== undefined && before(leftEntry, smallest)) {
        smallest = leftEntry;
        smallestIndex = left;
      }
      const rightEntry = heap[right];
      if (right < length && rightEntry !== undefined && before(rightEntry, smallest)) {
        smallest = rightEntry;
        smallestIndex = right;
      }
      if (smallestIndex === -1) break;
      heap[index] = smallest;
      index = smallestIndex;
    }
    heap[index] = last;
    return top;
  }
}
