// Bylines ("By A, B and C") and closing credit lines
// ("(Reporting by A; Writing by B/C; editing by D)") -> journalists with roles.
import type { Credit, CreditRole } from './types.js';
import { NAME_PARTICLES, agencyName, alternation } from './lexicon/index.js';
import { squash } from './text.js';

// Desks that appear where a person's name would; never journalists. Agencies are the
// lexicon's (agencyName): the story's source, never a journalist either.
const DESK = /^(?:staff|[a-z]+ (?:desk|bureau|newsroom))$/i;

// A person's name as bylines write it: capitalised words, initials, particles.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.\-]*|${alternation(NAME_PARTICLES)})`;
const NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD})*$`, 'u');

const ROLE_WORDS: ReadonlyArray<[RegExp, CreditRole]> = [
  [/^additional\s+reporting$/i, 'ADDITIONAL_REPORTING'],
  [/^(?:reporting|reported)$/i, 'REPORTING'],
  [/^(?:writing|written|compiled|compiling)$/i, 'WRITING'],
  [/^(?:editing|edited)$/i, 'EDITING'],
];

interface NameList {
  names: string[];
  /** The agency named among the names ("Reuters" for "Patti Domm, Reuter"), else null. */
  agency: string | null;
}

/**
 * A list of names and agencies: the people, and the first agency. An agency written after
 * the last name without a comma ("Brad Schade Reuters") counts too, unless the name would
 * end in an initial without it ("Michael R. Bloomberg" is a person). Null when any part is
 * neither a person's name nor an agency or a desk.
 */
function readNames(list: string): NameList | null {
  const names: string[] = [];
  let agency: string | null = null;
  const parts = squash(list).split(/\s*(?:,|\/|;|&|\band\b)\s*/i);
  for (const [i, raw] of parts.entries()) {
    let name = raw.replace(/\s+in\s+\p{Lu}.*$/u, '').trim();
    // A full stop after a word ends the list; after an initial ("John Q.") it belongs to the name.
    if (/[^\s.]{2}\.$/u.test(name)) name = name.slice(0, -1);
    if (!name || DESK.test(name)) continue;
    const named = agencyName(name);
    if (named) {
      agency ??= named;
      continue;
    }
    const words = name.split(' ');
    const last = i === parts.length - 1 && words.length >= 3 && !/^\p{Lu}\.$/u.test(words.at(-2)!);
    const glued = last ? agencyName(words.at(-1)!) : null;
    if (glued) {
      agency ??= glued;
      name = words.slice(0, -1).join(' ');
    }
    if (!NAME.test(name) || name.split(' ').length > 5) return null;
    names.push(name);
  }
  return { names, agency };
}

/**
 * Splits a list of names joined by commas, slashes, `and` or `&`, dropping a trailing
 * place ("Tom Balmforth in London") and agency names ("Reuters", "Reuter", "AP"). Returns
 * null when any part does not look like a person's name, so prose is never mistaken for a
 * credit, and when no person is left.
 */
export function splitNames(list: string): string[] | null {
  const read = readNames(list);
  return read && read.names.length > 0 ? read.names : null;
}

/**
 * Reads a byline paragraph: "By Dmitry Antonov and Guy Faulconbridge" gives two BYLINE
 * credits; "By Patti Domm, Reuter" one credit and the agency Reuters; "By Reuters Staff"
 * no credit and the agency. Null when the line is no byline ("By noon the talks had collapsed").
 */
export function readByline(line: string): { credits: Credit[]; agency: string | null } | null {
  const m = /^by\s+(.+)$/i.exec(squash(line));
  const read = m ? readNames(m[1]!) : null;
  if (!read || (read.names.length === 0 && read.agency === null)) return null;
  return { credits: read.names.map((name) => ({ role: 'BYLINE', name })), agency: read.agency };
}

/** The BYLINE credits of a byline paragraph; null when it is not one or names nobody. */
export function parseByline(line: string): Credit[] | null {
  const read = readByline(line);
  return read && read.credits.length > 0 ? read.credits : null;
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
  if (!m) return parseContributorLine(line);
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

// "Bryant Rousseau and Caryn Wilson contributed reporting.", "Jane Roe contributed to this
// report.", "--additional reporting from Darren Samuelsohn.", "Additional reporting by A and B."
const CONTRIBUTED = /^(.+?)\s+contributed\s+(?:reporting|research|to this (?:report|article|story))\b[^.]{0,60}\.?$/i;
const ADDITIONAL = /^[-–—\s]*additional reporting (?:from|by)\s+(.+?)\.?$/i;

/** A closing line that credits contributors without parentheses (newspaper style). */
export function parseContributorLine(line: string): Credit[] | null {
  const text = squash(line);
  const m = CONTRIBUTED.exec(text) ?? ADDITIONAL.exec(text);
  const names = m ? splitNames(m[1]!) : null;
  // Full names only: "He contributed reporting." credits nobody.
  if (!names || names.length === 0 || names.some((n) => !n.includes(' '))) return null;
  return names.map((name) => ({ role: 'ADDITIONAL_REPORTING' as const, name }));
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
