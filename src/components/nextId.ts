let counter = 0;

/**
 * A build-unique id for elements that need one (tooltips, labels).
 * Deterministic across builds, unlike random ids, so page bytes stay stable.
 */
export function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter.toString(36)}`;
}
