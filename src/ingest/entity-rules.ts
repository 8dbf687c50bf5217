// What a run of capitalised words is: the rules that lift compromise's lexicon and the
// gazetteers into typed mentions. One candidate may give several mentions
// ("U.S. President-elect Donald Trump" -> United States, and Donald Trump described as
// "U.S. President-elect") or none ("WAR AND PEACE", "Sept.", "Asked").
import type { Candidate, Token } from './entity-spans.js';
import {
  HONORIFICS,
  MODIFIER_WORDS,
  NOT_NAMES,
  ORG_HEADS,
  OTHER_HEADS,
  PLACE_HEADS,
  ROLE_WORDS,
  SENTENCE_WORDS,
  TITLE_PHRASES,
  TITLE_WORDS,
  isDemonym,
  isFirstName,
  lexiconType,
  lookupForm,
} from './gazetteer/index.js';
import type { EntityType } from './types.js';

export interface Mention {
  /** The canonical name when known (gazetteer), else the name as written. */
  name: string;
  /** null: a lone word still to be resolved against the article's other names. */
  type: EntityType | null;
  start: number;
  end: number;
  /** The gazetteer decided the canonical name: keep it over longer written forms. */
  known: boolean;
  descriptions: string[];
  /** For lone words: what else is known about them. */
  hint?: LoneWordHint;
}

export interface LoneWordHint {
  lexicon: EntityType | 'COMMON' | undefined;
  sentenceStart: boolean;
  afterThe: boolean;
  beforeSpeech: boolean;
  acronym: boolean;
}

const SPEECH = /^(?:said|says|told|added|asked|wrote|tweeted|stated|explained|argued|noted|continued|responded|replied|claimed|insisted|warned|declared|announced|recalled|acknowledged|admitted|suggested|predicted|urged|has|had|is|was|who|will|would)$/;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u;

const words = (tokens: Token[]): string => tokens.map((t) => t.text).join(' ');
const lower = (t: Token): string => t.text.toLowerCase();

function span(tokens: Token[]): { start: number; end: number } {
  return { start: tokens[0]!.start, end: tokens.at(-1)!.end };
}

/** Gazetteer match of the whole run, also without a leading "The". */
function lookupRun(tokens: Token[]): ReturnType<typeof lookupForm> {
  return lookupForm(words(tokens)) ?? (tokens[0]?.text === 'The' && tokens.length > 1 ? lookupForm(words(tokens.slice(1))) : undefined);
}

/** A capitalised word that only opens a sentence ("The", "Asked", "Meanwhile"). */
function isSentenceWord(t: Token): boolean {
  if (!t.sentenceStart) return false;
  if (SENTENCE_WORDS.has(t.text)) return true;
  if (lookupForm(t.text) || isFirstName(t.text)) return false;
  if (lexiconType(t.text) === 'COMMON') return true;
  return /^\p{Lu}\p{Ll}+(?:ly|ing|ed)$/u.test(t.text) && lexiconType(t.text) === undefined;
}

/** Longest title phrase or title word starting at `i` ("Secretary of State", "President"). */
const PHRASES_BY_FIRST = new Map<string, string[][]>();
for (const phrase of TITLE_PHRASES) {
  const parts = phrase.split(' ');
  PHRASES_BY_FIRST.set(parts[0]!, [...(PHRASES_BY_FIRST.get(parts[0]!) ?? []), parts]);
}

function titleLength(tokens: Token[], i: number): number {
  for (const parts of PHRASES_BY_FIRST.get(tokens[i]!.text) ?? []) {
    if (parts.every((p, k) => tokens[i + k]?.text === p)) return parts.length;
  }
  return TITLE_WORDS.has(tokens[i]!.text) ? 1 : 0;
}

/** A known entity of 1-3 words starting at `i` ("White House", "U.S."). */
function knownLength(tokens: Token[], i: number): number {
  for (let n = Math.min(3, tokens.length - i); n >= 1; n--) {
    if (lookupForm(words(tokens.slice(i, i + n)))) return n;
  }
  return 0;
}

interface TitleSplit {
  /** Tokens of the title ("U.S. President-elect"); empty when there is none. */
  title: Token[];
  /** Known entities inside the title ("U.S." in "U.S. President"). */
  inside: Token[][];
  rest: Token[];
}

/**
 * Splits a leading title off a run: titles, demonyms and known places or bodies
 * before a title word ("British Prime Minister", "Kremlin spokesman" is handled by
 * descriptionBefore since "spokesman" is lower-case).
 */
function splitTitle(tokens: Token[]): TitleSplit {
  let i = 0;
  let end = 0;
  const inside: Token[][] = [];
  const pending: Token[][] = [];
  while (i < tokens.length) {
    const t = titleLength(tokens, i);
    if (t > 0) {
      i += t;
      end = i;
      inside.push(...pending.splice(0));
      continue;
    }
    if (isDemonym(tokens[i]!.text)) {
      i++;
      continue;
    }
    const k = knownLength(tokens, i);
    if (k > 0 && i + k < tokens.length) {
      pending.push(tokens.slice(i, i + k));
      i += k;
      continue;
    }
    break;
  }
  return { title: tokens.slice(0, end), inside, rest: tokens.slice(end) };
}

/** Type of an unknown run of two or more words, from its last word or compromise's lexicon. */
function typeOfPhrase(tokens: Token[]): EntityType | null {
  // "Association of Flight Attendants": the head is the word before the connector.
  const connector = tokens.findIndex((t) => /^(?:of|for|on)$/.test(t.text));
  const last = tokens[connector > 0 ? connector - 1 : tokens.length - 1]!.text;
  if (ORG_HEADS.has(last)) return 'ORGANIZATION';
  if (PLACE_HEADS.has(last)) return 'LOCATION';
  if (OTHER_HEADS.has(last)) return 'OTHER';
  if (tokens[0]!.text === 'Operation') return 'OTHER';
  if (/^(?:River|Lake|Mount|Mt\.|Fort|Port|Cape|Gulf|Isle|Lake|Camp)$/.test(tokens[0]!.text)) return 'LOCATION';
  const lex = lexiconType(words(tokens));
  if (lex && lex !== 'COMMON') return lex;
  if (tokens.length > 4) return null;
  if (tokens.some((t) => NOT_NAMES.has(t.text) || isDemonym(t.text) || /^\p{Lu}{2,}$/u.test(t.text))) return null;
  if (isFirstName(tokens[0]!.text)) return 'PERSON';
  // "Bill Clinton": a known surname makes a person even after an ordinary word.
  if (tokens.length <= 3 && lexiconType(tokens.at(-1)!.text) === 'PERSON') return 'PERSON';
  // Two to four plain capitalised words: in news copy, almost always a person, unless
  // one of them is an ordinary English word ("Gold Star").
  const plain = tokens.every((t) => /^\p{Lu}[\p{Ll}’'\-]+$|^\p{Lu}\.$/u.test(t.text) || /^(?:de|van|von|der|den|du|da|del|della|al|bin|la|le)$/.test(t.text));
  const common = tokens.some((t) => lexiconType(t.text) === 'COMMON' && !isFirstName(t.text));
  return plain && !common ? 'PERSON' : null;
}

/**
 * Where the lower-case or title words just before a name start, when they describe it
 * ("Kremlin spokesman Dmitry Peskov", "Republican presidential nominee Donald Trump").
 * Returns the index of the first describing token, or null.
 */
function descriptionStart(all: Token[], first: number, needRole: boolean): number | null {
  let i = first - 1;
  let hasRole = false;
  while (i >= 0) {
    const t = all[i]!;
    if (!t.joinsNext) break;
    const w = lower(t);
    const ok = ROLE_WORDS.has(w) || MODIFIER_WORDS.has(w) || TITLE_WORDS.has(t.text) || isDemonym(t.text) || lookupForm(t.text) !== undefined;
    if (!ok) break;
    if (ROLE_WORDS.has(w) || (TITLE_WORDS.has(t.text) && !HONORIFICS.has(t.text))) hasRole = true;
    i--;
    if (t.sentenceStart) break;
  }
  let from = i + 1;
  while (from < first && /^(?:the|of|and|a|an)$/i.test(all[from]!.text)) from++;
  if ((needRole && !hasRole) || from >= first) return null;
  return from;
}

/** An apposition after a name: "Dmitry Peskov, the Kremlin spokesman, said". */
export function descriptionAfter(text: string, all: Token[], last: number): string | null {
  const t = all[last]!;
  if (!/^, *$/.test(t.gapAfter)) return null;
  let i = last + 1;
  while (i < all.length && /^(?:the|a|an)$/.test(all[i]!.text)) i++;
  const from = i;
  let hasRole = false;
  for (; i < all.length && i - from < 7; i++) {
    const w = all[i]!;
    const lw = lower(w);
    if (!(ROLE_WORDS.has(lw) || MODIFIER_WORDS.has(lw) || w.cap || lw === 'for' || lw === 'at' || lw === 'to')) return null;
    if (ROLE_WORDS.has(lw)) hasRole = true;
    if (!w.joinsNext) {
      if (!/^[,.;)]/.test(w.gapAfter) || !hasRole || !ROLE_WORDS.has(lw) && !w.cap) return null;
      return text.slice(all[from]!.start, w.end);
    }
  }
  return null;
}

/** The mentions one candidate run gives. */
export function classify(text: string, all: Token[], cand: Candidate): Mention[] {
  let tokens = cand.tokens;
  let first = cand.first;
  const out: Mention[] = [];

  // Sentence-initial capitals: drop an opening word that is only capitalised by position.
  const whole = lookupRun(tokens);
  if (!whole) {
    while (tokens.length > 0 && (isSentenceWord(tokens[0]!) || (tokens[0]!.text === 'The' && tokens.length > 1))) {
      tokens = tokens.slice(1);
      first++;
    }
    if (tokens.length === 0) return out;
  }

  const known = whole ?? lookupRun(tokens);
  if (known) {
    // "The Kremlin": the article is not part of the name unless the name says so.
    if (tokens[0]!.text === 'The' && tokens.length > 1 && !known.name.startsWith('The ')) tokens = tokens.slice(1);
    out.push({ name: known.name, type: known.type, ...span(tokens), known: true, descriptions: [] });
    return out;
  }

  // "U.S. Department of Justice": a country before a known body is part of its name.
  const lead = knownLength(tokens, 0);
  if (lead > 0 && lead < tokens.length && lookupForm(words(tokens.slice(0, lead)))!.type === 'LOCATION') {
    const body = lookupRun(tokens.slice(lead));
    if (body && body.type === 'ORGANIZATION') {
      out.push({ name: body.name, type: body.type, ...span(tokens), known: true, descriptions: [] });
      return out;
    }
  }

  const { title, inside, rest } = splitTitle(tokens);
  for (const part of inside) {
    const k = lookupForm(words(part))!;
    out.push({ name: k.name, type: k.type, ...span(part), known: true, descriptions: [] });
  }
  if (rest.length === 0) return out;
  const restFirst = first + title.length;
  const lastIndex = first + tokens.length - 1;

  const descriptions: string[] = [];
  if (title.length > 0 && !(title.length === 1 && HONORIFICS.has(title[0]!.text))) {
    const from = descriptionStart(all, first, false) ?? first;
    descriptions.push(text.slice(all[from]!.start, title.at(-1)!.end));
  } else {
    const from = descriptionStart(all, restFirst, true);
    if (from !== null) descriptions.push(text.slice(all[from]!.start, all[restFirst - 1]!.end));
  }
  const after = descriptionAfter(text, all, lastIndex);
  if (after) descriptions.push(after);

  const restKnown = lookupRun(rest);
  if (restKnown) {
    out.push({ name: restKnown.name, type: restKnown.type, ...span(rest), known: true, descriptions: [] });
    return out;
  }

  // "Executive Order", "Democrat Party": a title word before a head word is part of the name.
  const head = rest.at(-1)!.text;
  if (title.length > 0 && (ORG_HEADS.has(head) || PLACE_HEADS.has(head) || OTHER_HEADS.has(head))) {
    const type = typeOfPhrase(tokens);
    if (type === null || tokens.length < 2) return out;
    out.length = 0;
    out.push({ name: words(tokens), type, ...span(tokens), known: false, descriptions: [] });
    return out;
  }

  if (rest.length === 1) {
    const t = rest[0]!;
    if (NOT_NAMES.has(t.text) || isDemonym(t.text)) return out;
    const prev = all[restFirst - 1];
    const next = all[lastIndex + 1];
    const hint: LoneWordHint = {
      lexicon: lexiconType(t.text),
      sentenceStart: t.sentenceStart,
      afterThe: prev !== undefined && /^the$/i.test(prev.text) && prev.joinsNext,
      beforeSpeech: next !== undefined && t.joinsNext && SPEECH.test(next.text),
      acronym: ACRONYM.test(t.text),
    };
    // "Henderson, Nev.": a word before a comma and a state or country is a place.
    const after = next ? lookupForm(next.text) : undefined;
    if (/^, $/.test(t.gapAfter) && after?.type === 'LOCATION' && title.length === 0 && hint.lexicon !== 'ORGANIZATION') {
      out.push({ name: t.text, type: 'LOCATION', ...span(rest), known: false, descriptions: [] });
      return out;
    }
    // After a title ("President Obama", "Mr. Peskov") a lone word is a person.
    const type: EntityType | null = title.length > 0 ? 'PERSON' : null;
    out.push({ name: t.text, type, ...span(rest), known: false, descriptions, hint });
    return out;
  }

  const type = title.length > 0 && !ORG_HEADS.has(rest.at(-1)!.text) ? 'PERSON' : typeOfPhrase(rest);
  if (type === null) return out;
  if (type !== 'PERSON' && title.length > 0) {
    // "Foreign Ministry", "House Intelligence Committee": the title words belong to the name.
    out.length = 0;
    out.push({ name: words(tokens), type, ...span(tokens), known: false, descriptions: [] });
    return out;
  }
  out.push({ name: words(rest), type, ...span(rest), known: false, descriptions: type === 'PERSON' ? descriptions : [] });
  return out;
}
