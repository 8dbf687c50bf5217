// The lexicon (issue 18): every word list of ingestion once. These are facts the readers and
// the entity and quote rules rely on, and checks that the gazetteer hands out the same lists.
import { describe, expect, it } from 'vitest';
import * as gazetteer from '../../src/ingest/gazetteer/index.js';
import {
  ABBREVIATIONS,
  AGENCIES,
  COMPANY_SUFFIXES,
  COURTESY_TITLE,
  HONORIFICS,
  MONTH_NAMES,
  NAME_PARTICLES,
  NAME_SUFFIX,
  ROLE_WORDS,
  SURNAME_PREFIXES,
  TITLE_PHRASES,
  TITLE_WORD,
  TITLE_WORDS,
  WEEKDAYS,
  agencyName,
  alternation,
} from '../../src/ingest/lexicon/index.js';

describe('lexicon', () => {
  it('names the agency in every way a byline writes it, and nothing else', () => {
    for (const form of ['Reuter', 'Reuters', 'REUTERS', 'Reuters.', 'Reutersd', 'Reuter Staff', 'Reuters staff']) expect(agencyName(form), form).toBe('Reuters');
    expect(agencyName('AP')).toBe('AP');
    expect(agencyName('Associated Press')).toBe('AP');
    expect(agencyName('The Associated Press')).toBe('AP');
    expect(agencyName('AFP')).toBe('AFP');
    expect(agencyName('Agence France-Presse')).toBe('AFP');
    expect(agencyName('UPI')).toBe('UPI');
    expect(agencyName('Bloomberg')).toBe('Bloomberg');
    // People, a stray letter on a short form, and a cut-off form are no agency.
    for (const form of ['Patti Domm', 'Michael Bloomberg', 'APT', 'Reute', 'Reutersdd', 'staff']) expect(agencyName(form), form).toBeNull();
    // Each agency goes by its first form, and no form names two agencies.
    const forms = AGENCIES.flat().map((f) => f.toLowerCase());
    expect(new Set(forms).size).toBe(forms.length);
    expect(AGENCIES.map((a) => agencyName(a[0]!))).toEqual(AGENCIES.map((a) => a[0]));
  });

  it('has the company suffixes, and the gazetteer types a phrase ending in one as an organisation', () => {
    for (const s of ['Inc', 'Corp', 'Co', 'Ltd', 'Plc', 'LLC', 'NV', 'AG', 'SA', 'GmbH']) expect(COMPANY_SUFFIXES.has(s), s).toBe(true);
    for (const head of ['Inc', 'Inc.', 'Corp.', 'Plc', 'AG', 'GmbH', 'LLC', 'Group', 'Holdings']) expect(gazetteer.ORG_HEADS.has(head), head).toBe(true);
  });

  it('has the lower-case name particles, and "of" is none of them', () => {
    for (const p of ['bin', 'van', 'von', 'de', 'der', 'del', 'della', 'al', 'el', 'ibn', 'abu', 'dos']) expect(NAME_PARTICLES.has(p), p).toBe(true);
    expect(NAME_PARTICLES.has('of')).toBe(false);
    expect([...NAME_PARTICLES].every((p) => p === p.toLowerCase())).toBe(true);
  });

  it('tells courtesy titles, generational suffixes and the honorifics dropped from names', () => {
    expect(['Mr.', 'Mr', 'Mrs.', 'Ms', 'Dr.'].every((w) => COURTESY_TITLE.test(w))).toBe(true);
    expect(['Sen.', 'Sir', 'Mister'].some((w) => COURTESY_TITLE.test(w))).toBe(false);
    expect(['Jr.', 'Jr', 'Sr.', 'II', 'III', 'IV'].every((w) => NAME_SUFFIX.test(w))).toBe(true);
    expect(NAME_SUFFIX.test('Junior')).toBe(false);
    for (const h of ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sen.', 'Sir', 'Prof.', 'Jr.', 'Jr', 'III']) expect(HONORIFICS.has(h), h).toBe(true);
  });

  it('reads title words with or without their stop, and keeps the phrases whole', () => {
    for (const w of ['President', 'Sen', 'Sen.', 'Gov.', 'Prime', 'Prof.', 'Mayor']) expect(TITLE_WORD.test(w), w).toBe(true);
    for (const w of ['Smith', 'president', 'Sen..']) expect(TITLE_WORD.test(w), w).toBe(false);
    expect(TITLE_WORDS.has('Sen.')).toBe(true);
    expect(TITLE_PHRASES).toContain('Secretary of State');
    expect(ROLE_WORDS.has('spokesman') && ROLE_WORDS.has('wife')).toBe(true);
  });

  it('has the calendar words in order, the surname prefixes and the abbreviations', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect([MONTH_NAMES[0], MONTH_NAMES[8]]).toEqual(['January', 'September']);
    expect(WEEKDAYS).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    for (const p of ['O’', "O'", 'Mc', 'Mac', 'De']) expect(SURNAME_PREFIXES.has(p), p).toBe(true);
    for (const a of ['Inc', 'Sen', 'Sept', 'Calif', 'Jr']) expect(ABBREVIATIONS.has(a), a).toBe(true);
  });

  it('builds an alternation longest first, with regex characters escaped', () => {
    expect(alternation(['a', 'a.b', 'ab', 'bc'])).toBe('a\\.b|ab|bc|a');
    expect(new RegExp(`^(?:${alternation(NAME_PARTICLES)})$`).test('della')).toBe(true);
  });

  it('is where the gazetteer takes its name and title lists from: the same sets, not copies', () => {
    expect(gazetteer.HONORIFICS).toBe(HONORIFICS);
    expect(gazetteer.TITLE_WORDS).toBe(TITLE_WORDS);
    expect(gazetteer.TITLE_PHRASES).toBe(TITLE_PHRASES);
    expect(gazetteer.ROLE_WORDS).toBe(ROLE_WORDS);
    expect(gazetteer.MONTH_NAMES).toBe(MONTH_NAMES);
  });
});
