import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { identifierAliases, meaningfulWords, rankedSearch, type PagefindLike } from './search.ts';

describe('meaningfulWords', () => {
  it('drops stop words and short words, keeps names, and adds a qualified name\'s last part', () => {
    expect(meaningfulWords('the server is slow after a deploy')).toEqual(['server', 'slow', 'deploy']);
    expect(meaningfulWords('r.PathValue returns empty')).toEqual(['r.pathvalue', 'pathvalue', 'returns', 'empty']);
    expect(meaningfulWords('go 1.22 loop')).toEqual(['1.22', '22', 'loop']);
  });
});

describe('identifierAliases', () => {
  it('gives the shorter names a reader may type', () => {
    expect(identifierAliases('http.Server.ReadHeaderTimeout')).toEqual(['Server.ReadHeaderTimeout', 'ReadHeaderTimeout']);
    expect(identifierAliases('(*sql.DB).SetMaxOpenConns')).toEqual(['sql.DB.SetMaxOpenConns', 'DB.SetMaxOpenConns', 'SetMaxOpenConns']);
    expect(identifierAliases('lostcancel')).toEqual([]);
  });
});

/** A fake index: each page is a bag of words; a search matches pages containing every word. */
function fakeIndex(pages: Record<string, string>): PagefindLike {
  return {
    async search(term) {
      const words = term.toLowerCase().split(/\s+/).filter(Boolean);
      const results = Object.entries(pages)
        .filter(([, text]) => words.every((w) => text.toLowerCase().split(/\s+/).includes(w)))
        .map(([id, text]) => ({ id, score: words.reduce((n, w) => n + text.toLowerCase().split(/\s+/).filter((x) => x === w).length, 0), data: async () => ({ url: `/${id}/`, excerpt: '', meta: {} }) }))
        .sort((a, b) => b.score - a.score);
      return { results };
    },
  };
}

describe('rankedSearch', () => {
  const index = fakeIndex({ timezone: 'time zone location lost json', json: 'json null slice', cors: 'cookie cors origin' });
  it('returns what matches every word first, then pages matching some of them', async () => {
    expect((await rankedSearch(index, 'json null')).map((h) => [h.id, h.match])).toEqual([['json', 'all'], ['timezone', 'some']]);
  });
  it('falls back to pages matching some of the words, most words first, when the whole query finds little', async () => {
    const hits = await rankedSearch(index, 'time zone lost after json round trip');
    expect(hits.map((h) => h.id)).toEqual(['timezone', 'json']);
    expect(hits.every((h) => h.match === 'some')).toBe(true);
  });
  it('finds nothing for an empty query', async () => {
    expect(await rankedSearch(index, '   ')).toEqual([]);
  });
});

describe('symptomOverlap', () => {
  it('counts the query words the summary and symptoms use, across word forms', async () => {
    const { symptomOverlap } = await import('./search.ts');
    const meta = { title: 'Lenient JSON decoding', summary: 'The decoder accepts unknown fields.', symptoms: 'Requests with typos are cancelled silently.' };
    expect(symptomOverlap('json decode ignores unknown fields', meta)).toBeCloseTo(4 / 5);
    expect(symptomOverlap('request canceled', meta)).toBe(1);
    expect(symptomOverlap('request dropped', meta)).toBe(0.5);
    expect(symptomOverlap('cancelled requests', meta)).toBe(1);
    expect(symptomOverlap('the a of', meta)).toBe(0);
  });
  it('matches the words readers use for the same symptom: crashes ~ panics, hangs ~ blocks', async () => {
    const { symptomOverlap } = await import('./search.ts');
    const meta = { title: 'Unbounded body', summary: 'A big upload is read whole.', symptoms: 'The process panics or is OOM-killed; the handler blocks.' };
    expect(symptomOverlap('server crashes', meta)).toBe(0.5);
    expect(symptomOverlap('handler hangs', meta)).toBe(1);
    expect(symptomOverlap('huge payload', meta)).toBe(1);
    // Not a synonym: a different symptom stays unmatched.
    expect(symptomOverlap('handler slow', meta)).toBe(0.5);
  });
});

describe('declaredScore', () => {
  it('ranks an exact ID or slug, then a declared name or message, earlier ones first, then containment', async () => {
    const { declaredScore } = await import('./search.ts');
    const meta = { keys: 'HTTP-016 | server-request-body-unbounded', names: 'http.MaxBytesReader | MaxBytesReader | io.ReadAll', messages: 'http: request body too large' };
    expect(declaredScore('http-016', meta)).toBe(1000);
    expect(declaredScore('server-request-body-unbounded', meta)).toBe(1000);
    expect(declaredScore('MaxBytesReader', meta)).toBeGreaterThan(declaredScore('io.ReadAll', meta));
    expect(declaredScore('io.ReadAll', meta)).toBeGreaterThanOrEqual(490);
    // A pasted log line that contains a declared message.
    expect(declaredScore('2026/12/04 http: request body too large (limit 1 MiB)', meta)).toBeGreaterThan(200);
    // Short generic words never match inside a longer query.
    expect(declaredScore('request body', { names: 'body' })).toBe(0);
    expect(declaredScore('something else', meta)).toBe(0);
    // A method called on a variable, pasted from code, finds the page declaring that method…
    const mux = { names: '(*http.Request).PathValue | http.ServeMux', messages: '' };
    expect(declaredScore('r.PathValue', mux)).toBeGreaterThan(100);
    expect(declaredScore('req.PathValue()', mux)).toBeGreaterThan(100);
    // …below a page declaring the exact text, and only for a short variable name.
    expect(declaredScore('r.PathValue', mux)).toBeLessThan(declaredScore('http.ServeMux', mux));
    expect(declaredScore('request.PathValue', mux)).toBe(0);
    expect(declaredScore('r.Path', mux)).toBe(0);
    // A Go name's last part that is a plain English word does not claim a sentence that uses the word…
    const gorm = { names: '(*gorm.DB).Transaction | gorm.DB.Transaction | DB.Transaction | Transaction', messages: '' };
    expect(declaredScore('pgx exec fails inside transaction', gorm)).toBe(0);
    // …while a camel-case name or a long lower-case one still does.
    expect(declaredScore('413 from MaxBytesReader on upload', { names: 'MaxBytesReader' })).toBeGreaterThan(200);
    expect(declaredScore('go vet lostcancel warning', { names: 'lostcancel' })).toBeGreaterThan(200);
  });
});

describe('hits and Pagefind\'s worker', () => {
  it('keep each result alive, so its page data is not freed while a hit can still ask for it', async () => {
    // Pagefind 1.6 frees a result's data when the result object is collected; imitate that.
    const freed = new Set<string>();
    const registry = new FinalizationRegistry<string>((id) => freed.add(id));
    const index: PagefindLike = {
      async search() {
        const results = ['a', 'b', 'c'].map((id, i) => ({ id, score: 3 - i, data: async () => (freed.has(id) ? (null as never) : { url: `/${id}/`, excerpt: '', meta: {} }) }));
        for (const r of results) registry.register(r, r.id);
        return { results };
      },
    };
    const hits = await rankedSearch(index, 'word');
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    for (let i = 0; i < 5; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(await Promise.all(hits.map(async (h) => (await h.data())?.url))).toEqual(['/a/', '/b/', '/c/']);
  });
});

describe('markedSummary', () => {
  it('marks the query words the summary uses, across word forms and synonyms, and escapes the rest', async () => {
    const { markedSummary } = await import('./search.ts');
    const s = 'A handler panics when <nil> maps are written; use make(map[K]V).';
    expect(markedSummary(s, 'handlers crash on map write')).toBe('A <mark>handler</mark> <mark>panics</mark> when &#60;nil&#62; maps are written; use make(<mark>map</mark>[K]V).');
    expect(markedSummary(s, 'the a of')).not.toContain('<mark>');
    expect(markedSummary(s, 'http.MaxBytesReader')).toBe('A handler panics when &#60;nil&#62; maps are written; use make(map[K]V).');
  });
});

describe('strayMatch', () => {
  it('flags a hit whose excerpt only marks a one- or two-letter word when the reader typed longer words', async () => {
    const { strayMatch } = await import('./search.ts');
    expect(strayMatch('qqqqq', 'func <mark>(q</mark> *Quoter) Quotes(ctx')).toBe(true);
    expect(strayMatch('zzqxw', 'at 09:30:00<mark>Z</mark> in UTC')).toBe(true);
    expect(strayMatch('sync.Map', 'guard it or use <mark>sync.Map.</mark>')).toBe(false);
    expect(strayMatch('request body', 'the <mark>request</mark> <mark>body</mark>')).toBe(false);
    // A short word typed on purpose (an ID part, "io") is left alone, and so is an excerpt with no marks.
    expect(strayMatch('io', 'use <mark>io</mark>.ReadAll')).toBe(false);
    expect(strayMatch('qqqqq', 'no marks here')).toBe(false);
  });
});
