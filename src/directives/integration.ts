/**
 * The site's own client directives, as an Astro integration.
 *
 * - `client:linked="<id>"` (`./linked.ts`): at once when the URL's fragment
 *   carries state for the widget `<id>`, else when visible.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The integration that registers `client:linked`. */
export function clientDirectives(): AstroIntegration {
  return {
    name: 'ice-field-guide:client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'linked', entrypoint: fileURLToPath(new URL('./linked.ts', import.meta.url)) });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate at once when the fragment is `#<id>?…`, else when visible. */
    'client:linked'?: string;
  }
}
