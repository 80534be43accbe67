/**
 * <pitfall-search> (src/components/SiteSearch.astro): opens the search dialog on a click, `/`
 * (unless typing in a field) or Ctrl/⌘+K, and only then loads Pagefind's index (from our own
 * /pagefind/) and the ranking routine src/lib/search.ts — the same one npm run search:eval
 * measures. Pointing at or focusing the button starts the load early. The results are a listbox:
 * ArrowDown/ArrowUp move the highlighted result (aria-activedescendant), Enter opens it (the
 * first one if none is highlighted), Escape closes the dialog.
 */
import type { Hit, PagefindLike } from '../lib/search.ts';

type Engine = {
  pagefind: PagefindLike & { filters(): Promise<Record<string, Record<string, number>>> };
  rankedSearch: (p: PagefindLike, q: string, f?: Record<string, string[]>) => Promise<Hit[]>;
  markedSummary: (summary: string, q: string) => string;
};

let engine: Promise<Engine> | undefined;
/**
 * Pagefind and the ranking code, loaded once per page, on first need. A failed load (a dropped
 * connection while a fragment downloads) is forgotten, so the next keystroke tries again instead
 * of the page being stuck with a rejected promise.
 */
function loadEngine(): Promise<Engine> {
  return (engine ??= (async () => {
    const [pagefind, lib] = await Promise.all([import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`), import('../lib/search.ts')]);
    await pagefind.options({ ranking: lib.RANKING });
    await pagefind.init();
    return { pagefind, rankedSearch: lib.rankedSearch, markedSummary: lib.markedSummary };
  })().catch((err: unknown) => {
    engine = undefined;
    throw err;
  }));
}

const SEARCHING = 'Searching…';
const LOAD_FAILED = 'Search could not be loaded. Type again to retry, or browse all pitfalls from the menu.';

/** Pagefind's excerpt with nothing but its <mark> highlights kept as markup. */
const safeExcerpt = (html: string) => html.replace(/<(?!\/?mark>)[^>]*>/g, '').replace(/&(?![a-z]+;|#\d+;)/g, '&amp;');

class PitfallSearch extends HTMLElement {
  private dialog = this.querySelector('dialog')!;
  private input = this.querySelector<HTMLInputElement>('input[type=search]')!;
  private list = this.querySelector<HTMLUListElement>('[data-results]')!;
  private status = this.querySelector<HTMLElement>('[data-status]')!;
  private filters = this.querySelector<HTMLFieldSetElement>('[data-filters]')!;
  private active = -1;
  private query = 0;
  /** The query and filters whose results the list shows (key()); Enter must not open a stale one. */
  private shown = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const open = this.querySelector<HTMLButtonElement>('[data-open]')!;
    open.disabled = false;
    open.addEventListener('click', () => this.open());
    open.addEventListener('pointerenter', () => void loadEngine().catch(() => {}), { once: true });
    open.addEventListener('focus', () => void loadEngine().catch(() => {}), { once: true });
    this.querySelector('[data-close]')!.addEventListener('click', () => this.dialog.close());
    // A click on the backdrop (outside the frame) closes, as a modal should.
    this.dialog.addEventListener('click', (e) => e.target === this.dialog && this.dialog.close());
    this.dialog.addEventListener('close', () => document.body.removeAttribute('data-search-open'));
    this.input.form!.addEventListener('submit', (e) => {
      e.preventDefault();
      // Pasted and Enter at once: the list still shows the previous query's results (the new
      // search waits for typing to pause). Search now and open the first result of this query.
      const key = this.key();
      if (key === this.shown) return this.go(Math.max(this.active, 0));
      clearTimeout(this.timer);
      void this.run().then(() => this.shown === key && this.go(0));
    });
    this.input.addEventListener('input', () => {
      // Once, not per keystroke: the status is a live region, and a screen reader would say it again.
      if (this.status.textContent !== SEARCHING) this.status.textContent = SEARCHING;
      this.schedule();
    });
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.filters.addEventListener('change', () => this.schedule(0));
    // /search/?q=… opens the dialog with the query (a link someone shared, or the form without JS).
    if (location.pathname === '/search/') {
      this.input.value = new URLSearchParams(location.search).get('q') ?? '';
      this.open();
    }
    document.addEventListener('keydown', (e) => {
      const typing = (e.target as HTMLElement).closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"], .monaco-editor');
      if ((e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k')) {
        if (this.dialog.open) return;
        e.preventDefault();
        this.open();
      }
    });
  }

  open() {
    if (!this.dialog.open) this.dialog.showModal();
    document.body.setAttribute('data-search-open', '');
    this.input.focus();
    this.input.select();
    if (!this.list.children.length) this.status.textContent = 'Loading search…';
    loadEngine()
      .then((e) => this.fillLibraries(e))
      .then(() => this.schedule(0))
      .catch(() => (this.status.textContent = LOAD_FAILED));
  }

  private async fillLibraries(e: Engine) {
    const select = this.filters.querySelector<HTMLSelectElement>('select[name=library]')!;
    if (select.options.length > 1) return;
    const libraries = Object.keys((await e.pagefind.filters()).library ?? {}).sort();
    for (const l of libraries) select.add(new Option(l, l));
  }

  private schedule(delay = 120) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private chosenFilters(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const s of this.filters.querySelectorAll('select')) if (s.value) out[s.name] = [s.value];
    return out;
  }

  private key() {
    return JSON.stringify([this.input.value.trim(), this.chosenFilters()]);
  }

  private async run() {
    const q = this.input.value.trim();
    const key = this.key();
    const n = ++this.query;
    if (!q) {
      this.render([], '');
      this.shown = key;
      this.status.textContent = 'Paste an error message or a Go name, or describe what you see.';
      return;
    }
    try {
      const e = await loadEngine();
      const hits = (await e.rankedSearch(e.pagefind, q, this.chosenFilters())).slice(0, 10);
      const pages = await Promise.all(hits.map((h) => h.data()));
      // A newer search is on its way, or the reader has typed since this one began.
      if (n !== this.query || key !== this.key()) return;
      this.render(pages, q, e.markedSummary);
      this.shown = key;
    } catch {
      // A fragment that failed to download: say so rather than leave "Loading search…" forever.
      if (n === this.query) this.status.textContent = LOAD_FAILED;
    }
  }

  /** The results as options; each shows the page's summary with the query's words marked (or Pagefind's excerpt). */
  private render(pages: Awaited<ReturnType<Hit['data']>>[], q: string, mark?: Engine['markedSummary']) {
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.list.replaceChildren(
      ...pages.map((p, i) => {
        const li = document.createElement('li');
        li.id = `pitfall-search-result-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const a = document.createElement('a');
        a.href = p.url;
        a.tabIndex = -1;
        const id = p.meta.id ? `<code class="id">${p.meta.id}</code>` : '';
        a.innerHTML = `${id}<span class="title"></span><span class="excerpt">${p.meta.summary && mark ? mark(p.meta.summary, q) : safeExcerpt(p.excerpt)}</span>`;
        a.querySelector('.title')!.textContent = p.meta.title ?? p.url;
        li.append(a);
        return li;
      }),
    );
    this.input.setAttribute('aria-expanded', String(pages.length > 0));
    if (q) this.status.textContent = pages.length ? `${pages.length} matching pitfall${pages.length === 1 ? '' : 's'}. Arrow keys choose, Enter opens.` : `Nothing matches “${q}”. Try the exact error message, or a Go name such as http.MaxBytesReader.`;
  }

  private onKey(e: KeyboardEvent) {
    // A search field eats the first Escape (it clears itself); here Escape closes search at once.
    if (e.key === 'Escape') {
      e.preventDefault();
      this.dialog.close();
      return;
    }
    const items = [...this.list.children] as HTMLElement[];
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    if (!items.length) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? Math.min(this.active + 1, items.length - 1) : Math.max(this.active - 1, 0);
    items[this.active]?.setAttribute('aria-selected', 'false');
    items[next].setAttribute('aria-selected', 'true');
    items[next].scrollIntoView({ block: 'nearest' });
    this.input.setAttribute('aria-activedescendant', items[next].id);
    this.active = next;
  }

  private go(i: number) {
    const a = this.list.children[i]?.querySelector('a');
    if (a) location.assign(a.href);
  }
}

customElements.define('pitfall-search', PitfallSearch);
