// Bylines ("By A, B and C") and closing credit lines
// ("(Reporting by A; Writing by B/C; editing by D)") -> journalists with roles.
import type { Credit, CreditRole } from './types.js';
import { NAME_PARTICLES, alternation } from './lexicon/index.js';
import { squash } from './text.js';

// Agencies and desks that appear where a person's name would; never journalists.
const NOT_A_PERSON = /^(?:reuters|reuters staff|staff|ap|afp|associated press|bloomberg|upi|[a-z]+ (?:desk|bureau|newsroom))$/i;

// A person's name as bylines write it: capitalised words, initials, particles.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.\-]*|${alternation(NAME_PARTICLES)})`;
const NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD})*$`, 'u');

const ROLE_WORDS: ReadonlyArray<[RegExp, CreditRole]> = [
  [/^additional\s+reporting$/i, 'ADDITIONAL_REPORTING'],
  [/^(?:reporting|reported)$/i, 'REPORTING'],
  [/^(?:writing|written|compiled|compiling)$/i, 'WRITING'],
  [/^(?:editing|edited)$/i, 'EDITING'],
];

/**
 * Splits a list of names joined by commas, slashes, `and` or `&`, dropping a trailing
 * place ("Tom Balmforth in London") and agency names. Returns null when any part does
 * not look like a person's name, so prose is never mistaken for a credit.
 */
export function splitNames(list: string): string[] | null {
  const names: string[] = [];
  for (const raw of squash(list).split(/\s*(?:,|\/|;|&|\band\b)\s*/i)) {
    let name = raw.replace(/\s+in\s+\p{Lu}.*$/u, '').trim();
    // A full stop after a word ends the list; after an initial ("John Q.") it belongs to the name.
    if (/[^\s.]{2}\.$/u.test(name)) name = name.slice(0, -1);
    if (!name || NOT_A_PERSON.test(name)) continue;
    if (!NAME.test(name) || name.split(' ').length > 5) return null;
    names.push(name);
  }
  return names.length > 0 ? names : null;
}

/** Reads a byline paragraph ("By Dmitry Antonov and Guy Faulconbridge"); null when it is not one. */
export function parseByline(line: string): Credit[] | null {
  const m = /^by\s+(.+)$/i.exec(squash(line));
  if (!m) return null;
  const names = splitNames(m[1]!);
  return names && names.map((name) => ({ role: 'BYLINE', name }));
}

function rolesOf(phrase: string): CreditRole[] | null {
  const roles: CreditRole[] = [];
  // "Reporting and writing by", "Writing, editing by"
  for (const word of squash(phrase).split(/\s*(?:,|\band\b|&)\s*/i)) {
    const hit = ROLE_WORDS.find(([re]) => re.test(word));
    if (!hit) return null;
    roles.push(hit[1]);
  }
  return roles.length > 0 ? roles : null;
}

/**
 * Reads a closing credit line in parentheses, any casing:
 * "(Reporting by A; Writing by B/C; editing by D)", "(Additional reporting by E in Kyiv)".
 * Returns null when the paragraph is not a credit line. Unknown roles ("Graphics by")
 * are skipped; the rest of the line still counts.
 */
export function parseCreditLine(line: string): Credit[] | null {
  const m = /^\((.+)\)$/s.exec(squash(line));
  if (!m) return null;
  const credits: Credit[] = [];
  let sawCredit = false;
  for (const segment of m[1]!.split(/\s*;\s*/)) {
    const part = /^(.+?)\s+by\s+(.+)$/i.exec(segment.trim());
    if (!part) return null;
    sawCredit = true;
    const roles = rolesOf(part[1]!);
    const names = splitNames(part[2]!);
    if (!roles || !names) continue;
    for (const role of roles) for (const name of names) credits.push({ role, name });
  }
  return sawCredit ? credits : null;
}

/**
 * The credits that make the authors of a story: its byline, or, for a story without one,
 * the reporting and writing credits. The API and the extract command both ask this.
 */
export function authorCredits<C extends { role: CreditRole }>(credits: readonly C[]): C[] {
  const byline = credits.filter((c) => c.role === 'BYLINE');
  return byline.length > 0 ? byline : credits.filter((c) => c.role === 'REPORTING' || c.role === 'WRITING');
}

export function editorCredits<C extends { role: CreditRole }>(credits: readonly C[]): C[] {
  return credits.filter((c) => c.role === 'EDITING');
}
