import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { classify, emptySummary, formatBytes, gzipSize, measure, summarize, type Transfer } from './transfer.ts';

describe('classify', () => {
  it("keeps Chromium's resource type when it is one of the classes", () => {
    expect(classify('document', 'http://x/')).toBe('document');
    expect(classify('stylesheet', 'http://x/a.css')).toBe('stylesheet');
    expect(classify('script', 'http://x/a.js')).toBe('script');
    expect(classify('font', 'http://x/a.woff2')).toBe('font');
    expect(classify('image', 'http://x/favicon.svg')).toBe('image');
  });

  it('classes fetch/xhr/other responses by content type first', () => {
    expect(classify('fetch', 'http://x/pagefind/pagefind-entry.json', 'application/json')).toBe('other');
    expect(classify('other', 'http://x/worker', 'text/javascript; charset=utf-8')).toBe('script');
    expect(classify('fetch', 'http://x/a', 'text/css')).toBe('stylesheet');
    expect(classify('other', 'http://x/f', 'font/ttf')).toBe('font');
    expect(classify('xhr', 'http://x/i', 'image/png')).toBe('image');
  });

  it('falls back to the file extension, ignoring the query string', () => {
    expect(classify('other', 'http://x/assets/editor.worker-abc.js?worker_file&type=module')).toBe('script');
    expect(classify('other', 'http://x/assets/codicon-DF1.ttf')).toBe('font');
    expect(classify('fetch', 'http://x/pagefind/wasm.en.pagefind')).toBe('other');
    expect(classify('media', 'http://x/clip.mp4')).toBe('other');
  });
});

describe('byte accounting', () => {
  it('measures raw bytes and the gzipped size of the same body', () => {
    const body = 'a'.repeat(10_000);
    const t = measure('http://x/a.js', 'script', body);
    expect(t.raw).toBe(10_000);
    expect(t.gzip).toBe(gzipSync(body).length);
    expect(t.gzip).toBeLessThan(200);
    expect(gunzipSync(gzipSync(body)).toString()).toBe(body);
  });

  it('counts multi-byte characters as bytes, and an empty body as zero', () => {
    expect(measure('u', 'document', 'é').raw).toBe(2);
    expect(gzipSize(new Uint8Array())).toBe(0);
  });

  it('sums count, raw and gzip per class and in total', () => {
    const ts: Transfer[] = [
      { url: '/', kind: 'document', raw: 100, gzip: 40 },
      { url: '/a.js', kind: 'script', raw: 50, gzip: 20 },
      { url: '/b.js', kind: 'script', raw: 30, gzip: 10 },
    ];
    const s = summarize(ts);
    expect(s.script).toEqual({ count: 2, raw: 80, gzip: 30 });
    expect(s.document).toEqual({ count: 1, raw: 100, gzip: 40 });
    expect(s.font).toEqual({ count: 0, raw: 0, gzip: 0 });
    expect(s.total).toEqual({ count: 3, raw: 180, gzip: 70 });
    expect(summarize([])).toEqual(emptySummary());
  });

  it('formats bytes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(40 * 1024)).toBe('40.0 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.00 MB');
  });
});
