/**
 * node scripts/build-diff-editor.ts [--force] — builds the click-to-load Monaco diff editor
 * (src/diff-editor/main.ts) with its own Vite build into public/vendor/diff-editor/, outside
 * Astro's graph so no Monaco CSS or JS reaches a page before the reader asks for it.
 * public/vendor/ is git-ignored. Skips the build when the inputs are unchanged and the output is
 * all there: a stamp in .cache/ (kept out of public/, so it is not published) holds a hash of the
 * entry files, this script and the monaco-editor and vite versions, and the list of output files.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const ROOT = process.cwd();
const SRC = path.join(ROOT, 'src/diff-editor');
const OUT = path.join(ROOT, 'public/vendor/diff-editor');
/** The launcher (src/components/diffEditorLauncher.ts) imports this fixed name. */
const ENTRY = 'diff-editor.js';
const STAMP = path.join(ROOT, '.cache/diff-editor.stamp');

const version = (pkg: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;

function inputsHash(): string {
  const h = crypto.createHash('sha256');
  h.update(`monaco-editor@${version('monaco-editor')} vite@${version('vite')}\n`);
  const files = [...fs.readdirSync(SRC, { recursive: true, encoding: 'utf8' }).map((f) => path.join(SRC, f)), path.join(ROOT, 'scripts/build-diff-editor.ts')]
    .filter((f) => fs.statSync(f).isFile())
    .sort();
  for (const f of files) h.update(`${path.relative(ROOT, f)}\0`).update(fs.readFileSync(f)).update('\0');
  return h.digest('hex');
}

const hash = inputsHash();
const stamp = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8').trim().split('\n') : [];
const fresh = stamp[0] === hash && stamp.length > 1 && stamp.slice(1).every((f) => fs.existsSync(path.join(OUT, f)));
if (fresh && !process.argv.includes('--force')) {
  console.log(`diff editor: up to date (${path.relative(ROOT, OUT)})`);
  process.exit(0);
}

/**
 * Monaco modules the read-only diff editor never uses but the standalone editor imports
 * unconditionally, replaced by empty stand-ins so the bundler drops them and what only they
 * import: the multi-file diff editor (monaco.editor.createMultiFileDiffEditor) and the quick
 * input (command palette, go to line: no contribution that opens it is bundled; the service is
 * registered eagerly, so the stand-in is a class that does nothing).
 */
const STUBS: Record<string, string> = {
  'editor/browser/widget/multiDiffEditor/multiDiffEditorWidget.js':
    'export class MultiDiffEditorWidget { constructor() { throw new Error("the multi-file diff editor is not in this bundle"); } }',
  'editor/standalone/browser/quickInput/standaloneQuickInputService.js': 'export class StandaloneQuickInputService {}',
};
const stubMonaco = {
  name: 'stub-unused-monaco',
  enforce: 'pre' as const,
  load(id: string) {
    const file = id.split('?')[0].replaceAll('\\', '/');
    for (const [rel, code] of Object.entries(STUBS)) if (file.endsWith(`/monaco-editor/esm/vs/${rel}`)) return code;
    return null;
  },
};

const started = Date.now();
await build({
  configFile: false,
  root: SRC,
  // Relative URLs: chunks, CSS, the codicon font and the worker resolve against the bundle's
  // own URL (import.meta.url), so it works wherever /vendor/diff-editor/ is served from.
  base: './',
  publicDir: false,
  logLevel: 'warn',
  worker: { format: 'es' },
  plugins: [stubMonaco],
  build: {
    outDir: OUT,
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: path.join(SRC, 'main.ts'),
      // An app build drops entry exports by default; the launcher calls mountDiffEditor.
      preserveEntrySignatures: 'exports-only',
      // Monaco's worker takes most of the build; the timing report is noise here.
      checks: { bundlerTimings: false },
      output: {
        entryFileNames: ENTRY,
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
const files = fs.readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(OUT, f)).isFile()).sort();
fs.mkdirSync(path.dirname(STAMP), { recursive: true });
fs.writeFileSync(STAMP, [hash, ...files].join('\n') + '\n');
const bytes = files.reduce((n, f) => n + fs.statSync(path.join(OUT, f)).size, 0);
console.log(`diff editor: built ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB, in ${((Date.now() - started) / 1000).toFixed(1)} s (${path.relative(ROOT, OUT)})`);
