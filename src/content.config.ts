import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { pitfallSchema, trackSchema } from './lib/schema.ts';
import { CONTENT_DIR } from './lib/paths.ts';

export const collections = {
  /** Plain Starlight pages (home, guides) from content/docs/. */
  docs: defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/docs`, pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
  /** One entry per pitfall: content/pitfalls/<slug>.mdx; the entry id is the slug. */
  pitfalls: defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/pitfalls`, pattern: '[^_]*.mdx' }),
    schema: pitfallSchema,
  }),
  /** Onboarding tracks: content/tracks/<slug>.mdx, an ordered list of pitfalls with an introduction. */
  tracks: defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/tracks`, pattern: '[^_]*.mdx' }),
    schema: trackSchema,
  }),
};
