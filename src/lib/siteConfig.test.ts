import { expect, it } from 'vitest';
import { publicSite, siteHref, siteUrlProblem } from './siteConfig.ts';

it('refuses a production build without SITE_URL and says what to set', () => {
  expect(siteUrlProblem({})).toMatch(/SITE_URL is not set/);
  expect(siteUrlProblem({})).toContain('SITE_URL=https://gopitfalls.example npm run build');
  expect(siteUrlProblem({ SITE_URL: '' })).toMatch(/SITE_URL is not set/);
  expect(siteUrlProblem({ SITE_URL: 'gopitfalls' })).toMatch(/is not a URL/);
  expect(siteUrlProblem({ SITE_URL: 'ftp://x.example' })).toMatch(/http\(s\)/);
});

it('lets a local build go without SITE_URL, and any build with one', () => {
  expect(siteUrlProblem({ GOPITFALLS_LOCAL_BUILD: '1' })).toBeUndefined();
  expect(siteUrlProblem({ SITE_URL: 'https://example.test' })).toBeUndefined();
});

it('makes absolute links only when there is a public site', () => {
  expect(publicSite({ SITE_URL: 'https://example.test/docs' })).toBe('https://example.test/');
  expect(publicSite({})).toBeUndefined();
  expect(siteHref('/p/HTTP-001/', 'https://example.test/')).toBe('https://example.test/p/HTTP-001/');
  expect(siteHref('/p/HTTP-001/', undefined)).toBe('/p/HTTP-001/');
});
