/**
 * Deploy-specific settings, from the environment so one build serves any host.
 *   SITE_URL       public origin, e.g. https://gopitfalls.dev (astro.config.mjs reads it)
 *   EDIT_BASE_URL  where "Edit this page" points, up to the repository root
 */
export const EDIT_BASE_URL = (process.env.EDIT_BASE_URL ?? 'https://github.com/go-pitfalls/go-pitfalls/edit/main/').replace(/\/?$/, '/');
