/**
 * Turns an MDX article into plain Markdown prose for a text linter, keeping
 * every line in place so reported line numbers still point at the source:
 * import/export lines and JSX tags become blank, `{#id}` heading attributes
 * and `{expressions}` are removed, fenced code is left to the Markdown
 * parser (which skips it).
 *
 * @param source - the MDX file's text (frontmatter included)
 */
export function mdxProse(source: string): string {
  let inFence = false;
  let inFrontmatter = false;
  return source
    .split('\n')
    .map((line, index) => {
      if (index === 0 && line === '---') { inFrontmatter = true; return ''; }
      if (inFrontmatter) { if (line === '---') inFrontmatter = false; return ''; }
      if (/^\s*(```|~~~)/.test(line)) { inFence = !inFence; return line; }
      if (inFence) return line;
      if (/^(import|export)\s/.test(line)) return '';
      return line
        .replace(/\s*\{#[a-z0-9-]+\}\s*$/, '')
        .replace(/<\/?[A-Za-z][\w.]*(?:\s+(?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)?\/?>/g, '')
        .replace(/\{[^{}]*\}/g, '');
    })
    .join('\n');
}
