/**
 * How a query becomes a ranked list of pages: the one routine the browser's search box
 * (src/client/search.ts) and the evaluation tool (scripts/search-eval.ts) both run, so what
 * the evaluation measures is what readers get. Pure: the Pagefind instance is passed in.
 *
 * Pagefind matches a page only if it contains every word of the query. That suits what
 * engineers paste (a panic message, an identifier) and fails plain-language symptoms ("time zone
 * lost after json round trip" finds nothing when one word is missing from the page). So when
 * the whole query finds fewer than a handful of pages, each meaningful word is searched on its
 * own and the pages are ranked by the words they match, a rare word counting more than a common
 * one, after the pages that matched everything.
 */

/**
 * Pagefind's ranking knobs (pagefind.app/docs/ranking), tuned with npm run search:eval on the
 * committed queries. Pagefind's defaults are termFrequency 1, pageLength 0.75, termSaturation 1.4,
 * termSimilarity 1.
 */
export const RANKING = { termFrequency: 1, pageLength: 0.75, termSaturation: 1.4, termSimilarity: 1 };

/** What Pagefind's JS API returns for a search (the parts we use). */
export interface PagefindLike {
  search(term: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: { id: string; score: number; data: () => Promise<PageData> }[] } | null>;
}

export interface PageData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}

export interface Hit {
  id: string;
  /** How the page was found: by the whole query, or by some of its words. */
  match: 'all' | 'some';
  data: () => Promise<PageData>;
}

/** Words that carry no meaning in a search (English function words and filler). */
const STOP = new Set(
  'a an and are as at be but by can do does for from get gets got has have how i if in into is it its my not of on or so that the then this to was what when where which while why with without you your after before'.split(' '),
);

/** The words of a query worth searching alone: no stop words, at least 3 characters, or containing a digit or dot. */
export function meaningfulWords(query: string): string[] {
  const words = query.toLowerCase().split(/[^\p{L}\p{N}._:-]+/u).map((w) => w.replace(/^[.:_-]+|[.:_-]+$/g, '')).filter(Boolean);
  // A qualified name is also searched by its last part: `r.PathValue` finds pages that say PathValue.
  const parts = words.flatMap((w) => (w.includes('.') ? [w, w.split('.').filter(Boolean).at(-1)!] : [w]));
  return [...new Set(parts.filter((w) => !STOP.has(w) && (w.length >= 3 || /[\d.]/.test(w))))];
}

/**
 * The names a Go identifier is searched by, besides itself: Pagefind keeps `http.Server.ReadHeaderTimeout`
 * as one word, so a reader typing `ReadHeaderTimeout` or `Server.ReadHeaderTimeout` would miss it.
 * `(*sql.DB).SetMaxOpenConns` also gives `sql.DB.SetMaxOpenConns` and `SetMaxOpenConns`.
 */
export function identifierAliases(identifier: string): string[] {
  const plain = identifier.replace(/[()*]/g, '').replace(/^\.+/, '');
  const parts = plain.split('.').filter(Boolean);
  const out = new Set<string>([plain]);
  for (let i = 1; i < parts.length; i++) out.add(parts.slice(i).join('.'));
  out.delete(identifier);
  return [...out].filter((a) => a.length >= 3);
}

/** A floor for the number of pages, for the word weights, when no word is found on many. */
const PAGES_ESTIMATE = 50;

/** Below this many pages for the whole query, the words are searched one by one as well. */
export const FALLBACK_BELOW = Number(globalThis.process?.env?.SEARCH_FALLBACK ?? 12);

/** How much the symptom overlap and Pagefind's own order count in the re-ranking (tuned with search:eval). */
export const OVERLAP_WEIGHT = Number(globalThis.process?.env?.SEARCH_OVERLAP ?? 10);
export const ORDER_WEIGHT = Number(globalThis.process?.env?.SEARCH_ORDER ?? 5);
export const TITLE_WEIGHT = Number(globalThis.process?.env?.SEARCH_TITLE ?? 10);

/** How many of the first hits are re-ranked by what their pages declare (their data is loaded). */
export const RERANK_TOP = 12;

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** A declared term specific enough to match inside a longer query: several words, a qualified name, or a long word. */
const specific = (t: string) => /[\s.():]/.test(t) || (t.length >= 10 && !ENGLISH_WORD.test(t));
/**
 * A capitalised word with no other capital (`Transaction`, `Background`): the last part of a Go
 * name that is also plain English, so finding it inside a typed sentence ("fails in transaction")
 * says nothing about the page. `MaxBytesReader` or `lostcancel` still count.
 */
const ENGLISH_WORD = /^[A-Z][a-z]+$/;

/** `hay` contains `needle` starting and ending at word boundaries (`close` is not in `closed`). */
function containsWords(hay: string, needle: string): boolean {
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = hay[i - 1];
    const after = hay[i + needle.length];
    if ((!before || !/[\p{L}\p{N}_]/u.test(before)) && (!after || !/[\p{L}\p{N}_]/u.test(after))) return true;
  }
  return false;
}

/** A short variable, a dot and a method name, as pasted from code: `r.PathValue`, `rows.Close()`. */
const RECEIVER_CALL = /^[a-z][a-z0-9]{0,3}\.[a-z_][\w]*(\(\))?$/;
const lastPart = (t: string) => t.replace(/\(\)$/, '').split('.').at(-1) ?? '';

/**
 * A page's claim on a query, from what it declares (meta `keys`: its ID and slug; `names`: its
 * identifiers with their short forms; `messages`): an exact ID or slug wins; a declared name or message
 * equal to the query comes next, then one contained in the query or containing it (longer
 * matches first, and a term listed earlier on its page before one listed later).
 */
export function declaredScore(query: string, meta: Record<string, string>): number {
  const q = norm(query);
  const raw = (field: string) => (meta[field] ?? '').split(' | ').map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (raw('keys').map(norm).includes(q)) return 1000;
  let best = 0;
  // `r.PathValue`, `w.WriteHeader`, `db.SetMaxOpenConns`: a method called on a variable, as pasted
  // from code, names the method the page declares as `(*http.Request).PathValue`.
  const method = RECEIVER_CALL.test(q) ? lastPart(q) : '';
  // Authors list the names and messages central to the page first: earlier ones count a little more.
  // specific() reads the author's capitals (`MaxBytesReader` vs `Transaction`), so it gets the raw text.
  for (const terms of [raw('names'), raw('messages')]) {
    terms.forEach((term, i) => {
      const t = norm(term);
      const rank = Math.min(i, 20) * 2;
      if (t === q) best = Math.max(best, 500 - rank);
      else if (method && lastPart(t) === method) best = Math.max(best, 150 - rank);
      else if (specific(term) && containsWords(q, t)) best = Math.max(best, 200 + Math.min(t.length, 100) - rank);
      else if (specific(query.trim()) && containsWords(t, q)) best = Math.max(best, 100 + Math.min(q.length, 50) - rank);
    });
  }
  return best;
}

/** Crude English stemming for matching words: `requests` ~ `request`, `cancelled` ~ `cancel`. */
const stem = (w: string) => (w.length > 4 ? w.replace(/(ies|es|s|ed|ing)$/, '').replace(/(.)\1$/, '$1').replace(/e$/, '') : w);

/**
 * The share of the query's meaningful words that the page's summary and symptoms use (0–1): how a
 * symptom typed in plain words breaks ties between pages Pagefind ranks close together.
 */
export function symptomOverlap(query: string, meta: Record<string, string>, fields: string[] = ['title', 'summary', 'symptoms']): number {
  const words = meaningfulWords(query).filter((w) => !w.includes('.'));
  if (!words.length) return 0;
  const text = new Set(norm(fields.map((f) => meta[f] ?? '').join(' ')).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(concept));
  return words.filter((w) => text.has(concept(w))).length / words.length;
}

/**
 * Words readers use for the same symptom: a reader says a server "crashes" where the page says it
 * "panics" or is "OOM-killed", "hangs" where the page says "blocks". Each group is one concept when
 * matching a query's words against a page's symptoms (only the rerank, never what Pagefind matches).
 */
const SYNONYMS: string[][] = [
  ['crash', 'crashes', 'crashed', 'crashing', 'panic', 'panics', 'panicked', 'dies', 'died', 'killed', 'oom', 'abort', 'aborts', 'exits', 'exit'],
  ['hang', 'hangs', 'hung', 'stuck', 'block', 'blocks', 'blocked', 'blocking', 'freeze', 'freezes', 'forever', 'never'],
  ['missing', 'lost', 'loses', 'lose', 'absent', 'gone', 'disappears', 'dropped', 'drops'],
  ['leak', 'leaks', 'leaking', 'grows', 'growing', 'grow', 'climbs', 'climbing', 'keeps', 'accumulate', 'accumulates', 'pile', 'piles'],
  ['slow', 'slower', 'latency', 'delay', 'delayed', 'late'],
  ['huge', 'large', 'big', 'giant', 'unbounded', 'unlimited', 'gigabyte', 'gigabytes'],
  ['upload', 'uploads', 'payload'],
  ['memory', 'ram', 'heap'],
  ['wrong', 'incorrect', 'bad', 'unexpected'],
  ['error', 'errors', 'fails', 'fail', 'failure', 'failed'],
];
const CONCEPT = new Map<string, string>(SYNONYMS.flatMap((g) => g.map((w) => [stem(w), stem(g[0])] as [string, string])));
const concept = (w: string) => CONCEPT.get(stem(w)) ?? stem(w);

/** Text made safe to put in HTML. */
const escapeHtml = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A page's summary as HTML, with the words of the query it uses marked. The search box shows this
 * rather than Pagefind's excerpt, which often came from the page's list of names and hidden aliases
 * ("sync.Mutex. sync.RWMutex. sync.Map. -race. Mutex · RWMutex") and told the reader nothing.
 */
export function markedSummary(summary: string, query: string): string {
  const wanted = new Set(meaningfulWords(query).flatMap((w) => w.split('.')).filter((w) => w.length >= 3).map(concept));
  return summary
    .split(/([\p{L}\p{N}_]+)/u)
    .map((part, i) => (i % 2 === 1 && wanted.has(concept(part.toLowerCase())) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
    .join('');
}

export async function rankedSearch(pagefind: PagefindLike, query: string, filters?: Record<string, string[]>): Promise<Hit[]> {
  return rerank(await matchSearch(pagefind, query, filters), query);
}

/**
 * The first RERANK_TOP hits ordered by what their pages declare (declaredScore), then by how much
 * of the query their symptoms use (symptomOverlap); ties keep Pagefind's order. The rest follow.
 */
async function rerank(hits: Hit[], query: string): Promise<Hit[]> {
  const head = hits.slice(0, RERANK_TOP);
  const scored = await Promise.all(
    head.map(async (h, i) => {
      const { meta, excerpt } = await h.data();
      const declared = declaredScore(query, meta);
      return {
        h,
        i,
        stray: declared === 0 && strayMatch(query, excerpt),
        s: declared + OVERLAP_WEIGHT * symptomOverlap(query, meta) + TITLE_WEIGHT * symptomOverlap(query, meta, ['title']) + ORDER_WEIGHT * (1 - i / head.length),
      };
    }),
  );
  scored.sort((a, b) => b.s - a.s || a.i - b.i);
  return [...scored.filter((x) => !x.stray).map((x) => x.h), ...hits.slice(RERANK_TOP)];
}

/**
 * Pagefind answers a word it does not know with pages holding a short word the query begins with:
 * `qqqqq` found the `q` of `func (q *Quoter)`, `zzqxw` the `Z` of a timestamp. Such a hit marks
 * nothing longer than two characters in its excerpt while every word the reader typed is longer:
 * it is no match, and the reader should see "Nothing matches" instead of a random page.
 */
export function strayMatch(query: string, excerpt: string): boolean {
  const words = meaningfulWords(query);
  if (!words.length || words.some((w) => w.replace(/[^\p{L}\p{N}]/gu, '').length < 3)) return false;
  const marked = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1].replace(/[^\p{L}\p{N}]/gu, ''));
  return marked.length > 0 && marked.every((m) => m.length < 3);
}

/**
 * A hit's loader that keeps Pagefind's result object alive. Pagefind 1.6 searches in a web
 * worker and frees a result's page data once the result object is garbage-collected (a
 * FinalizationRegistry on the result; pagefind.js, PagefindWrapper.search), while `result.data`
 * itself only holds an ID: a bare `r.data` kept after its result was dropped later resolved to
 * null, and the search box showed "could not be loaded" (1 run in 10 of the keyboard test).
 */
function dataOf(r: { data: () => Promise<PageData> }): () => Promise<PageData> {
  return () => r.data();
}

async function matchSearch(pagefind: PagefindLike, query: string, filters?: Record<string, string[]>): Promise<Hit[]> {
  const q = query.trim();
  if (!q) return [];
  const opts = filters && Object.keys(filters).length ? { filters } : undefined;
  const all = (await pagefind.search(q, opts))?.results ?? [];
  const hits: Hit[] = all.map((r) => ({ id: r.id, match: 'all', data: dataOf(r) }));
  const words = meaningfulWords(q);
  if (hits.length >= FALLBACK_BELOW || words.length < 2) return hits;

  const seen = new Set(hits.map((h) => h.id));
  const partial = new Map<string, { weight: number; data: () => Promise<PageData> }>();
  const perWord = await Promise.all(words.map(async (w) => (await pagefind.search(w, opts))?.results ?? []));
  // A word found on few pages says more than one found on most (inverse document frequency).
  const pages = Math.max(PAGES_ESTIMATE, ...perWord.map((r) => r.length));
  for (const results of perWord) {
    const idf = Math.log(1 + pages / Math.max(1, results.length));
    const top = results[0]?.score || 1;
    for (const r of results) {
      if (seen.has(r.id)) continue;
      const p = partial.get(r.id) ?? { weight: 0, data: dataOf(r) };
      p.weight += idf * (0.5 + 0.5 * (r.score / top));
      partial.set(r.id, p);
    }
  }
  const ranked = [...partial.entries()].sort((a, b) => b[1].weight - a[1].weight);
  return [...hits, ...ranked.map(([id, p]) => ({ id, match: 'some' as const, data: p.data }))];
}
