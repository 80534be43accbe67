import fs from 'node:fs'; import path from 'node:path'; import { pathToFileURL } from 'node:url';
import { RANKING, rankedSearch, declaredScore, symptomOverlap } from '../src/lib/search.ts';
import { startStaticServer } from './lib/staticServer.ts';
const dist = '/work/main/dist';
const server = await startStaticServer(dist, 0, '127.0.0.1');
const copy = path.join(dist, 'pagefind', `dbg-${process.pid}.mjs`);
fs.copyFileSync(path.join(dist, 'pagefind', 'pagefind.js'), copy);
const pf: any = await import(pathToFileURL(copy).href); fs.rmSync(copy);
await pf.options({ basePath: `${server.url}/pagefind/`, ranking: RANKING }); await pf.init();
for (const q of process.argv.slice(2)) {
  const raw = (await pf.search(q))?.results ?? [];
  console.log(`\n## ${q}: pagefind all-words ${raw.length}`);
  const hits = await rankedSearch(pf, q);
  for (const h of hits.slice(0, 6)) { const d = await h.data(); console.log(`  ${h.match} ${d.url.replace(/.*pitfalls\//,'')} decl=${declaredScore(q,d.meta)} ov=${symptomOverlap(q,d.meta).toFixed(2)}`); }
}
await server.close();
