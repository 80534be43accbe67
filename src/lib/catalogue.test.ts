import { describe, expect, it } from 'vitest';
import {
  activeChips, collectOptions, countOptions, isShown, textMatches, emptyFilters, itemFromDataset, joinList, matches, optionLabel, parseQuery,
  serializeQuery, SEVERITY_ORDER, shownLabel, sortItems, type CatalogueItem, type Filters,
} from './catalogue.ts';
import { SEVERITIES } from './schema.ts';

const item = (over: Partial<CatalogueItem> & { id: string }): CatalogueItem => ({
  title: `Title of ${over.id}`, category: 'http-server', libraries: ['net/http'], severity: 'high', goVersions: [], detectors: [], ...over,
});

const items = [
  item({ id: 'HTTP-001', title: 'Serving HTTP with no timeouts', severity: 'high' }),
  item({ id: 'HTTP-010', title: 'another http one', severity: 'low', goVersions: ['>=1.22'] }),
  item({ id: 'HTTP-002', title: 'Leaving a body open', category: 'http-client', severity: 'high' }),
  item({ id: 'CTX-002', title: 'Discarding cancel', category: 'context', libraries: ['context'], severity: 'medium', detectors: ['vet:lostcancel'] }),
  item({ id: 'CTX-001', title: 'A worker blocks forever', category: 'context', libraries: ['context', 'net/http'], severity: 'high' }),
  item({ id: 'CONC-001', title: 'Concurrent map writes', category: 'concurrency', libraries: ['runtime', 'sync'], severity: 'critical', goVersions: ['<1.22', '>=1.20'] }),
];
const options = collectOptions(items);
const filters = (over: Partial<Filters>): Filters => ({ ...emptyFilters(), ...over });

describe('collectOptions', () => {
  it('offers each value present, sorted, with the empty-list options first', () => {
    expect(options).toEqual({
      category: ['concurrency', 'context', 'http-client', 'http-server'],
      library: ['context', 'net/http', 'runtime', 'sync'],
      severity: ['critical', 'high', 'medium', 'low'],
      detector: ['none', 'vet:lostcancel'],
      go: ['all', '<1.22', '>=1.20', '>=1.22'],
    });
  });

  it('always offers every severity, even one no pitfall has', () => {
    expect(collectOptions([items[0]]).severity).toEqual(['critical', 'high', 'medium', 'low']);
  });

  it('labels the empty-list options for readers', () => {
    expect(optionLabel('go', 'all')).toBe('all versions');
    expect(optionLabel('detector', 'none')).toBe('none');
    expect(optionLabel('category', 'all')).toBe('all');
  });
});

it('SEVERITY_ORDER matches the schema (it is copied so zod stays out of the browser bundle)', () => {
  expect([...SEVERITY_ORDER]).toEqual([...SEVERITIES]);
});

describe('parseQuery', () => {
  it('reads comma-separated and repeated values, in option order', () => {
    const s = parseQuery('?category=http-server&severity=high,critical&sort=id', options);
    expect(s.filters).toEqual(filters({ category: ['http-server'], severity: ['critical', 'high'] }));
    expect(s.sort).toBe('id');
    expect(parseQuery('severity=low&severity=medium', options).filters.severity).toEqual(['medium', 'low']);
  });

  it('decodes encoded values', () => {
    const s = parseQuery('?library=net%2Fhttp&go=%3E%3D1.22,all&detector=vet%3Alostcancel', options);
    expect(s.filters).toEqual(filters({ library: ['net/http'], go: ['all', '>=1.22'], detector: ['vet:lostcancel'] }));
  });

  it('ignores unknown groups, values and sorts without failing', () => {
    const s = parseQuery('?category=nope,context&colour=red&severity=&sort=sideways&go=%E0%A4%A', options);
    expect(s).toEqual({ filters: filters({ category: ['context'] }), sort: 'severity', q: '' });
    expect(parseQuery('', options)).toEqual({ filters: emptyFilters(), sort: 'severity', q: '' });
    expect(parseQuery('?&&=&,,', options)).toEqual({ filters: emptyFilters(), sort: 'severity', q: '' });
  });
});

describe('serializeQuery', () => {
  it('is empty for the default view', () => {
    expect(serializeQuery({ filters: emptyFilters(), sort: 'severity', q: '' })).toBe('');
  });

  it('writes groups in a fixed order, keeps : and / readable, and omits the default sort', () => {
    const q = serializeQuery({ filters: filters({ severity: ['critical', 'high'], category: ['http-server'], library: ['net/http'], detector: ['vet:lostcancel'] }), sort: 'severity', q: '' });
    expect(q).toBe('?category=http-server&library=net/http&severity=critical,high&detector=vet:lostcancel');
    expect(serializeQuery({ filters: emptyFilters(), sort: 'title', q: '' })).toBe('?sort=title');
  });

  it('round-trips through parseQuery, including constraint strings', () => {
    const state = { filters: filters({ go: ['all', '<1.22', '>=1.22'], category: ['context'] }), sort: 'id' as const, q: '' };
    const q = serializeQuery(state);
    expect(q).toBe('?category=context&go=all,%3C1.22,%3E%3D1.22&sort=id');
    expect(parseQuery(q, options)).toEqual(state);
  });
});

describe('matches', () => {
  const shown = (f: Filters) => items.filter((i) => matches(i, f)).map((i) => i.id);

  it('shows everything with no filters', () => {
    expect(shown(emptyFilters())).toHaveLength(items.length);
  });

  it('ORs within a group', () => {
    expect(shown(filters({ severity: ['critical', 'medium'] }))).toEqual(['CTX-002', 'CONC-001']);
    expect(shown(filters({ library: ['context', 'sync'] }))).toEqual(['CTX-002', 'CTX-001', 'CONC-001']);
  });

  it('ANDs across groups', () => {
    expect(shown(filters({ category: ['context'], severity: ['high'] }))).toEqual(['CTX-001']);
    expect(shown(filters({ library: ['net/http'], category: ['context', 'http-client'] }))).toEqual(['HTTP-002', 'CTX-001']);
  });

  it('filters on empty lists through "none" and "all"', () => {
    expect(shown(filters({ detector: ['vet:lostcancel'] }))).toEqual(['CTX-002']);
    expect(shown(filters({ detector: ['none'] }))).not.toContain('CTX-002');
    expect(shown(filters({ go: ['all'] }))).toEqual(['HTTP-001', 'HTTP-002', 'CTX-002', 'CTX-001']);
    expect(shown(filters({ go: ['>=1.20'] }))).toEqual(['CONC-001']);
  });
});

describe('sortItems', () => {
  const ids = (sort: 'severity' | 'id' | 'title') => sortItems(items, sort).map((i) => i.id);

  it('sorts by severity, critical first, then by ID', () => {
    expect(ids('severity')).toEqual(['CONC-001', 'CTX-001', 'HTTP-001', 'HTTP-002', 'CTX-002', 'HTTP-010']);
  });

  it('sorts IDs by area, then number', () => {
    expect(ids('id')).toEqual(['CONC-001', 'CTX-001', 'CTX-002', 'HTTP-001', 'HTTP-002', 'HTTP-010']);
  });

  it('sorts titles ignoring case', () => {
    expect(ids('title')).toEqual(['CTX-001', 'HTTP-010', 'CONC-001', 'CTX-002', 'HTTP-002', 'HTTP-001']);
  });

  it('does not touch its input', () => {
    const before = items.map((i) => i.id);
    sortItems(items, 'id');
    expect(items.map((i) => i.id)).toEqual(before);
  });
});

describe('countOptions', () => {
  it('counts every pitfall per option when nothing is filtered', () => {
    const c = countOptions(items, emptyFilters(), options);
    expect(c.category).toEqual({ concurrency: 1, context: 2, 'http-client': 1, 'http-server': 2 });
    expect(c.severity).toEqual({ critical: 1, high: 3, medium: 1, low: 1 });
    expect(c.go).toEqual({ all: 4, '<1.22': 1, '>=1.20': 1, '>=1.22': 1 });
  });

  it("counts an option among pitfalls matching the other groups' filters", () => {
    const f = filters({ category: ['context'], severity: ['high'] });
    const c = countOptions(items, f, options);
    // Severity ignores its own selection: what context would show per severity.
    expect(c.severity).toEqual({ critical: 0, high: 1, medium: 1, low: 0 });
    // Category ignores its own selection: high pitfalls per category.
    expect(c.category).toEqual({ concurrency: 0, context: 1, 'http-client': 1, 'http-server': 1 });
    // Other groups count within what is shown (CTX-001 only).
    expect(c.library).toEqual({ context: 1, 'net/http': 1, runtime: 0, sync: 0 });
  });

  it('gives the count the list would show if the option were ticked alone in its group', () => {
    const f = filters({ library: ['net/http'] });
    const c = countOptions(items, f, options);
    for (const v of options.category) {
      expect(c.category[v]).toBe(items.filter((i) => matches(i, { ...f, category: [v] })).length);
    }
  });
});

describe('itemFromDataset', () => {
  it('reads what the page writes in data-* attributes', () => {
    const i = items[5];
    const d = { id: i.id, title: i.title, category: i.category, libraries: joinList(i.libraries), severity: i.severity, go: joinList(i.goVersions), detectors: joinList(i.detectors) };
    expect(itemFromDataset(d)).toEqual(i);
  });

  it('reads missing attributes as empty', () => {
    expect(itemFromDataset({})).toEqual({ id: '', title: '', category: '', libraries: [], severity: '', goVersions: [], detectors: [] });
  });
});

it('announces the number shown', () => {
  expect(shownLabel(8)).toBe('8 pitfalls shown');
  expect(shownLabel(1)).toBe('1 pitfall shown');
  expect(shownLabel(0)).toBe('0 pitfalls shown');
});

describe('trailing slash (Starlight appends one to every sidebar link)', () => {
  it('reads ?category=x/ as category x, and a slash on the sort too', () => {
    expect(parseQuery('?category=http-server/', options).filters).toEqual(filters({ category: ['http-server'] }));
    expect(parseQuery('?severity=high&sort=id/', options)).toEqual({ filters: filters({ severity: ['high'] }), sort: 'id', q: '' });
  });

  it('keeps slashes inside values (net/http)', () => {
    expect(parseQuery('?library=net/http/', options).filters.library).toEqual(['net/http']);
  });
});

describe('text filter', () => {
  const withSummary = item({ id: 'JSON-004', title: 'Unknown fields pass silently', summary: 'json.Decoder ignores fields it does not know' });

  it('matches every typed word in the ID, title or summary, in any case', () => {
    expect(textMatches(withSummary, 'json-004')).toBe(true);
    expect(textMatches(withSummary, 'UNKNOWN silently')).toBe(true);
    expect(textMatches(withSummary, 'decoder ignores')).toBe(true);
    expect(textMatches(withSummary, 'decoder timeout')).toBe(false);
    expect(textMatches(withSummary, '   ')).toBe(true);
  });

  it('combines with the group filters', () => {
    const shownIds = items.filter((i) => isShown(i, { filters: filters({ category: ['context'] }), q: 'cancel' })).map((i) => i.id);
    expect(shownIds).toEqual(['CTX-002']);
  });

  it('narrows the counts', () => {
    const c = countOptions(items, emptyFilters(), options, 'http');
    // "http" is in HTTP-001, HTTP-010 and HTTP-002 (IDs and titles); none is a context pitfall.
    expect(c.category).toEqual({ concurrency: 0, context: 0, 'http-client': 1, 'http-server': 2 });
  });

  it('lives in the URL as q, first, and round-trips', () => {
    const state = { filters: filters({ severity: ['high'] }), sort: 'severity' as const, q: 'body open' };
    expect(serializeQuery(state)).toBe('?q=body+open&severity=high');
    expect(parseQuery(serializeQuery(state), options)).toEqual(state);
  });
});

it('gives one chip per ticked option, labelled with its group', () => {
  expect(activeChips(filters({ severity: ['critical'], go: ['all'], category: ['context'] }))).toEqual([
    { group: 'category', value: 'context', label: 'Category: context' },
    { group: 'severity', value: 'critical', label: 'Severity: critical' },
    { group: 'go', value: 'all', label: 'Go version: all versions' },
  ]);
});
