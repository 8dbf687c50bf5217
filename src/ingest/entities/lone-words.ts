// Lone words and surnames: a bare "Peskov" is the Dmitry Peskov the article names in full, a
// name in the title can stand for a later surname, and one written name keeps one type.
import { candidates, tokenize } from './hand-rules/runs.js';
import { PERSON_NAMES, isFirstName, isGivenName } from '../gazetteer/index.js';
import { NameIndex, hasSurname, isFullName, isParticleSurname, isSurnameOf, surname, type Prominence } from '../names.js';
import type { Located, Named } from './located.js';

const TITLE_NAME_WORD = /^\p{Lu}[\p{Ll}’'\-]+$|^\p{Lu}\.$/u;

/**
 * Full person names in the title ("Mark Cuban: I'd consider a future White House bid"). The
 * title has no paragraph offsets, so they give no mentions; they only let a bare surname in
 * the body ("Cuban said") resolve to the person the story is about.
 */
export function titleNames(title: string): string[] {
  const tokens = tokenize(title, 0, title.length);
  const out: string[] = [];
  for (const cand of candidates(tokens)) {
    // Only a run that is just a first name and one or two more words: a Title Case headline
    // runs its words together ("Hillary Clinton Says No To Fox News").
    const words = cand.tokens.map((t) => t.text);
    if (words.length < 2 || words.length > 3 || !isFirstName(words[0]!) || !words.slice(1).every((w) => TITLE_NAME_WORD.test(w))) continue;
    out.push(words.join(' '));
  }
  return out;
}

const SHOW_HOST = /^(?:The )?(\p{Lu}[\p{Ll}'’\-]+(?: \p{Lu}[\p{Ll}'’\-]+){1,2})(?: Morning| Radio| Late)? (?:Show|Hour|Podcast|Program)$/u;

/**
 * Gives lone capitalised words a type: the surname or given name of a full name in the
 * article ("Peskov" -> Dmitry Peskov; when several fit, the one the article is about),
 * the last word of an organisation after "the" ("the Post"), a surname of someone often
 * in the news ("Trump"), compromise's lexicon, or a speech verb after it. Anything else
 * is dropped: a lone unknown capital is more often noise than a name.
 */
export function resolveLoneWords(found: Located[], inTitle: readonly string[]): Named[] {
  const prominence = new Map<string, Prominence>();
  for (const m of found) {
    if (m.type !== 'PERSON' || !hasSurname(m.name)) continue;
    const p = prominence.get(m.name) ?? { count: 0, firstParagraph: m.ordinal };
    prominence.set(m.name, { count: p.count + 1, firstParagraph: Math.min(p.firstParagraph, m.ordinal) });
  }
  // "The Laura Ingraham Show": the host is named in full, so a later "Ingraham" is her.
  for (const m of found) {
    const host = m.type === 'OTHER' ? SHOW_HOST.exec(m.name) : null;
    if (host && isGivenName(host[1]!.split(' ')[0]!) && !prominence.has(host[1]!)) {
      prominence.set(host[1]!, { count: 0, firstParagraph: m.ordinal });
    }
  }
  // A title name never outweighs a name written in the body: it counts as no mention, last.
  const fromTitle = inTitle.filter((n) => !prominence.has(n));
  for (const n of fromTitle) prominence.set(n, { count: 0, firstParagraph: Infinity });
  const index = new NameIndex([...prominence.keys()], prominence);
  const orgs = [...new Set(found.filter((m) => m.type === 'ORGANIZATION' && m.name.includes(' ')).map((m) => m.name))].sort();
  const out: Named[] = [];
  for (const m of found) {
    if (m.type !== null && (m.type !== 'PERSON' || (isFullName(m.name) && !isParticleSurname(m.name)))) {
      out.push({ ...m, type: m.type });
      continue;
    }
    const hint = m.hint;
    // A sentence-initial word counts only as a surname ("Will" is no Will Smith).
    const full = hint?.sentenceWord ? resolveSurname(index, m.name) : index.resolve(m.name);
    if (full) {
      // Named in full only in the title: the title's name is the canonical one ("Mark Cuban").
      out.push({ ...m, name: full, type: 'PERSON', known: fromTitle.includes(full) });
      continue;
    }
    if (m.type === 'PERSON' || PERSON_NAMES.has(m.name)) {
      out.push({ ...m, type: 'PERSON' });
      continue;
    }
    if (!hint || hint.sentenceWord) continue;
    const org = hint.afterThe ? orgs.filter((o) => o.split(' ').at(-1) === m.name) : [];
    if (org.length === 1) {
      out.push({ ...m, name: org[0]!, type: 'ORGANIZATION', known: true });
    } else if (hint.lexicon === 'LOCATION' || hint.lexicon === 'ORGANIZATION') {
      out.push({ ...m, type: hint.lexicon });
    } else if (hint.lexicon === 'PERSON' || (hint.beforeSpeech && hint.lexicon === undefined && !hint.acronym)) {
      out.push({ ...m, type: 'PERSON' });
    } else if (hint.acronym && hint.lexicon === undefined && !hint.sentenceStart) {
      out.push({ ...m, type: 'ORGANIZATION' });
    }
  }
  return out;
}

/**
 * One written name, one type: "Ferguson, Missouri" makes a later lone "Ferguson" the town,
 * although compromise lists Ferguson as a surname, and "San Pedro Sula, Honduras" makes a
 * later "San Pedro Sula" a place. Names resolved to a full name are left alone.
 */
export function typeLikePlaces<T extends Named>(mentions: T[]): T[] {
  const places = new Set(mentions.filter((m) => m.type === 'LOCATION').map((m) => m.name));
  if (places.size === 0) return mentions;
  return mentions.map((m) => (m.type === 'PERSON' && places.has(m.name) ? { ...m, type: 'LOCATION' } : m));
}

/** The full name whose surname (not given name) is `word`. */
function resolveSurname(index: NameIndex, word: string): string | null {
  const full = index.resolve(word);
  return full !== null && isSurnameOf(word, full) ? full : null;
}

/**
 * One sense per article: a lone word that is the surname of a person the article names in
 * full is that person, whatever type the tagger gave it ("Justice Antonin Scalia ... Scalia").
 */
export function surnamesArePeople<T extends Named>(mentions: T[]): T[] {
  const surnames = new Set(mentions.filter((m) => m.type === 'PERSON' && isFullName(m.name)).map((m) => surname(m.name)));
  if (surnames.size === 0) return mentions;
  return mentions.map((m) => (m.type !== 'PERSON' && m.type !== 'GROUP' && !m.known && !m.name.includes(' ') && surnames.has(m.name) ? { ...m, type: 'PERSON' } : m));
}
