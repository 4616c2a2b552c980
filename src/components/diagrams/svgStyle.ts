/**
 * Presentation-attribute bundles shared by the inline-SVG diagrams, spread
 * onto elements (`<rect {...box} />`).
 *
 * Why attributes and not a scoped `<style>` block: the site sends a strict
 * Content-Security-Policy whose `style-src` lists hashes of the inline
 * styles Astro knows about, and the styles of components rendered inside
 * MDX content are not among them, so a `<style>` block in a diagram would be
 * blocked. SVG presentation attributes are not styles in the CSP sense, and
 * `var(--…)` works in them, so colours still follow light and dark mode.
 *
 * Colours come only from the site's custom properties.
 */

/** On the root `<g>`: default text colour and font for the whole diagram. */
export const root = { fill: 'var(--fg)', 'font-family': 'var(--font-sans)', 'font-size': 15 } as const;

/** A plain box: page background, outlined in the text colour. */
export const box = { fill: 'var(--bg)', stroke: 'var(--fg)', 'stroke-width': 1.5 } as const;

/** A box drawn with a dashed outline (something optional or conceptual). */
export const dashedBox = { fill: 'var(--bg)', stroke: 'var(--border)', 'stroke-width': 1.5, 'stroke-dasharray': '6 4' } as const;

/** A solid wall standing for a NAT or a firewall. */
export const wall = { fill: 'var(--border)', stroke: 'var(--fg)', 'stroke-width': 1.5 } as const;

/** Text weights and sizes (never below 13 user units, about 12.7 px at the article width). */
export const strong = { 'font-size': 16, 'font-weight': 700 } as const;
export const label = { 'font-size': 14 } as const;
export const small = { 'font-size': 13, fill: 'var(--muted)' } as const;
export const mono = { 'font-family': 'var(--font-mono)', 'font-size': 13.5 } as const;
export const okText = { fill: 'var(--ok)', 'font-size': 13, 'font-weight': 700 } as const;
export const badText = { fill: 'var(--bad)', 'font-size': 13, 'font-weight': 700 } as const;
export const cross = { fill: 'var(--bad)', 'font-size': 24, 'font-weight': 700 } as const;

/** A halo in the figure's background colour, so a label stays legible where it crosses a line. */
export const halo = { 'paint-order': 'stroke', stroke: 'var(--surface)', 'stroke-width': 5, 'stroke-linejoin': 'round' } as const;

/** Lines. */
export const line = { stroke: 'var(--fg)', 'stroke-width': 1.8, fill: 'none' } as const;
export const mutedLine = { stroke: 'var(--muted)', 'stroke-width': 1.8, fill: 'none' } as const;
export const dashedLine = { stroke: 'var(--muted)', 'stroke-width': 1.8, 'stroke-dasharray': '7 5', fill: 'none' } as const;
export const accentLine = { stroke: 'var(--accent)', 'stroke-width': 2.4, fill: 'none' } as const;
export const okLine = { stroke: 'var(--ok)', 'stroke-width': 3, fill: 'none' } as const;
export const badLine = { stroke: 'var(--bad)', 'stroke-width': 2.5, 'stroke-dasharray': '6 4', fill: 'none' } as const;
export const guide = { stroke: 'var(--border)', 'stroke-width': 1.5, 'stroke-dasharray': '4 4' } as const;

/**
 * An arrowhead: spread `marker` onto a `<marker>` and draw `path` inside it
 * with the fill you want. Sized in user units, so heads look the same on
 * thin and thick lines.
 * @example <marker id="x-arrow" {...arrowMarker.marker}><path d={arrowMarker.path} fill="var(--fg)" /></marker>
 */
export const arrowMarker = {
  marker: { viewBox: '0 0 10 10', refX: 9, refY: 5, markerUnits: 'userSpaceOnUse', markerWidth: 12, markerHeight: 12, orient: 'auto-start-reverse' },
  path: 'M0,0 L10,5 L0,10 z',
} as const;
