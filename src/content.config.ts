import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';

/** One article, in one language; the same file name exists in every language. */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/articles' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    pubDate: z.coerce.date(),
    updatedDate: z.coerce.date().optional(),
    tags: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    /** Position in the learning path; lower comes first. */
    order: z.number().int().positive(),
    /** Hide from lists and feeds while it is being written. */
    draft: z.boolean().default(false),
  }),
});

const glossaryText = z.object({
  term: z.string().min(1),
  reading: z.string().optional(),
  aka: z.array(z.string()).default([]),
  short: z.string().min(1),
  long: z.string().min(1),
});

/** Glossary: one entry per term, both languages side by side. */
const glossary = defineCollection({
  loader: file('src/content/glossary/glossary.yaml'),
  schema: z.object({
    related: z.array(z.string()).default([]),
    rfc: z.object({ n: z.number().int(), s: z.string().optional() }).optional(),
    en: glossaryText,
    ja: glossaryText,
  }),
});

export const collections = { articles, glossary };
