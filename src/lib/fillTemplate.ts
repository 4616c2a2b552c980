/**
 * Fills `{name}` placeholders in a UI or message template; a placeholder
 * without a value is left as written, so a missing parameter shows up in
 * review instead of disappearing.
 *
 * @param template - text with `{name}` placeholders
 * @param params - placeholder values
 * @example fillTemplate('RFC {n} §{s}', { n: 8445, s: '6.1.2.3' }) // 'RFC 8445 §6.1.2.3'
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number | undefined>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
