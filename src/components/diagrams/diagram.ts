/**
 * What every inline-SVG diagram takes and derives from its props, so each
 * diagram starts with the same two lines:
 *
 * ```astro
 * type Props = DiagramProps;
 * const { t, uid } = diagramSetup(Astro.props, 'mapping-creates-path', mappingCreatesPathText);
 * ```
 *
 * The frame around the drawing is `DiagramFrame.astro`; the shared
 * presentation attributes are in `svgStyle.ts`.
 */
import type { Lang } from '../../i18n/locales.ts';
import { translator, type Dictionary, type KeyOf, type Translate } from '../../i18n/dictionary.ts';

/** The props every diagram takes: the language to draw it in. */
export interface DiagramProps {
  readonly lang: Lang;
}

/**
 * A diagram's text lookup and the prefix of its element ids.
 *
 * @param props - the diagram's props
 * @param name - the diagram's name in kebab case, e.g. `mapping-creates-path`
 * @param text - the diagram's dictionary
 * @returns `t`, the lookup in the diagram's language, and `uid`,
 *   `<name>-<lang>` (ids stay unique when a page shows a diagram in both
 *   languages)
 */
export function diagramSetup<D extends Dictionary<string>>(props: DiagramProps, name: string, text: D): { t: Translate<KeyOf<D>>; uid: string } {
  return { t: translator(props.lang, text), uid: `${name}-${props.lang}` };
}
