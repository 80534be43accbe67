// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { mermaidFences } from './src/lib/mermaidPlugin.ts';
import { proofGate } from './src/integrations/proofGate.ts';
import { readRetired } from './src/lib/retired.ts';
import { readPitfalls, redirects, sidebar } from './src/lib/siteIndex.ts';
import { publicSite, siteUrlProblem } from './src/lib/siteConfig.ts';

// The public address used for canonical URLs, review links, the feed and the sitemap; set
// SITE_URL per deploy. A production build refuses to run without it (it used to fall back to
// localhost, and every copied review link pointed there). `npm run build:local` may omit it:
// review links then take the origin the page is served from (src/lib/siteConfig.ts), and Astro
// gets a loopback address only for what must be absolute (sitemap, canonical), never a public one.
if (process.argv.includes('build')) {
  const problem = siteUrlProblem(process.env);
  if (problem) {
    console.error(`\nRefusing to build: ${problem}\n`);
    process.exit(1);
  }
}
const site = publicSite() ?? 'http://localhost:4321';
const pitfalls = readPitfalls();

export default defineConfig({
  site,
  trailingSlash: 'always',
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX module that carries styles with a "use astro:head-inject"
        // directive; the bundler warns once per page that it may drop it (75 identical
        // multi-line warnings in a build), although Astro reads the marker before bundling.
        // Only that exact warning is silenced; every other one still prints.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // /p/<ID>/ (any case) and renamed slugs keep working for years.
  redirects: redirects(pitfalls, readRetired()),
  markdown: {
    // Mermaid fences become inline SVG at build time (no diagram JS in the browser).
    // Smart punctuation is off: on a site about code it turns `--force` into `–force`,
    // and it rewrites the CSS inside the inline SVGs (`--bg` → `–bg`).
    processor: satteri({ mdastPlugins: [mermaidFences()], features: { smartPunctuation: false } }),
  },
  integrations: [
    // Runs first: refuses to build on invalid content or a failing/stale proof.
    proofGate(),
    starlight({
      title: 'Go Pitfalls',
      description: 'Mistakes Go teams make in back ends and full-stack services — each one proven by CI.',
      lastUpdated: false,
      // src/pages/404.astro is the not-found page (it explains the /p/<ID>/ links).
      disable404Route: true,
      pagefind: true,
      customCss: ['./src/styles/site.css'],
      head: [{ tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', title: 'Go Pitfalls', href: '/feed.xml' } }],
      components: {
        // Our own search box: loads Pagefind only when a reader opens it (src/components/SiteSearch.astro).
        Search: './src/components/SiteSearch.astro',
        // Upstream's, with localStorage access guarded (blocked or full storage threw there).
        ThemeProvider: './src/components/ThemeProvider.astro',
        ThemeSelect: './src/components/ThemeSelect.astro',
      },
      sidebar: [
        {
          label: 'Start here',
          items: [
            { label: 'About Go Pitfalls', link: '/' },
            { label: 'All pitfalls', link: '/pitfalls/' },
            { label: 'Onboarding tracks', link: '/tracks/' },
            { label: 'Your progress', link: '/progress/' },
            { label: 'Catalogue API and feed', link: '/api/' },
          ],
        },
        ...sidebar(pitfalls),
      ],
    }),
    // Registered here (Starlight would add it otherwise) so that h2 stays overridable:
    // pitfall pages map `##` headings to permanent anchors (src/lib/sections.ts).
    mdx({ optimize: { ignoreElementNames: ['h2'] } }),
  ],
});
