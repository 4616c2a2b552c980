/**
 * JSON with a stable key order, so a re-run of the lab changes a recording
 * only where the measurements changed (reviewable diffs).
 */

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/**
 * Serialises a value with object keys sorted at every depth, two-space
 * indentation and a final newline. Array order is kept; `undefined` fields
 * are left out.
 *
 * @param value - any JSON-compatible value
 * @returns the text
 * @example stableStringify({ b: 1, a: [2, 1] }) // '{\n  "a": [\n    2,\n    1\n  ],\n  "b": 1\n}\n'
 */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
