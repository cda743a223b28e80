// Small helpers to build the page's elements: text is always set as text (never as HTML), so nothing in an answer can
// become markup.

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {},
  ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

export interface Column<T> {
  title: string;
  /** The cell's data-field, which the browser test reads. */
  field: string;
  value: (row: T) => string | number;
  /** The cell's content when it is not the value itself (a button, a formatted rate). */
  render?: (row: T) => Node | string;
  numeric?: boolean;
}

/** A table of rows; the header sorts when sortable (a click on a title: descending, then ascending). */
export function table<T>(columns: Column<T>[], rows: T[], options: { sortable?: boolean; caption?: string } = {}): HTMLTableElement {
  const body = element('tbody');
  let sortedBy: number | null = null;
  let descending = true;
  const fill = (ordered: T[]): void => {
    body.replaceChildren(...ordered.map(row => element('tr', {}, ...columns.map(column =>
      element('td', { 'data-field': column.field, class: column.numeric ? 'number' : '' },
        column.render ? column.render(row) : String(column.value(row)))))));
  };
  const head = element('tr', {}, ...columns.map((column, index) => {
    if (!options.sortable) {
      return element('th', { scope: 'col' }, column.title);
    }
    const button = element('button', { type: 'button', class: 'sort' }, column.title);
    button.addEventListener('click', () => {
      descending = sortedBy === index ? !descending : true;
      sortedBy = index;
      const compare = (a: T, b: T): number => {
        const [x, y] = [column.value(a), column.value(b)];
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
        return descending ? -order : order;
      };
      fill([...rows].sort(compare));
      for (const th of head.querySelectorAll('th')) {
        th.removeAttribute('aria-sort');
      }
      button.parentElement!.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    });
    return element('th', { scope: 'col' }, button);
  }));
  fill(rows);
  const result = element('table', {}, element('thead', {}, head), body);
  if (options.caption) {
    result.prepend(element('caption', {}, options.caption));
  }
  return result;
}

/** A name that narrows the page to it when clicked; marked when the page is already narrowed to it. */
export function pickButton(name: string, pick: (name: string) => void, current = false): HTMLButtonElement {
  const button = element('button', { type: 'button', class: 'pick', 'data-name': name, ...(current ? { 'aria-current': 'true' } : {}) }, name);
  button.addEventListener('click', () => pick(name));
  return button;
}
