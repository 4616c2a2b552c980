import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { langs, locales, path, sitePath, type Lang } from '~/i18n/locales.ts';
import { translator } from '~/i18n/dictionary.ts';
import { uiText } from '~/i18n/ui.ts';
import { newestIn } from '~/data/articles.ts';

// A feed's links must be absolute: feeds exist only when the build knows
// the site's address (SITE_URL); the build says so when it does not.
export const getStaticPaths = (() => (import.meta.env.SITE ? langs.map((lang) => ({ params: { lang } })) : [])) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
  const t = translator(lang, uiText);
  const articles = await newestIn(lang, 50);
  if (!context.site) throw new Error('RSS feeds need the site address: build with SITE_URL.');
  return rss({
    title: t('site.name'),
    description: t('site.tagline'),
    site: new URL(sitePath(), context.site).href,
    customData: `<language>${locales[lang].htmlLang}</language>`,
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.updatedDate ?? a.data.pubDate,
      link: path(lang, a.slug),
      categories: a.data.tags,
    })),
  });
}
