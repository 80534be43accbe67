/**
 * <pitfall-catalogue>: filters and sorts the server-rendered list (src/components/PitfallCatalogue.astro).
 * The URL query is the only state (see src/lib/catalogue.ts): a change pushes a history entry,
 * back/forward restore the view, and a pasted link opens filtered. Without this script the
 * filters stay hidden and the full list, sorted by severity, is the page.
 */
import {
  activeChips, countOptions, emptyFilters, FILTER_GROUPS, isShown, itemFromDataset, parseQuery, serializeQuery, shownLabel,
  sortItems, type CatalogueItem, type CatalogueState, type FilterGroup, type Options, type SortKey,
} from '../lib/catalogue.ts';

type Row = CatalogueItem & { el: HTMLElement };

class PitfallCatalogue extends HTMLElement {
  #form!: HTMLFormElement;
  #sort!: HTMLSelectElement;
  #text!: HTMLInputElement;
  #boxes: HTMLInputElement[] = [];
  #rows: Row[] = [];
  #options: Options = emptyFilters();
  /** True while a run of keystrokes edits one history entry, so typing "timeout" is one Back, not seven. */
  #typing = false;
  #onPopState = () => this.#show(parseQuery(location.search, this.#options));

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#sort = this.#form.querySelector('select')!;
    this.#text = this.#form.querySelector('input[type=search]')!;
    this.#boxes = [...this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    this.#rows = [...this.querySelectorAll<HTMLElement>('li[data-id]')].map((el) => ({
      ...itemFromDataset({ ...el.dataset, summary: el.querySelector('p')?.textContent ?? '' }),
      el,
    }));
    // The options are whatever the page rendered, so a value missing there is unknown here too.
    for (const box of this.#boxes) this.#options[box.name as FilterGroup]?.push(box.value);

    const state = parseQuery(location.search, this.#options);
    // Rewrite a pasted link to its canonical form (unknown values and stray slashes dropped) without a new history entry.
    const canonical = serializeQuery(state);
    if (canonical !== location.search) history.replaceState(history.state, '', `${location.pathname}${canonical}${location.hash}`);
    this.#show(state);
    this.#form.hidden = false;

    this.#form.addEventListener('change', (e) => {
      if (e.target === this.#text) return;
      this.#typing = false;
      this.#update(this.#read());
    });
    this.#text.addEventListener('input', () => {
      this.#update(this.#read(), this.#typing);
      this.#typing = true;
    });
    this.#text.addEventListener('blur', () => (this.#typing = false));
    this.#form.addEventListener('submit', (e) => e.preventDefault());
    this.#form.querySelector('[data-clear]')!.addEventListener('click', () => {
      const { sort, q } = this.#read();
      this.#update({ filters: emptyFilters(), sort, q });
      this.#text.focus();
    });
    this.#form.querySelector('.chips')!.addEventListener('click', (e) => this.#removeChip(e));
    // Escape closes an open filter menu and returns focus to its summary.
    this.#form.addEventListener('keydown', (e) => {
      const open = (e.target as HTMLElement).closest?.('details[open]');
      if (e.key === 'Escape' && open) {
        open.removeAttribute('open');
        open.querySelector('summary')!.focus();
      }
    });
    // The menus are panels over the list: one open at a time, and a click elsewhere closes it.
    const menus = [...this.#form.querySelectorAll('details')];
    for (const menu of menus) {
      menu.addEventListener('toggle', () => {
        if (menu.open) for (const other of menus) if (other !== menu) other.open = false;
      });
    }
    document.addEventListener('click', this.#onOutsideClick);
    addEventListener('popstate', this.#onPopState);
  }

  #onOutsideClick = (e: MouseEvent) => {
    for (const menu of this.#form.querySelectorAll('details[open]')) if (!menu.contains(e.target as Node)) (menu as HTMLDetailsElement).open = false;
  };

  disconnectedCallback() {
    removeEventListener('popstate', this.#onPopState);
    document.removeEventListener('click', this.#onOutsideClick);
  }

  #read(): CatalogueState {
    const filters = emptyFilters();
    for (const g of FILTER_GROUPS) filters[g] = this.#options[g].filter((v) => this.#box(g, v)?.checked);
    return { filters, sort: this.#sort.value as SortKey, q: this.#text.value };
  }

  #box = (group: string, value: string) => this.#boxes.find((b) => b.name === group && b.value === value);

  #removeChip(e: Event) {
    const chip = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-group]');
    if (!chip) return;
    const state = this.#read();
    const group = chip.dataset.group as FilterGroup;
    state.filters[group] = state.filters[group].filter((v) => v !== chip.dataset.value);
    // The chip is about to disappear: keep focus in the chips, or on the text filter when none is left.
    const chips = [...this.querySelectorAll<HTMLButtonElement>('.chips button')];
    const next = chips.indexOf(chip);
    this.#update(state);
    const after = [...this.querySelectorAll<HTMLButtonElement>('.chips button')];
    (after[Math.min(next, after.length - 1)] ?? this.#text).focus();
  }

  #update(state: CatalogueState, replace = false) {
    const query = serializeQuery(state);
    if (query !== location.search) history[replace ? 'replaceState' : 'pushState'](null, '', `${location.pathname}${query}`);
    this.#show(state);
  }

  /** Puts the controls, list order, visibility, counts, chips and status in line with a state. */
  #show(state: CatalogueState) {
    const { filters, sort, q } = state;
    for (const box of this.#boxes) box.checked = filters[box.name as FilterGroup]?.includes(box.value) ?? false;
    this.#sort.value = sort;
    // Only overwrite while the reader is not typing (it would move the caret and drop trailing spaces).
    if (document.activeElement !== this.#text || this.#text.value.trim() !== q) this.#text.value = q;

    const list = this.querySelector('ul.list')!;
    let shown = 0;
    for (const row of sortItems(this.#rows, sort)) {
      row.el.hidden = !isShown(row, state);
      if (!row.el.hidden) shown++;
      list.append(row.el);
    }

    const counts = countOptions(this.#rows, filters, this.#options, q);
    for (const box of this.#boxes) {
      box.parentElement!.querySelector('.count')!.textContent = `(${counts[box.name as FilterGroup][box.value] ?? 0})`;
    }
    for (const details of this.querySelectorAll<HTMLElement>('details[data-group]')) {
      const n = filters[details.dataset.group as FilterGroup]?.length ?? 0;
      details.querySelector('[data-ticked]')!.textContent = n ? `(${n})` : '';
    }

    const chips = activeChips(filters);
    const ul = this.querySelector('.chips')!;
    ul.replaceChildren(
      ...chips.map(({ group, value, label }) => {
        const li = document.createElement('li');
        const button = Object.assign(document.createElement('button'), { type: 'button', className: 'chip', textContent: `${label} ×` });
        button.dataset.group = group;
        button.dataset.value = value;
        button.setAttribute('aria-label', `Remove filter ${label}`);
        li.append(button);
        return li;
      }),
    );
    this.querySelector<HTMLElement>('.active')!.hidden = chips.length === 0;

    const status = this.querySelector('[role=status]')!;
    const label = shownLabel(shown);
    if (status.textContent !== label) status.textContent = label;
    this.querySelector<HTMLElement>('.empty')!.hidden = shown > 0;
  }
}

customElements.define('pitfall-catalogue', PitfallCatalogue);
