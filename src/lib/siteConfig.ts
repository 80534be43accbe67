/**
 * Deploy-specific settings, from the environment so one build serves any host.
 *   SITE_URL       public origin, e.g. https://gopitfalls.dev: required by a production build
 *                  (`npm run build`); a local build (`npm run build:local`) may leave it unset
 *   EDIT_BASE_URL  where "Edit this page" points, up to the repository root
 */
export const EDIT_BASE_URL = (process.env.EDIT_BASE_URL ?? 'https://github.com/go-pitfalls/go-pitfalls/edit/main/').replace(/\/?$/, '/');

/** Set by `npm run build:local` (npm start, npm test): a build only ever served from this machine. */
export const LOCAL_BUILD_ENV = 'GOPITFALLS_LOCAL_BUILD';

/**
 * Why this environment cannot build for production, or undefined when it can. A production
 * build without SITE_URL used to print http://localhost:4321 into every review link, the feed
 * and the sitemap; refusing is cheaper than a deploy whose links lead nowhere.
 */
export function siteUrlProblem(env: Record<string, string | undefined>): string | undefined {
  const raw = env.SITE_URL;
  if (raw === undefined || raw === '') {
    if (env[LOCAL_BUILD_ENV]) return undefined;
    return (
      'SITE_URL is not set: a production build needs the public origin its review links, feed and sitemap point to.\n' +
      'Set it, e.g.: SITE_URL=https://gopitfalls.example npm run build\n' +
      'For a build served only from this machine (links then use the origin it is served from): npm run build:local'
    );
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `SITE_URL=${raw} is not a URL: set the public origin, e.g. SITE_URL=https://gopitfalls.example npm run build`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL=${raw}: use an http(s) origin, e.g. https://gopitfalls.example`;
  return undefined;
}

/**
 * The public origin with a trailing slash (https://gopitfalls.dev/), or undefined on a local
 * build: then links are root-relative and the browser supplies the origin it was served from.
 */
export function publicSite(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env.SITE_URL;
  return raw ? new URL('/', raw).href : undefined;
}

/** `path` (root-relative) on the public site, or as it is when there is none. */
export function siteHref(pathname: string, site: string | undefined = publicSite()): string {
  return site ? new URL(pathname, site).href : pathname;
}
