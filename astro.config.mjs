// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { mermaidFences } from './src/lib/mermaidPlugin.ts';
import { proofGate } from './src/integrations/proofGate.ts';
import { pitfallSidebar } from './src/lib/sidebar.ts';

// The public address used for canonical URLs and (later) review links; override per deploy.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  markdown: {
    // Mermaid fences become inline SVG at build time (no diagram JS in the browser).
    processor: satteri({ mdastPlugins: [mermaidFences()] }),
  },
  integrations: [
    // Runs first: refuses to build on invalid content or a failing/stale proof.
    proofGate(),
    starlight({
      title: 'Go Pitfalls',
      description: 'Mistakes Go teams make in back ends and full-stack services — each one proven by CI.',
      lastUpdated: false,
      pagefind: true,
      sidebar: [
        { label: 'Start here', items: [{ label: 'About Go Pitfalls', link: '/' }, { label: 'All pitfalls', link: '/pitfalls/' }] },
        ...pitfallSidebar(),
      ],
    }),
  ],
});
