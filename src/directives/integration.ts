/**
 * The site's own client directive, as an Astro integration.
 *
 * - `client:interact` (`./interact.ts`): when the reader reaches for the
 *   widget (pointer, touch, focus, a dragged file), or at once when the
 *   URL's fragment carries state for it; what the reader did while it
 *   loaded is replayed.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The integration that registers `client:interact`. */
export function clientDirectives(): AstroIntegration {
  return {
    name: 'ice-field-guide:client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interact', entrypoint: fileURLToPath(new URL('./interact.ts', import.meta.url)) });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when the reader reaches for the widget, or at once for a `#<id>?…` link to it. */
    'client:interact'?: boolean;
  }
}
