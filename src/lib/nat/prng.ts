/**
 * A small seeded pseudo-random generator, so that every "random" choice in
 * the simulator (NAT port allocation, TURN relayed ports) is reproducible:
 * the same seed always gives the same ports and therefore the same events.
 *
 * The generator walks a Weyl sequence (adding the 32-bit golden-ratio
 * constant) and scrambles each step with the MurmurHash3 32-bit finaliser.
 * It is not cryptographic; it only has to be deterministic and well spread.
 */

/** A deterministic stream of pseudo-random integers. */
export interface Prng {
  /** The next unsigned 32-bit integer. */
  nextUint32(): number;
  /** An integer in `[0, bound)`; `bound` must be a positive integer. */
  nextBelow(bound: number): number;
}

function scramble(value: number): number {
  let z = value >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Creates a generator from a seed.
 *
 * @param seed - any number; only its low 32 bits are used
 * @returns a fresh generator
 * @example createPrng(1).nextBelow(10) // always the same digit for seed 1
 */
export function createPrng(seed: number): Prng {
  let state = scramble(Math.trunc(seed) >>> 0);
  return {
    nextUint32() {
      state = (state + 0x9e3779b9) >>> 0;
      return scramble(state);
    },
    nextBelow(bound: number) {
      if (!(bound >= 1)) return 0;
      return this.nextUint32() % Math.floor(bound);
    },
  };
}

/**
 * Derives an independent seed for one component (e.g. one NAT) from the
 * simulation seed and a label, so adding a component never shifts the
 * random choices of the others.
 *
 * @param seed - the simulation seed
 * @param label - a stable name such as `NAT A`
 * @returns a 32-bit seed
 */
export function deriveSeed(seed: number, label: string): number {
  // FNV-1a over the label, mixed with the seed.
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193) >>> 0;
  }
  return scramble(hash ^ (Math.trunc(seed) >>> 0));
}
