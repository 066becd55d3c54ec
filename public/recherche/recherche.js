/**
 * The search page's script, the only JavaScript of the site (declared in lib/pages-with-js.mjs).
 * A plain ES module, no build step, no inline code (the Content-Security-Policy forbids it).
 *
 * It loads Pagefind's API and index (out/pagefind/, written by scripts/post-export/pagefind.mjs)
 * on demand, searches as the visitor types, shows results (title, type, date, excerpt) and the
 * type / year / theme filters with their counts, and keeps ?q= and the filters in the address so
 * a search can be shared. The server-rendered page works without it: the form still submits, and
 * a message offers the site map and the themes instead.
 */

/** The site root, base path included: this file is served at <root>/recherche/recherche.js. */
const SITE_ROOT = new URL('../', import.meta.url);
const PAGEFIND_URL = new URL('pagefind/pagefind.js', SITE_ROOT).href;
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;
const TYPE_ORDER = ['Actualité', 'Publication', 'Outil'];
/** Filters whose values exclude each other (a page has one type, one year): any of the checked. */
const ANY_OF = new Set(['type', 'year']);
const GROUPS = ['type', 'year', 'tag'];

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** @param {string} selector */
const $ = (selector) => /** @type {HTMLElement} */ (document.querySelector(selector));

const form = /** @type {HTMLFormElement} */ ($('[data-search-form]'));
const input = /** @type {HTMLInputElement} */ (form.querySelector('input[name="q"]'));
const ui = $('[data-search-ui]');
const noJs = $('[data-search-nojs]');
const status = $('[data-search-status]');
const list = $('[data-search-results]');
const more = /** @type {HTMLButtonElement} */ ($('[data-search-more]'));
const filtersBox = $('[data-search-filters]');
/** Hidden model items rendered by the server, copied for each result and filter value. */
const resultModel = /** @type {HTMLElement} */ ($('[data-template="result"] > li'));
const optionModel = /** @type {HTMLElement} */ ($('[data-template="option"] > li'));

/** Checked filter values, by filter name. @type {Record<string, Set<string>>} */
const selected = { type: new Set(), year: new Set(), tag: new Set() };

// --- Text helpers -------------------------------------------------------------------------------

/** The index was built with ASCII apostrophes inside words (see the indexing step): show ’. */
function typographic(text) {
  return text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}

/** « l’obsolescence » -> « l'obsolescence », which Pagefind splits into its two words. */
function normalizeQuery(text) {
  return text.trim().replace(/[\u2019\u02bc]/g, "'").replace(/\s+/g, ' ');
}

/** « 2022-06-09 » -> « 9 juin 2022 », « 1er » for the first of the month. */
function frenchDate(day) {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return dateFormat
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** Pagefind's excerpt is HTML with <mark> around matches: keep only text and those marks. */
function excerptNodes(html) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const nodes = [];
  for (const node of doc.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = typographic(node.textContent ?? '');
      nodes.push(mark);
    } else nodes.push(document.createTextNode(typographic(node.textContent ?? '')));
  }
  return nodes;
}

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

// --- Pagefind, loaded once, on demand -------------------------------------------------------------

/** @type {Promise<any> | undefined} */
let pagefindLoading;
function pagefind() {
  pagefindLoading ??= import(PAGEFIND_URL).then(async (api) => {
    await api.options({ baseUrl: SITE_ROOT.pathname, excerptLength: 30 });
    await api.init();
    // Loads the filter index: without it, searches come back with no filter counts.
    await api.filters();
    return api;
  });
  return pagefindLoading;
}

function filterOption(except) {
  /** @type {Record<string, any>} */
  const filters = {};
  for (const group of GROUPS) {
    if (group === except || selected[group].size === 0) continue;
    filters[group] = ANY_OF.has(group) ? { any: [...selected[group]] } : [...selected[group]];
  }
  return filters;
}

// --- Rendering --------------------------------------------------------------------------------------

function renderResult(data) {
  const item = /** @type {HTMLElement} */ (resultModel.cloneNode(true));
  const field = (name) => /** @type {HTMLElement} */ (item.querySelector(`[data-field="${name}"]`));
  const link = /** @type {HTMLAnchorElement} */ (field('link'));
  link.href = data.url;
  link.textContent = typographic(data.meta?.title || data.url);
  field('type').textContent = data.meta?.type ?? '';
  const day = data.meta?.date;
  if (day) {
    const time = field('date');
    time.setAttribute('datetime', day);
    time.textContent = frenchDate(day);
  } else field('date-wrap').remove();
  field('excerpt').replaceChildren(...excerptNodes(data.excerpt ?? ''));
  return item;
}

function sortedValues(name, counts) {
  const values = Object.keys(counts);
  if (name === 'type') {
    return values.sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
  }
  if (name === 'year') return values.sort((a, b) => b.localeCompare(a));
  return values.sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' }));
}

/**
 * One group of checkboxes. `counts`: results for each value given the query and the other groups'
 * filters. Values with no result are left out, unless checked.
 */
function renderGroup(name, counts) {
  const fieldset = /** @type {HTMLFieldSetElement} */ (
    filtersBox.querySelector(`[data-filter="${name}"]`)
  );
  const options = /** @type {HTMLElement} */ (fieldset.querySelector('[data-filter-options]'));
  const values = sortedValues(name, counts).filter(
    (value) => (counts[value] ?? 0) > 0 || selected[name].has(value),
  );
  for (const value of selected[name]) if (!values.includes(value)) values.push(value);
  const focused = document.activeElement;
  const focusedKey =
    focused instanceof HTMLInputElement && fieldset.contains(focused) ? focused.value : null;
  options.replaceChildren(
    ...values.map((value) => {
      const item = /** @type {HTMLElement} */ (optionModel.cloneNode(true));
      const box = /** @type {HTMLInputElement} */ (item.querySelector('[data-field="input"]'));
      box.name = name;
      box.value = value;
      box.checked = selected[name].has(value);
      /** @type {HTMLElement} */ (item.querySelector('[data-field="label"]')).textContent = value;
      /** @type {HTMLElement} */ (item.querySelector('[data-field="count"]')).textContent =
        `(${counts[value] ?? 0})`;
      return item;
    }),
  );
  if (focusedKey !== null) {
    const again = [...options.querySelectorAll('input')].find((box) => box.value === focusedKey);
    again?.focus();
  }
  fieldset.hidden = values.length === 0;
  return values.length;
}

// --- Searching ----------------------------------------------------------------------------------

let generation = 0;
/** @type {any} */
let current = null;
let shown = 0;

function writeAddress(query) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const group of GROUPS) for (const value of selected[group]) params.append(group, value);
  const search = params.toString();
  const url = `${location.pathname}${search ? `?${search}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}

function hasFilters() {
  return GROUPS.some((group) => selected[group].size > 0);
}

function describe(count, query) {
  const filtered = hasFilters() ? ' avec les filtres choisis' : '';
  if (count === 0) {
    return query
      ? `Aucun résultat pour « ${query} »${filtered}. Essayez un autre mot ou retirez un filtre.`
      : `Aucun résultat${filtered}.`;
  }
  return `${plural(count, 'résultat', 'résultats')}${query ? ` pour « ${query} »` : ''}${filtered}.`;
}

async function showMore({ focusFirst = false } = {}) {
  const search = current;
  const id = generation;
  const slice = search.results.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(slice.map((result) => result.data()));
  if (id !== generation) return;
  const items = data.map(renderResult);
  const firstNew = shown;
  for (const item of items) list.append(item);
  shown += slice.length;
  more.hidden = shown >= search.results.length;
  if (focusFirst) list.querySelectorAll('li a')[firstNew]?.focus();
}

async function run() {
  const id = ++generation;
  const typed = input.value.trim();
  const query = normalizeQuery(typed);
  writeAddress(typed);
  if (!query && !hasFilters()) {
    current = null;
    list.replaceChildren();
    more.hidden = true;
    filtersBox.hidden = true;
    status.textContent = '';
    document.title = document.title.replace(/^Rechercher( « .* »)?/, 'Rechercher');
    return;
  }
  let search;
  /** @type {Record<string, Record<string, number>>} */
  let counts;
  try {
    const api = await pagefind();
    search = await api.search(query || null, {
      filters: filterOption(),
      ...(query ? {} : { sort: { date: 'desc' } }),
    });
    // Counts for a group whose values exclude each other ignore that group's own filter, so that
    // checking « Actualité » still shows how many publications a second box would add.
    counts = { ...search.filters };
    for (const group of ANY_OF) {
      if (selected[group].size === 0) continue;
      const others = await api.search(query || null, { filters: filterOption(group) });
      counts[group] = others.filters[group] ?? {};
    }
  } catch (error) {
    console.error(error);
    if (id !== generation) return;
    status.textContent =
      'La recherche n’a pas pu se charger. Parcourez le plan du site ou les thèmes des actualités.';
    noJs.hidden = false;
    return;
  }
  if (id !== generation) return;
  current = search;
  shown = 0;
  list.replaceChildren();
  let options = 0;
  for (const group of GROUPS) options += renderGroup(group, counts[group] ?? {});
  filtersBox.hidden = options === 0;
  await showMore();
  if (id !== generation) return;
  status.textContent = describe(search.results.length, typed);
  document.title = document.title.replace(
    /^Rechercher( « .* »)?/,
    typed ? `Rechercher « ${typed} »` : 'Rechercher',
  );
}

let timer = 0;
function runSoon() {
  clearTimeout(timer);
  timer = window.setTimeout(run, DEBOUNCE_MS);
}

// --- Start ---------------------------------------------------------------------------------------

noJs.hidden = true;
ui.hidden = false;
// Filters fold away on a phone, above the results; they stay open beside them on a wide screen.
if (filtersBox instanceof HTMLDetailsElement) {
  filtersBox.open = matchMedia('(min-width: 48rem)').matches;
}

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const group of GROUPS) for (const value of params.getAll(group)) selected[group].add(value);

input.addEventListener('input', runSoon);
// Pagefind starts loading when the visitor shows an intent to search, not before.
input.addEventListener('focus', () => void pagefind().catch(() => {}), { once: true });
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  run();
});
filtersBox.addEventListener('change', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement)) return;
  const group = selected[box.name];
  if (!group) return;
  if (box.checked) group.add(box.value);
  else group.delete(box.value);
  run();
});
more.addEventListener('click', () => void showMore({ focusFirst: true }));

if (input.value || hasFilters()) run();
