import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { langs, locales, path, type Lang } from '~/i18n/locales.ts';
import { t } from '~/i18n/ui.ts';
import { newestIn } from '~/data/articles.ts';

export const getStaticPaths = (() => langs.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
  const articles = await newestIn(lang, 50);
  return rss({
    title: t(lang, 'site.name'),
    description: t(lang, 'site.tagline'),
    site: context.site ?? 'https://ice-field-guide.example',
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
