/**
 * The catalogue's logic (/pitfalls/): which filter options exist, what the query string
 * means, which pitfalls match, their order, and the counts beside each option.
 *
 * Pure and browser-safe: the page uses it at build time and src/client/catalogue.ts
 * bundles it for <pitfall-catalogue>, so it imports nothing (not even ./schema.ts, which
 * would ship zod to the browser; catalogue.test.ts checks SEVERITY_ORDER against it).
 *
 * The query is the view's only state, so a filtered view is a link:
 *   ?category=http-server&severity=high,critical&sort=id
 * one parameter per group, values comma-separated (repeated parameters also work),
 * sort omitted when it is the default, q the text filter. Unknown groups, values and sorts are
 * dropped, and a trailing "/" on a value is ignored: Starlight appends one to every internal
 * sidebar link (trailingSlash: 'always'), query included, so `?category=json/` must mean json.
 */

/** Filter groups, in the order the page shows them and the query lists them. */
export const FILTER_GROUPS = ['category', 'library', 'severity', 'detector', 'go'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

export const GROUP_LEGENDS: Record<FilterGroup, string> = {
  category: 'Category',
  library: 'Library',
  severity: 'Severity',
  detector: 'Detector',
  go: 'Go version',
};

/** Most severe first; the same values as SEVERITIES in ./schema.ts. */
export const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'] as const;

export const SORTS = ['severity', 'id', 'title'] as const;
export type SortKey = (typeof SORTS)[number];
export const DEFAULT_SORT: SortKey = 'severity';
export const SORT_LABELS: Record<SortKey, string> = { severity: 'Severity (critical first)', id: 'ID', title: 'Title' };

/** Option values standing for an empty list: neither can be a real constraint (`>=1.20`) or detector (`vet:x`). */
export const ALL_VERSIONS = 'all';
export const NO_DETECTOR = 'none';

/** What the catalogue needs of a pitfall; the page builds it from frontmatter, the script from data-* attributes. */
export interface CatalogueItem {
  id: string;
  title: string;
  category: string;
  libraries: string[];
  severity: string;
  /** Constraints such as ">=1.22"; empty means every Go version. */
  goVersions: string[];
  /** `tool:check`; empty means no tool flags it. */
  detectors: string[];
  /** Searched by the text filter with the ID and title; absent means only those two. */
  summary?: string;
}

export type Filters = Record<FilterGroup, string[]>;
/** The values offered per group, in display order. */
export type Options = Record<FilterGroup, string[]>;
export type Counts = Record<FilterGroup, Record<string, number>>;
export interface CatalogueState {
  filters: Filters;
  sort: SortKey;
  /** The text filter, as typed ("" for none). */
  q: string;
}

export const emptyFilters = (): Filters => ({ category: [], library: [], severity: [], detector: [], go: [] });

/** The values an item has in a group; empty lists become ALL_VERSIONS / NO_DETECTOR so they can be filtered on. */
export function facetValues(item: CatalogueItem, group: FilterGroup): string[] {
  switch (group) {
    case 'category': return [item.category];
    case 'library': return item.libraries;
    case 'severity': return [item.severity];
    case 'detector': return item.detectors.length ? item.detectors : [NO_DETECTOR];
    case 'go': return item.goVersions.length ? item.goVersions : [ALL_VERSIONS];
  }
}

/** The label of an option where it differs from its value. */
export function optionLabel(group: FilterGroup, value: string): string {
  if (group === 'go' && value === ALL_VERSIONS) return 'all versions';
  if (group === 'detector' && value === NO_DETECTOR) return 'none';
  return value;
}

/**
 * The options to offer: every severity (a fixed scale, so "low (0)" is shown too), and
 * for the other groups each value some pitfall has, sorted; "none" and "all versions" first.
 */
export function collectOptions(items: CatalogueItem[]): Options {
  const present = (group: FilterGroup, first?: string) => {
    const values = [...new Set(items.flatMap((i) => facetValues(i, group)))].sort((a, b) => a.localeCompare(b, 'en'));
    return first && values.includes(first) ? [first, ...values.filter((v) => v !== first)] : values;
  };
  return {
    category: present('category'),
    library: present('library'),
    severity: [...SEVERITY_ORDER],
    detector: present('detector', NO_DETECTOR),
    go: present('go', ALL_VERSIONS),
  };
}

/** Reads a query string (with or without "?"); keeps only known values, in option order. */
export function parseQuery(search: string, options: Options): CatalogueState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  const clean = (v: string) => v.trim().replace(/\/+$/, '');
  for (const group of FILTER_GROUPS) {
    const asked = new Set(params.getAll(group).flatMap((v) => v.split(',')).map(clean));
    filters[group] = options[group].filter((v) => asked.has(v));
  }
  const sort = clean(params.get('sort') ?? '');
  return {
    filters,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as SortKey) : DEFAULT_SORT,
    q: (params.get('q') ?? '').trim(),
  };
}

// Leave ':' and '/' readable (vet:lostcancel, net/http): both are legal in a query.
const encode = (v: string) => encodeURIComponent(v).replace(/%3A/gi, ':').replace(/%2F/gi, '/');

/** The query for a state: "" when nothing is filtered and the sort is the default, else "?…". */
export function serializeQuery(state: CatalogueState): string {
  const q = state.q.trim();
  const parts = q ? [`q=${encodeURIComponent(q).replace(/%20/g, '+')}`] : [];
  parts.push(...FILTER_GROUPS.filter((g) => state.filters[g].length).map((g) => `${g}=${state.filters[g].map(encode).join(',')}`));
  if (state.sort !== DEFAULT_SORT) parts.push(`sort=${state.sort}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export const isFiltered = (filters: Filters) => FILTER_GROUPS.some((g) => filters[g].length > 0);

/** AND across groups, OR within a group; an empty group does not filter. `ignore` skips one group (for counts). */
export function matches(item: CatalogueItem, filters: Filters, ignore?: FilterGroup): boolean {
  return FILTER_GROUPS.every((g) => g === ignore || !filters[g].length || facetValues(item, g).some((v) => filters[g].includes(v)));
}

/** The text filter: every word typed appears in the ID, title or summary (any case). */
export function textMatches(item: CatalogueItem, q: string): boolean {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = `${item.id} ${item.title} ${item.summary ?? ''}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

/** Whether a pitfall is shown in a view: the text filter and every group's filter. */
export const isShown = (item: CatalogueItem, state: Pick<CatalogueState, 'filters' | 'q'>) =>
  textMatches(item, state.q) && matches(item, state.filters);

/** One removable chip per ticked option, in group then option order. */
export function activeChips(filters: Filters): { group: FilterGroup; value: string; label: string }[] {
  return FILTER_GROUPS.flatMap((group) =>
    filters[group].map((value) => ({ group, value, label: `${GROUP_LEGENDS[group]}: ${optionLabel(group, value)}` })),
  );
}

const byId = (a: CatalogueItem, b: CatalogueItem) => a.id.localeCompare(b.id, 'en', { numeric: true });
const rank = (s: string) => {
  const r = (SEVERITY_ORDER as readonly string[]).indexOf(s);
  return r < 0 ? SEVERITY_ORDER.length : r;
};
const comparators: Record<SortKey, (a: CatalogueItem, b: CatalogueItem) => number> = {
  severity: (a, b) => rank(a.severity) - rank(b.severity) || byId(a, b),
  id: byId,
  title: (a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || byId(a, b),
};

/** A sorted copy; ties fall back to the ID so the order is stable across browsers. */
export function sortItems<T extends CatalogueItem>(items: readonly T[], sort: SortKey): T[] {
  return [...items].sort(comparators[sort]);
}

/**
 * Counts beside each option. We chose facet counts: for an option, the number of pitfalls
 * that have it among those matching the filters of every *other* group, i.e. how many would
 * be shown if that option were the only one ticked in its group. So ticking an option does
 * not zero its neighbours (OR within a group), and an option reading (0) would empty the list.
 */
export function countOptions(items: CatalogueItem[], filters: Filters, options: Options, q = ''): Counts {
  const counts = {} as Counts;
  const typed = items.filter((i) => textMatches(i, q));
  for (const group of FILTER_GROUPS) {
    const pool = typed.filter((i) => matches(i, filters, group));
    counts[group] = Object.fromEntries(options[group].map((v) => [v, pool.filter((i) => facetValues(i, group).includes(v)).length]));
  }
  return counts;
}

/** The live region's text. */
export const shownLabel = (n: number) => `${n} pitfall${n === 1 ? '' : 's'} shown`;

/** Space-separated lists in data-* attributes; schema values never contain spaces. */
export const joinList = (values: string[]) => values.join(' ');
const splitList = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

/** The item a server-rendered <li> describes (data-id, data-title, data-category, data-libraries, …). */
export function itemFromDataset(d: Record<string, string | undefined>): CatalogueItem {
  return {
    id: d.id ?? '',
    title: d.title ?? '',
    category: d.category ?? '',
    libraries: splitList(d.libraries),
    severity: d.severity ?? '',
    goVersions: splitList(d.go),
    detectors: splitList(d.detectors),
    summary: d.summary,
  };
}
