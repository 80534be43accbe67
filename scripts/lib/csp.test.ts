import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildPolicy, cspHash, forbiddenInline, headersFile, inlineScripts, matchesPattern, nginxConf, pageCspProblems, parseHeadersFile, securityHeaders } from './csp.ts';

describe('inlineScripts', () => {
  it('finds executable inline scripts, skipping external ones and data blocks', () => {
    const html = `<script>a()</script><script type="module">b()</script><script src="/x.js"></script>
      <script type="module" src="/y.js"></script><script type="application/ld+json">{}</script><script type='application/json'>[]</script>`;
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });
  it('keeps the body byte for byte, as the browser hashes it', () => {
    expect(inlineScripts('<script>\n  x()\n</script>')).toEqual(['\n  x()\n']);
  });
});

describe('cspHash', () => {
  it('is the base64 SHA-256 of the UTF-8 body', () => {
    const body = 'document.body.dataset.x = "é"';
    expect(cspHash(body)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(body, 'utf8')).digest('base64')}'`);
  });
});

describe('forbiddenInline', () => {
  it('reports inline handlers and javascript: URLs', () => {
    expect(forbiddenInline('<button onclick="x()">')).toEqual(['onclick= attribute']);
    expect(forbiddenInline('<a href="javascript:void(0)">')).toHaveLength(1);
    expect(forbiddenInline('<p>onclick= in text</p><a href="/ok">')).toEqual([]);
  });
});

describe('buildPolicy', () => {
  const policy = buildPolicy(["'sha256-b'", "'sha256-a'", "'sha256-a'"]);
  it('allows scripts from self and the hashed inline ones only: no unsafe-inline or unsafe-eval', () => {
    const script = /script-src ([^;]*)/.exec(policy)![1];
    expect(script).toBe("'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'");
    expect(script).not.toMatch(/'unsafe-(inline|eval)'/);
  });
  it('allows Monaco worker and fonts from self and locks the rest down', () => {
    for (const d of ["worker-src 'self'", "font-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'"]) expect(policy).toContain(d);
  });
});

describe('header files', () => {
  const headers = securityHeaders("default-src 'self'");
  it('writes a _headers file that parses back: security headers everywhere, a year of caching only for hashed assets', () => {
    const rules = parseHeadersFile(headersFile(headers));
    expect(rules).toEqual([
      { pattern: '/*', headers },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
    ]);
    expect(rules.filter((r) => matchesPattern(r.pattern, '/pitfalls/x/')).flatMap((r) => r.headers).some(([k]) => k === 'Cache-Control')).toBe(false);
  });
  it('matches _headers path patterns', () => {
    expect(matchesPattern('/*', '/')).toBe(true);
    expect(matchesPattern('/*', '/pitfalls/x/')).toBe(true);
    expect(matchesPattern('/pitfalls/*', '/tracks/')).toBe(false);
    expect(matchesPattern('/api/', '/api/')).toBe(true);
    expect(matchesPattern('/api/', '/api/x')).toBe(false);
  });
  it('writes nginx add_header lines, repeated inside the hashed-asset location (nginx does not inherit them there)', () => {
    const conf = nginxConf(headers);
    expect(conf).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
    const location = conf.slice(conf.indexOf('location /_astro/ {'));
    expect(location).toContain(`  add_header Content-Security-Policy "default-src 'self'" always;`);
    expect(location).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(conf).toContain('gzip on;');
  });
});

describe('pageCspProblems', () => {
  const html = '<html><script>a()</script><script type="application/json">{}</script><script src="/x.js"></script></html>';
  it('accepts a page whose inline scripts are all hashed in script-src', () => {
    expect(pageCspProblems(html, buildPolicy([cspHash('a()')]))).toEqual([]);
  });
  it('names an inline script the policy does not allow, and inline handlers', () => {
    expect(pageCspProblems(html, buildPolicy([cspHash('b()')]))[0]).toMatch(/^inline <script> 'sha256-[^']+' \("a\(\)"\) is not allowed by script-src$/);
    expect(pageCspProblems('<button onclick="x()">', buildPolicy([]))).toEqual(['onclick= attribute: a hash-based policy cannot allow it']);
    expect(pageCspProblems(html, undefined)).toEqual(['no Content-Security-Policy in _headers for this page']);
  });
});
