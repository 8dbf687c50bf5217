// Property tests (fast-check) for the search syntax (src/store/search-query.ts): whatever a
// user types, parseSearch throws SearchSyntaxError or gives a query whose renderings cannot
// break the database's query language. 6,200 generated cases, in about a second.
//
// - toFts5: balanced double quotes, only the operators AND, OR and NOT outside the quoted
//   phrases, and it really runs: every rendering is used as `MATCH ?` against an in-memory
//   SQLite FTS5 table with the tokenizer of the ArticleFts migration, which must not throw.
// - toTsQuery: only letters, digits, spaces and `&|!():*<->`, and it reads by the grammar
//   of PostgreSQL's to_tsquery (operands, `:*` prefixes, `<->` phrases, & | ! and
//   parentheses), checked by a small parser here.
// - A query of plain words finds each word, in order.
// - With the default limits, every query accepted is within them.
// The rendering properties parse without limits, so that long generated texts are rendered too.
// fast-check prints the seed and the shrunk counterexample of a failing property.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SEARCH_LIMITS, SearchSyntaxError, parseSearch, toFts5, toTsQuery, type SearchLimits, type SearchQuery } from '../../src/store/search-query.js';
import { anyText, codePoint, codeUnit } from '../helpers/arbitraries.js';

const RUNS = { anyText: 2000, queryLike: 2000 };
const UNLIMITED: SearchLimits = { maxLength: Infinity, maxTerms: Infinity, maxPrefixTerms: Infinity, minPrefixLength: 0 };
const TEST_MS = 20_000;

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2')`);
const insert = db.prepare('INSERT INTO t (title, body) VALUES (?, ?)');
for (const [title, body] of [
  ['Storm Shadow missiles', 'Russia said the escalation with Ukraine was signalling danger to NATO.'],
  ['Cocoa review', 'Showers continued throughout the week in the Bahia cocoa zone. Ünïcödé 123 ½ 東京'],
]) insert.run(title, body);
const match = db.prepare('SELECT rowid FROM t WHERE t MATCH ?');
afterAll(() => db.close());

function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** The FTS5 rendering outside its quoted phrases: only operators, parentheses, `*`, spaces. */
function checkFts5(fts: string): void {
  check((fts.match(/"/g)?.length ?? 0) % 2 === 0, () => `unbalanced quotes in ${fts}`);
  const outside = fts.replace(/"[^"]*"/g, 'P');
  check(/^[P()* ]*(?:(?:AND|OR|NOT)[P()* ]*)*$/.test(outside), () => `unexpected syntax outside phrases: ${outside}`);
  const bare = outside.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  check(bare.every((w) => /^(?:P\*?|AND|OR|NOT)$/.test(w)), () => `bare words in ${fts}`);
  let depth = 0;
  for (const ch of outside) {
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    check(depth >= 0, () => `unbalanced parentheses in ${fts}`);
  }
  check(depth === 0, () => `unbalanced parentheses in ${fts}`);
  match.all(fts); // throws SqliteError on a syntax error
}

/**
 * to_tsquery's grammar, as toTsQuery may use it:
 *   expr := unary (('&' | '|') unary)* ;  unary := '!'? primary ;
 *   primary := '(' expr ')' | '(' operand ('<->' operand)+ ')' | operand ;  operand := word (':*')?
 */
function checkTsQuery(ts: string): void {
  check(/^[\p{L}\p{N} &|!():*<\->]+$/u.test(ts), () => `unexpected characters in ${ts}`);
  const tokens = ts.match(/[\p{L}\p{N}]+|:\*|<->|[&|!()]|\S/gu) ?? [];
  let i = 0;
  const fail = (what: string) => new Error(`${ts}: ${what} at token ${i} (${tokens[i] ?? 'end'})`);
  const word = () => /^[\p{L}\p{N}]+$/u.test(tokens[i] ?? '');
  const operand = () => {
    if (!word()) throw fail('expected a word');
    i++;
    if (tokens[i] === ':*') i++;
  };
  const primary = (): void => {
    if (tokens[i] === '(') {
      i++;
      if (word() && tokens[i + 1] === '<->') {
        operand();
        while (tokens[i] === '<->') {
          i++;
          operand();
        }
      } else expr();
      if (tokens[i] !== ')') throw fail('expected )');
      i++;
    } else operand();
  };
  const unary = () => {
    if (tokens[i] === '!') i++;
    primary();
  };
  const expr = (): void => {
    unary();
    while (tokens[i] === '&' || tokens[i] === '|') {
      i++;
      unary();
    }
  };
  expr();
  if (i !== tokens.length) throw fail('trailing tokens');
}

/** parseSearch, then both renderings checked; SearchSyntaxError is the only error allowed. */
function checkInput(input: string, limits = UNLIMITED): SearchQuery | null {
  let query: SearchQuery;
  try {
    query = parseSearch(input, limits);
  } catch (error) {
    check(error instanceof SearchSyntaxError, () => `parseSearch threw ${String(error)}`);
    return null;
  }
  check(query.all.length > 0 && query.all.every((g) => g.length > 0), () => 'a query with an empty group');
  for (const t of [...query.all.flat(), ...query.none]) check(t.words.length > 0 && t.words.every((w) => /^[\p{L}\p{N}]+$/u.test(w)), () => `bad words ${JSON.stringify(t.words)}`);
  checkFts5(toFts5(query));
  checkTsQuery(toTsQuery(query));
  return query;
}

describe('parseSearch, toFts5 and toTsQuery', () => {
  it('any text: SearchSyntaxError or renderings that FTS5 and to_tsquery read', () => {
    fc.assert(fc.property(anyText(200), (input) => void checkInput(input)), { numRuns: RUNS.anyText });
  }, TEST_MS);

  const queryLike = () => {
    const token = fc.oneof(
      { arbitrary: fc.constantFrom('storm', 'Shadow', 'nato', 'escal*', 'OR', 'or', 'AND', 'NOT', 'NEAR', 'NEAR(a b)', '-', '--', '-nato', '*', '**', 'a*b', 'x:y', 'col:word', '^start', '+', '(', ')', '{a b}', '"', '“', '”', '-"', '""', '2024', 'O’Neill', 'e-mail', '東京', 'Ünï', '½', '²', '&', '|', '!', '<->', ':*', "'", '\\'), weight: 6 },
      { arbitrary: codePoint, weight: 1 },
      { arbitrary: codeUnit, weight: 1 },
    );
    return fc.array(fc.tuple(token, fc.constantFrom(' ', '', '  ', '\t', '\n', '\u00A0')), { maxLength: 10 }).map((parts) => parts.map(([t, s]) => t + s).join(''));
  };

  it('query-like text (words, phrases, OR, -, *, curly and unbalanced quotes): the same', () => {
    fc.assert(fc.property(queryLike(), (text) => void checkInput(text)), { numRuns: RUNS.queryLike });
  }, TEST_MS);

  it('with the default limits: SearchSyntaxError, or a query within them that renders', () => {
    const { maxLength, maxTerms, maxPrefixTerms, minPrefixLength } = SEARCH_LIMITS;
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(queryLike(), anyText(200)), (text) => {
        const query = checkInput(text, SEARCH_LIMITS);
        if (!query) return;
        accepted++;
        const terms = [...query.all.flat(), ...query.none];
        expect([...text].length).toBeLessThanOrEqual(maxLength);
        expect(terms.length).toBeLessThanOrEqual(maxTerms);
        expect(terms.filter((t) => t.prefix).length).toBeLessThanOrEqual(maxPrefixTerms);
        for (const t of terms.filter((t) => t.prefix)) expect([...t.words.at(-1)!].length).toBeGreaterThanOrEqual(minPrefixLength);
      }),
      { numRuns: RUNS.queryLike },
    );
    // Not a property of refusals alone.
    expect(accepted).toBeGreaterThan(RUNS.queryLike / 10);
  }, TEST_MS);

  it('plain words: one AND group per word, in order', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,10}$/).filter((w) => w !== 'or');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const query = checkInput(words.join(' '))!;
        expect(query.all).toEqual(words.map((w) => [{ words: [w], prefix: false }]));
        expect(query.none).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, TEST_MS);
});
