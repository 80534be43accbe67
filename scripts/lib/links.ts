/**
 * Pure link logic for scripts/check-links.ts: pull links and anchors out of built HTML,
 * and resolve an internal link to the file in dist/ that would serve it. No file I/O here.
 *
 * The HTML is Astro's own output, so a small regex scan is enough: script and style
 * bodies and comments are blanked first so code shown inside them never counts as a link.
 */

export interface Link {
  /** The attribute the link came from: href, src, or refresh (a <meta http-equiv="refresh">). */
  attr: 'href' | 'src' | 'refresh';
  /** The URL as written, with HTML entities decoded. */
  url: string;
  /** The element's rel attribute, when it has one (e.g. "canonical"). */
  rel?: string;
}

export type LinkKind = 'internal' | 'external' | 'skip';

/** Where an internal link points: a path inside dist/ and an optional fragment. */
export interface Target {
  /** Candidate files relative to dist/, first existing one wins ("a/" → "a/index.html"). */
  files: string[];
  /** The #fragment without "#", decoded; undefined when there is none (or it is empty). */
  anchor?: string;
}

const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(Number(k.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[k] ?? '';
  });

/** HTML with comments and the bodies of <script>, <style> and <template> removed (tags kept). */
function stripNonMarkup(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style|template)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1</$2>');
}

/** The attributes of every start tag, as [tag name, attributes text]. */
function* tags(html: string): Generator<[string, string]> {
  for (const m of stripNonMarkup(html).matchAll(/<([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) yield [m[1].toLowerCase(), m[2]];
}

function attrs(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const name = m[1].toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

/** Every href and src in the page, and the target of a meta refresh. */
export function extractLinks(html: string): Link[] {
  const links: Link[] = [];
  for (const [, text] of tags(html)) {
    const a = attrs(text);
    for (const attr of ['href', 'src'] as const) {
      const url = a.get(attr);
      if (url !== undefined) links.push(a.has('rel') ? { attr, url, rel: a.get('rel') } : { attr, url });
    }
    if (a.get('http-equiv')?.toLowerCase() === 'refresh') {
      const url = /url\s*=\s*['"]?([^'"]+)/i.exec(a.get('content') ?? '')?.[1];
      if (url) links.push({ attr: 'refresh', url: url.trim() });
    }
  }
  return links;
}

/** Every id, and every <a name>, a #fragment can point at. */
export function extractAnchors(html: string): Set<string> {
  const ids = new Set<string>();
  for (const [tag, text] of tags(html)) {
    const a = attrs(text);
    const id = a.get('id');
    if (id) ids.add(id);
    const name = a.get('name');
    if (tag === 'a' && name) ids.add(name);
  }
  return ids;
}

/**
 * internal: a path on this site (relative, root-relative, a bare #fragment, or an
 * absolute URL on `siteOrigin`); external: another http(s) origin; skip: mailto:, data:…
 */
export function classifyLink(url: string, siteOrigin?: string): LinkKind {
  if (url.startsWith('//')) return 'external';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme) return 'internal';
  if (scheme !== 'http' && scheme !== 'https') return 'skip';
  return siteOrigin && new URL(url).origin === new URL(siteOrigin).origin ? 'internal' : 'external';
}

/**
 * The file an internal link resolves to, seen from `fromFile` (a path relative to dist/,
 * like "pitfalls/x/index.html"). Query strings are ignored, as a static host does.
 */
export function resolveLink(fromFile: string, url: string): Target {
  // Resolve against a fake origin: handles "../", "./", "/", "#x" and absolute site URLs alike.
  const fromUrl = new URL(fromFile.split('/').map(encodeURIComponent).join('/'), 'http://dist.invalid/');
  const u = new URL(url, fromUrl);
  const local = u.origin === 'http://dist.invalid' ? u : new URL(u.pathname + u.search + u.hash, 'http://dist.invalid/');
  let pathname: string;
  try {
    pathname = decodeURIComponent(local.pathname).replace(/^\/+/, '');
  } catch {
    pathname = local.pathname.replace(/^\/+/, '');
  }
  const hash = local.hash.slice(1);
  let anchor: string | undefined;
  try {
    anchor = hash ? decodeURIComponent(hash) : undefined;
  } catch {
    anchor = hash;
  }
  let files: string[];
  if (pathname === '' || pathname.endsWith('/')) files = [`${pathname}index.html`];
  else if (/\.[a-z0-9]+$/i.test(pathname.split('/').pop()!)) files = [pathname];
  // "/tracks" with no slash: a static host serves tracks.html or tracks/index.html.
  else files = [`${pathname}.html`, `${pathname}/index.html`];
  return { files, anchor };
}

/** One line per external URL: `count<TAB>url`, most used first, then alphabetical. */
export function formatExternal(counts: Map<string, number>): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([url, n]) => `${n}\t${url}`)
    .join('\n');
}
