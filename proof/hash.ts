/**
 * The proof cache key: a result still describes a sandbox only if nothing that decides its
 * verdict has changed since. That is
 *   - the engine itself: every module reachable by import from the runner (found by reading the
 *     import graph, not a hand-kept list), the versions of the npm packages they import, and the
 *     engine's Go code (every Go file under proof/ outside fixtures/, such as the mutator);
 *   - the Go toolchain version and platform;
 *   - the version of each database server the proof declares (`services:`), as its installed
 *     binary reports it, which is the version the running server then reports;
 *   - the sandbox's module (go.mod, go.sum), every file in its folder, and the shared helper
 *     packages under sandboxes/internal/ that it imports, directly or through each other
 *     (a helper it does not import cannot change its verdict, so it is not part of its key).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { GoEnv } from './go.ts';
import { moduleRoot } from './go.ts';
import { ROOT, SANDBOX_DIR } from './paths.ts';
import { parseProofSpec } from './spec.ts';
import type { ServiceName } from './services.ts';
import { installedVersion } from './supervisor.ts';

/** The runner: the engine's module graph is everything it imports. */
export const ENGINE_ENTRY = 'proof/run-proofs.ts';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

/** Specifiers a TypeScript module imports. */
export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

export type ReadFile = (file: string) => string;
const readDisk: ReadFile = (f) => fs.readFileSync(f, 'utf8');

/** Every engine module (repository-relative paths, sorted) and the npm packages they import. */
export function engineGraph(entry = ENGINE_ENTRY, read: ReadFile = readDisk, root = ROOT): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of importsOf(read(path.join(root, file)))) {
      if (spec.startsWith('.')) visit(path.relative(root, path.resolve(root, path.dirname(file), spec)));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  };
  visit(entry);
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** The engine's Go code: every .go file and go.mod under proof/, except the fixtures (repository-relative, sorted). */
export function engineGoFiles(root = ROOT): string[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'fixtures' || e.name === 'node_modules' ? [] : walk(p);
      return /\.go$|^go\.(mod|sum)$/.test(e.name) ? [p] : [];
    });
  return walk('proof').sort();
}

/** A digest of the engine's modules and the versions of the packages they use. */
export function engineKey(read: ReadFile = readDisk, root = ROOT): string {
  const h = createHash('sha256');
  const { files, packages } = engineGraph(ENGINE_ENTRY, read, root);
  for (const f of [...files, ...engineGoFiles(root)]) h.update(`${f}\0${read(path.join(root, f))}\0`);
  for (const p of packages) {
    let version = '<missing>';
    try {
      version = (JSON.parse(read(path.join(root, 'node_modules', p, 'package.json'))) as { version: string }).version;
    } catch { /* reported when the runner imports it */ }
    h.update(`${p}@${version}\0`);
  }
  return h.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out.sort();
}

/** The module path in a go.mod (`module gopitfalls.dev/sandboxes`). */
const modulePath = (goMod: string) => /^module\s+(\S+)/m.exec(goMod)?.[1];

/** Go import paths in a file (inside import declarations only). */
export function goImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^import\s*(?:\(([\s\S]*?)\)|([^\n]*))/gm)) {
    for (const p of (m[1] ?? m[2] ?? '').matchAll(/"([^"]+)"/g)) out.push(p[1]);
  }
  return out;
}

/**
 * Folders under sandboxes/internal/ that the .go files of `dir` import, transitively
 * (paths relative to the sandboxes folder, sorted).
 */
export function internalPackages(dir: string, sandboxDir = SANDBOX_DIR): string[] {
  const goMod = path.join(sandboxDir, 'go.mod');
  const mod = fs.existsSync(goMod) ? modulePath(fs.readFileSync(goMod, 'utf8')) : undefined;
  if (!mod) return [];
  const seen = new Set<string>();
  const scan = (folder: string) => {
    for (const f of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
      if (!f.endsWith('.go')) continue;
      for (const imp of goImports(fs.readFileSync(path.join(folder, f), 'utf8'))) {
        if (!imp.startsWith(`${mod}/internal/`)) continue;
        const pkg = imp.slice(mod.length + 1);
        if (seen.has(pkg)) continue;
        seen.add(pkg);
        scan(path.join(sandboxDir, pkg));
      }
    }
  };
  scan(dir);
  return [...seen].sort();
}

export function proofHash(slug: string, env: GoEnv, dir = SANDBOX_DIR, engine = engineKey(), versionOf: (name: ServiceName) => string = installedVersion): string {
  const h = createHash('sha256');
  const add = (label: string, file: string) => {
    h.update(`${label}\0`);
    h.update(fs.existsSync(file) ? fs.readFileSync(file) : '<missing>');
    h.update('\0');
  };
  h.update(`engine ${engine}\0${env.GOVERSION} ${env.GOOS}/${env.GOARCH}\0`);
  const mod = moduleRoot(slug, dir);
  add('go.mod', path.join(mod, 'go.mod'));
  add('go.sum', path.join(mod, 'go.sum'));
  const own = path.join(dir, slug);
  const helpers = internalPackages(own, dir).flatMap((pkg) => listFiles(path.join(dir, pkg)).filter((f) => path.dirname(f) === path.join(dir, pkg) || !f.endsWith('.go')));
  for (const f of [...listFiles(own), ...helpers]) add(path.relative(dir, f), f);
  for (const name of declaredServices(own)) h.update(`service ${name} ${versionOf(name)}\0`);
  return h.digest('hex');
}

/** The services a sandbox's proof.yaml declares; none when it cannot be read (the proof then fails on that). */
function declaredServices(folder: string) {
  try {
    return parseProofSpec(fs.readFileSync(path.join(folder, 'proof.yaml'), 'utf8'), 'proof.yaml').services;
  } catch {
    return [];
  }
}
