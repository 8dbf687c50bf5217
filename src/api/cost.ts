// The price list of the API. A request's cost is computed before it runs, from the operation
// with its variables and argument defaults applied (@pothos/plugin-complexity, enforced by
// useCostLimit in ./cost-limit.ts), so `first: $n` costs what `first: 100` costs.
//
// How a cost adds up: every field costs its own price; a field that returns many objects
// multiplies the cost of what is selected inside it by how many it may return. One point is
// about one row read and turned into JSON; a SQL statement of its own is priced at ten or more;
// a graph or facet statement, which aggregates over many rows, at hundreds. The prices were set
// by measuring each field's worst case on Reuters-21578 (`npm run bench:attack`,
// docs/security.md): the costliest request MAX_COST admits answers well within the deadline.
import type { FieldComplexityValue } from '@pothos/plugin-complexity';
import { cursorToOffset } from '@pothos/plugin-relay';
import { MAX_PAGE_SIZE } from './page-size.js';
import { MAX_SEARCH_OFFSET } from './search-input.js';
import { parseSearch } from '../store/search-query.js';

/** A connection's page size when neither `first` nor `last` is given (the Relay plugin's). */
export const DEFAULT_PAGE_SIZE = 20;

/** Prices, in points. Each is used next to the field it prices (src/api/schema/*.ts). */
export const PRICE = {
  /** Any field not named below: a column already loaded. */
  field: 1,
  /** A list or connection that runs a statement of its own per parent batch. */
  list: 10,
  /** `Article.body`: the whole text (up to tens of kB). */
  body: 10,
  /** `Article.paragraphs`/`subheads`/`blocks`: the article's blocks. */
  blocks: 5,
  /** `Article.mentions`: every mention of the article, typically 10 to 100, at most a few hundred. */
  mentionsPerArticle: 100,
  /** `Article.authors`/`editors`/`credits`: a story has a handful of credits. */
  creditsPerArticle: 5,
  /** `Article.related`, `Entity.coMentions`: a self-join of the article-entity table, ranked. */
  graph: 300,
  /** One facet list of `articleFacets`: a GROUP BY over the matching articles. */
  facet: 300,
  /** `articleFacets`, and any list filtered by a search: finding the matching ids. */
  scope: 200,
  /**
   * A full-text search: per term, and on top per prefix term (a prefix expands to many index
   * terms). Measured: 8 × "the" after the 1,000th hit takes ~170 ms on Reuters-21578
   * (scripts/bench-search-limits.ts), as long as co-mentions costing ten times as much.
   */
  searchTerm: 100,
  prefixTerm: 200,
  /** Search's offset paging ranks every hit before the page: one point per 10 skipped hits. */
  offsetDivisor: 10,
} as const;

type Page = { first?: number | null; last?: number | null };

/**
 * How many items a page may hold, as the resolver will take it; sizes the resolver refuses
 * (negative, over MAX_PAGE_SIZE) count as the cap, so the resolver's own clear error is the one
 * the client sees.
 */
export function pageOf(args: Page, fallback = DEFAULT_PAGE_SIZE): number {
  const size = args.first ?? args.last ?? fallback;
  return Math.min(Math.max(size, 0), MAX_PAGE_SIZE);
}

/** A connection or a list with `first`: its own price, and what each item selects times the page. */
export function pageCost(args: Page, price: number = PRICE.list, fallback = DEFAULT_PAGE_SIZE): FieldComplexityValue {
  return { field: price, multiplier: pageOf(args, fallback) };
}

/** A list without arguments whose length is bounded by the data: price, times that bound. */
export function listCost(price: number, multiplier: number): FieldComplexityValue {
  return { field: price, multiplier };
}

/**
 * What a search text costs: its terms and prefix terms. A text that does not parse costs its
 * base price; the resolver refuses it with the reason.
 */
export function searchCost(text: string | null | undefined): number {
  if (text == null) return 0;
  try {
    const query = parseSearch(text);
    const terms = [...query.all.flat(), ...query.none];
    const prefixes = terms.filter((t) => t.prefix).length;
    return PRICE.scope + PRICE.searchTerm * terms.length + PRICE.prefixTerm * prefixes;
  } catch {
    return PRICE.scope;
  }
}

/**
 * The offset an offset cursor (`search`'s) starts at; 0 when absent or not one. Past
 * MAX_SEARCH_OFFSET it counts as that: the resolver refuses it with its own clear error.
 */
export function offsetOf(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  try {
    const offset = cursorToOffset(cursor);
    return Number.isFinite(offset) && offset > 0 ? Math.min(offset, MAX_SEARCH_OFFSET) : 0;
  } catch {
    return 0; // not an offset cursor: refused before it runs (argument-checks.ts)
  }
}
