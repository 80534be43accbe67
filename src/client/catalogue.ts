/**
 * <pitfall-catalogue>: filters and sorts the server-rendered list (src/components/PitfallCatalogue.astro).
 * The URL query is the only state (see src/lib/catalogue.ts): a change pushes a history entry,
 * back/forward restore the view, and a pasted link opens filtered. Without this script the
 * filters stay hidden and the full list, sorted by severity, is the page.
 */
import {
  countOptions, emptyFilters, FILTER_GROUPS, itemFromDataset, matches, parseQuery, serializeQuery, shownLabel, sortItems,
  type CatalogueItem, type CatalogueState, type FilterGroup, type Options, type SortKey,
} from '../lib/catalogue.ts';

type Row = CatalogueItem & { el: HTMLElement };

class PitfallCatalogue extends HTMLElement {
  #form!: HTMLFormElement;
  #sort!: HTMLSelectElement;
  #boxes: HTMLInputElement[] = [];
  #rows: Row[] = [];
  #options: Options = emptyFilters();
  #onPopState = () => this.#show(parseQuery(location.search, this.#options));

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#sort = this.#form.querySelector('select')!;
    this.#boxes = [...this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    this.#rows = [...this.querySelectorAll<HTMLElement>('li[data-id]')].map((el) => ({ ...itemFromDataset(el.dataset), el }));
    // The options are whatever the page rendered, so a value missing there is unknown here too.
    for (const box of this.#boxes) this.#options[box.name as FilterGroup]?.push(box.value);

    const state = parseQuery(location.search, this.#options);
    // Rewrite a pasted link to its canonical form (unknown values dropped) without a new history entry.
    const canonical = serializeQuery(state);
    if (canonical !== location.search) history.replaceState(history.state, '', `${location.pathname}${canonical}${location.hash}`);
    this.#show(state);
    this.#form.hidden = false;

    this.#form.addEventListener('change', () => this.#update(this.#read()));
    this.#form.addEventListener('submit', (e) => e.preventDefault());
    this.#form.querySelector('[data-clear]')!.addEventListener('click', () => this.#update({ filters: emptyFilters(), sort: this.#read().sort }));
    addEventListener('popstate', this.#onPopState);
  }

  disconnectedCallback() {
    removeEventListener('popstate', this.#onPopState);
  }

  #read(): CatalogueState {
    const filters = emptyFilters();
    for (const g of FILTER_GROUPS) filters[g] = this.#options[g].filter((v) => this.#box(g, v)?.checked);
    return { filters, sort: this.#sort.value as SortKey };
  }

  #box = (group: string, value: string) => this.#boxes.find((b) => b.name === group && b.value === value);

  #update(state: CatalogueState) {
    const query = serializeQuery(state);
    if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}`);
    this.#show(state);
  }

  /** Puts the controls, list order, visibility, counts and status in line with a state. */
  #show({ filters, sort }: CatalogueState) {
    for (const box of this.#boxes) box.checked = filters[box.name as FilterGroup]?.includes(box.value) ?? false;
    this.#sort.value = sort;

    const list = this.querySelector('ul')!;
    let shown = 0;
    for (const row of sortItems(this.#rows, sort)) {
      row.el.hidden = !matches(row, filters);
      if (!row.el.hidden) shown++;
      list.append(row.el);
    }

    const counts = countOptions(this.#rows, filters, this.#options);
    for (const box of this.#boxes) {
      box.parentElement!.querySelector('.count')!.textContent = `(${counts[box.name as FilterGroup][box.value] ?? 0})`;
    }
    const status = this.querySelector('[role=status]')!;
    const label = shownLabel(shown);
    if (status.textContent !== label) status.textContent = label;
    this.querySelector<HTMLElement>('.empty')!.hidden = shown > 0;
  }
}

customElements.define('pitfall-catalogue', PitfallCatalogue);
