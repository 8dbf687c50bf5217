// What a run of capitalised words is: the rules that lift compromise's lexicon and the
// gazetteers into typed mentions. One candidate may give several mentions
// ("U.S. President-elect Donald Trump" -> United States, and Donald Trump described as
// "U.S. President-elect") or none ("WAR AND PEACE", "Sept.", "Asked").
import {
  afterRole,
  afterSpeech,
  beforeItsState,
  beforeMediaNoun,
  beforeSpeech,
  headsIndefinite,
  partyBefore,
  stateAbbreviationInPlace,
} from './context.js';
import type { Candidate, Token } from './runs.js';
import { atReportingVerb, quotedSpeech, speakerNameStart } from './speaker-evidence.js';
import { descriptionAfter, descriptionStart, innerTitleEnd, isHead, knownLength, splitTitle, titleLength } from './titles.js';
import {
  GEO_WORDS,
  NOT_NAMES,
  ORG_HEADS,
  OTHER_HEADS,
  PLACE_HEADS,
  SENTENCE_WORDS,
  SHOW_WORDS,
  WORD_FIRST_NAMES,
  isCountry,
  isDemonym,
  isFirstName,
  isGivenName,
  isStateAbbreviation,
  lexiconType,
  lookupForm,
} from '../../gazetteer/index.js';
import { HONORIFICS, NAME_PARTICLES } from '../../lexicon/index.js';
import type { EntityType } from '../../types.js';

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
  /** Capitalised only because it opens a sentence: it counts only as a known surname. */
  sentenceWord?: boolean;
  afterThe: boolean;
  beforeSpeech: boolean;
  acronym: boolean;
}

const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u;
// Broadcast call letters: "WNBC-TV", "KQED-FM".
const CALL_LETTERS = /^[KW]\p{Lu}{2,3}-(?:TV|FM|AM)$/u;

const words = (tokens: Token[]): string => tokens.map((t) => t.text).join(' ');

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

/**
 * "Bill Clinton said", "Hope Hicks, a spokeswoman": a given name that is also a word keeps
 * its capital at the start of a sentence when a name follows. Not "Will": "Will Trump win?"
 */
function givenNameFirst(tokens: Token[], from = 0): boolean {
  const t = tokens[from]!;
  return tokens.length - from > 1 && t.text !== 'Will' && WORD_FIRST_NAMES.has(t.text);
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
  // "Pacific Rim" is not a person, whatever its head ("Pacific Partnership").
  if (tokens.some((t) => GEO_WORDS.has(t.text))) return null;
  if (isFirstName(tokens[0]!.text)) return 'PERSON';
  // "Bill Cosby", "Hope Hicks": a given name that is also a word, before a word the lexicon
  // does not know or knows as a surname.
  const lastKind = lexiconType(tokens.at(-1)!.text);
  if (tokens.length <= 3 && isGivenName(tokens[0]!.text) && (lastKind === undefined || lastKind === 'PERSON')) return 'PERSON';
  // "Bill Clinton": a known surname makes a person even after an ordinary word.
  if (tokens.length <= 3 && lexiconType(tokens.at(-1)!.text) === 'PERSON') return 'PERSON';
  // Two to four plain capitalised words: in news copy, almost always a person, unless
  // one of them is an ordinary English word ("Gold Star").
  const plain = tokens.every((t) => /^\p{Lu}[\p{Ll}’'\-]+$|^\p{Lu}\.$/u.test(t.text) || NAME_PARTICLES.has(t.text));
  const common = tokens.some((t) => lexiconType(t.text) === 'COMMON' && !isFirstName(t.text));
  return plain && !common ? 'PERSON' : null;
}


/** The body named before an inner title ("CWA" in "CWA President"), if it is a name. */
function bodyBeforeTitle(tokens: Token[]): Mention | null {
  if (tokens.length === 1) {
    const t = tokens[0]!;
    const acronym = ACRONYM.test(t.text) && !NOT_NAMES.has(t.text) && lexiconType(t.text) === undefined;
    return acronym ? { name: t.text, type: 'ORGANIZATION', ...span(tokens), known: false, descriptions: [] } : null;
  }
  const type = typeOfPhrase(tokens);
  return type !== null && type !== 'PERSON' ? { name: words(tokens), type, ...span(tokens), known: false, descriptions: [] } : null;
}


/** A run made only of known names, each one a mention; null when any word is unknown. */
function knownSequence(tokens: Token[]): Mention[] | null {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const n = knownLength(tokens, i);
    if (n === 0) return null;
    const part = tokens.slice(i, i + n);
    const k = lookupForm(words(part))!;
    out.push({ name: k.name, type: k.type, ...span(part), known: true, descriptions: [] });
    i += n;
  }
  return out.length > 1 ? out : null;
}

/** The mentions one candidate run gives. */
export function classify(text: string, all: Token[], cand: Candidate): Mention[] {
  let tokens = cand.tokens;
  let first = cand.first;
  const out: Mention[] = [];

  // Sentence-initial capitals: drop an opening word that is only capitalised by position.
  const whole = lookupRun(tokens);
  if (!whole) {
    // A lone one may still be a surname the article gives in full ("Dean, a former
    // governor"): keep it for resolution, which accepts nothing else for it.
    const t = tokens[0]!;
    if (tokens.length === 1 && isSentenceWord(t) && !SENTENCE_WORDS.has(t.text) && !NOT_NAMES.has(t.text)) {
      const hint: LoneWordHint = { lexicon: lexiconType(t.text), sentenceStart: true, sentenceWord: true, afterThe: false, beforeSpeech: false, acronym: false };
      return [{ name: t.text, type: null, ...span(tokens), known: false, descriptions: [], hint }];
    }
    // Counted first and sliced once: slicing word by word was quadratic on a long run ("The The ...").
    let drop = 0;
    while (drop < tokens.length && ((isSentenceWord(tokens[drop]!) && !givenNameFirst(tokens, drop)) || (tokens[drop]!.text === 'The' && tokens.length - drop > 1))) drop++;
    tokens = tokens.slice(drop);
    first += drop;
    if (tokens.length === 0) return out;
  }
  const lastIndex = first + tokens.length - 1;

  // "the Republican party": a lower-case "party" completes the name.
  const party = partyBefore(all, lastIndex, words(tokens));
  if (party) {
    out.push({ name: party.name, type: party.type, start: tokens[0]!.start, end: all[lastIndex + 1]!.end, known: true, descriptions: [] });
    return out;
  }

  const known = whole ?? lookupRun(tokens);
  if (known) {
    // "The Kremlin": the article is not part of the name unless the name says so.
    if (tokens[0]!.text === 'The' && tokens.length > 1 && !known.name.startsWith('The ')) tokens = tokens.slice(1);
    if (tokens.length === 1 && isStateAbbreviation(tokens[0]!.text) && !stateAbbreviationInPlace(all, first)) return out;
    out.push({ name: known.name, type: known.type, ...span(tokens), known: true, descriptions: [] });
    return out;
  }

  // "U.S. Department of Justice": a country before a known body is part of its name
  // ("New Hampshire GOP" stays a state and a party).
  const lead = knownLength(tokens, 0);
  const leadKnown = lead > 0 ? lookupForm(words(tokens.slice(0, lead)))! : undefined;
  if (lead < tokens.length && leadKnown?.type === 'LOCATION' && isCountry(leadKnown.name)) {
    const body = lookupRun(tokens.slice(lead));
    if (body && body.type === 'ORGANIZATION') {
      out.push({ name: body.name, type: body.type, ...span(tokens), known: true, descriptions: [] });
      return out;
    }
  }

  // "New Hampshire GOP", "SiriusXM Apple Music": names written side by side.
  const sequence = knownSequence(tokens);
  if (sequence) return sequence;

  let { title, inside, rest } = splitTitle(tokens);
  const end = innerTitleEnd(rest);
  if (end !== null) {
    let k = end - 1;
    while (k > 0 && titleLength(rest, k - 1) > 0) k--;
    // The body before the title, with any leading title words ("Republican National
    // Committee") or without them ("Former CWA").
    const body = k === 0 ? null : bodyBeforeTitle(tokens.slice(0, title.length + k)) ?? bodyBeforeTitle(rest.slice(0, k));
    if (body) out.push(body);
    title = tokens.slice(0, title.length + end);
    rest = rest.slice(end);
  }
  for (const part of inside) {
    const k = lookupForm(words(part))!;
    out.push({ name: k.name, type: k.type, ...span(part), known: true, descriptions: [] });
  }
  if (rest.length === 0) return out;
  const restFirst = first + title.length;

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
  if (title.length > 0 && isHead(head)) {
    const type = typeOfPhrase(tokens);
    if (type === null || tokens.length < 2) return out;
    out.length = 0;
    out.push({ name: words(tokens), type, ...span(tokens), known: false, descriptions: [] });
    return out;
  }

  // "Time magazine", "WNBC-TV": a publication or channel.
  if (title.length === 0 && (beforeMediaNoun(all, lastIndex) || (rest.length === 1 && CALL_LETTERS.test(rest[0]!.text)))) {
    if (rest.some((t) => NOT_NAMES.has(t.text) || isDemonym(t.text))) return out;
    out.push({ name: words(rest), type: 'ORGANIZATION', ...span(rest), known: false, descriptions: [] });
    return out;
  }

  // "Black said", "Cuban told": a word that is usually no name, at a reporting verb, may still
  // be the surname of a person the article names in full; it counts as nothing else.
  const speech = beforeSpeech(all, lastIndex, false) || afterSpeech(all, restFirst);
  if (rest.length === 1) {
    const t = rest[0]!;
    if ((NOT_NAMES.has(t.text) || isDemonym(t.text)) && speech && title.length === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text)) {
      const hint: LoneWordHint = { lexicon: lexiconType(t.text), sentenceStart: t.sentenceStart, sentenceWord: true, afterThe: false, beforeSpeech: true, acronym: false };
      return [{ name: t.text, type: null, ...span(rest), known: false, descriptions: [], hint }];
    }
    if (NOT_NAMES.has(t.text) || isDemonym(t.text)) return out;
    const hint: LoneWordHint = {
      lexicon: lexiconType(t.text),
      sentenceStart: t.sentenceStart,
      afterThe: restFirst > 0 && /^the$/i.test(all[restFirst - 1]!.text) && all[restFirst - 1]!.joinsNext,
      beforeSpeech: beforeSpeech(all, lastIndex, t.sentenceStart) || quotedSpeech(all, restFirst, lastIndex),
      acronym: ACRONYM.test(t.text),
    };
    // "Henderson, Nev.": a word before a comma and a state or country is a place.
    if (title.length === 0 && hint.lexicon !== 'ORGANIZATION' && beforeItsState(all, lastIndex)) {
      out.push({ name: t.text, type: 'LOCATION', ...span(rest), known: false, descriptions: [] });
      return out;
    }
    // After a title ("President Obama", "Mr. Peskov") or a role ("his wife, Melania") a lone word is a person.
    const type: EntityType | null = title.length > 0 || (afterRole(all, restFirst) && !hint.acronym) ? 'PERSON' : null;
    out.push({ name: t.text, type, ...span(rest), known: false, descriptions, hint });
    return out;
  }

  if (title.length === 0 && beforeItsState(all, lastIndex)) {
    out.push({ name: words(rest), type: 'LOCATION', ...span(rest), known: false, descriptions: [] });
    return out;
  }
  let type = title.length > 0 && !ORG_HEADS.has(rest.at(-1)!.text) ? 'PERSON' : typeOfPhrase(rest);
  // "his spokeswoman, Hope Hicks": a role before plain words makes them a person.
  if (type === null && title.length === 0 && afterRole(all, restFirst) && rest.length <= 3 && rest.every((t) => /^\p{Lu}[\p{Ll}’'\-]+$/u.test(t.text) && !NOT_NAMES.has(t.text))) {
    type = 'PERSON';
  }
  // "said Charlie Black", "Mark Cuban said": a first name and plain words at a reporting verb
  // are a person even when the surname is also a word or a demonym.
  if (type === null && title.length === 0 && speech && rest.length <= 3 && isFirstName(rest[0]!.text) && rest.every((t) => /^\p{Lu}[\p{Ll}’'\-]+$|^\p{Lu}\.$/u.test(t.text))) {
    type = 'PERSON';
  }
  // "said Dean Baker", "said Chicago Alderman Jason C. Ervin": the name at a reporting verb
  // is a person; a known place or body before it stays what it is.
  const speaker = type === null && atReportingVerb(all, restFirst, lastIndex) ? speakerNameStart(rest) : -1;
  if (speaker >= 0) {
    if (lead > 0 && title.length === 0 && lead <= speaker) {
      out.push({ name: leadKnown!.name, type: leadKnown!.type, ...span(tokens.slice(0, lead)), known: true, descriptions: [] });
    }
    const name = rest.slice(speaker);
    if (speaker > 0) descriptions.unshift(words(rest.slice(0, speaker)));
    out.push({ name: words(name), type: 'PERSON', ...span(name), known: false, descriptions });
    return out;
  }
  if (type === null) {
    // "Fox News Sunday", "Breitbart News Daily": a broadcaster's name before show words is a show.
    if (lead > 0 && leadKnown!.type === 'ORGANIZATION' && tokens.slice(lead).every((t) => SHOW_WORDS.has(t.text))) {
      return [{ name: words(tokens), type: 'OTHER', ...span(tokens), known: false, descriptions: [] }];
    }
    // "SiriusXM Patriot", "HuffPost Politics": keep the known name the run opens with.
    if (lead > 0 && title.length === 0 && out.length === 0) {
      out.push({ name: leadKnown!.name, type: leadKnown!.type, ...span(tokens.slice(0, lead)), known: true, descriptions: [] });
    }
    return out;
  }
  // "a state-designated Level I Trauma Center": a kind of place, not a named one.
  if (type !== 'PERSON' && title.length === 0 && headsIndefinite(all, restFirst, lastIndex)) return out;
  if (type !== 'PERSON' && title.length > 0) {
    // "Foreign Ministry", "House Intelligence Committee": the title words belong to the name.
    out.length = 0;
    out.push({ name: words(tokens), type, ...span(tokens), known: false, descriptions: [] });
    return out;
  }
  out.push({ name: words(rest), type, ...span(rest), known: false, descriptions: type === 'PERSON' ? descriptions : [] });
  return out;
}
