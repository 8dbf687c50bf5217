// What the features read about an entity or one of its mentions, computed once per article
// (ReferentResolver caches them): an entity's name, description and title words, whether its
// name looks like a news outlet's or an organisation's; whether a mention speaks ("Henson
// said") and how it stands in its sentence ("Trump supporter", "Trump’s", "with Trump").
import { ORG_HEADS } from '../../gazetteer/index.js';
import { isReportingVerb } from '../../lexicon/reporting-verbs.js';
import type { Speaker } from '../speakers.js';
import type { Span } from '../../types.js';
import { headClassOf } from './source.js';
import { MEDIA_NAME } from '../../lexicon/description-heads.js';

export interface EntityFacts {
  /** Lower-case words of the name and aliases ("international", "monetary", "fund"). */
  readonly name: ReadonlySet<string>;
  /** Lower-case words of the descriptions ("kremlin", "spokesman"). */
  readonly description: ReadonlySet<string>;
  /** Titles and appositions written at the mentions (contextWords), computed on first use. */
  readonly context: ReadonlySet<string>;
  /** An organisation named like a news outlet ("The Washington Post", "CNN"). */
  readonly mediaNamed: boolean;
  /** A person named like an organisation ("Family Association"). */
  readonly orgNamed: boolean;
}

/** How a mention stands in its sentence: see mentionRole. */
export type MentionRole = 'plain' | 'possessive' | 'preposition' | 'premodifier';

export interface MentionFacts {
  /** It is the subject of a reporting verb ("Henson said", "said Henson", "according to Henson"). */
  speaks: boolean;
  role: MentionRole;
}

const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{N}\-]*/gu;
const wordSet = (forms: readonly string[]): Set<string> => new Set(forms.flatMap((f) => f.toLowerCase().match(NAME_WORD) ?? []));


/** The facts of an entity, each computed on first use (most candidates need only a few). */
export function entityFacts(text: string, e: Speaker): EntityFacts {
  let name: Set<string> | null = null;
  let description: Set<string> | null = null;
  let context: Set<string> | null = null;
  let mediaNamed: boolean | null = null;
  let orgNamed: boolean | null = null;
  return {
    get name() {
      return (name ??= wordSet([e.name, ...e.aliases]));
    },
    get description() {
      return (description ??= wordSet(e.descriptions));
    },
    get context() {
      return (context ??= contextWords(text, e));
    },
    get mediaNamed() {
      return (mediaNamed ??= e.type === 'ORGANIZATION' && MEDIA_NAME.test(e.name));
    },
    get orgNamed() {
      return (orgNamed ??= e.type === 'PERSON' && ORG_HEADS.has(e.name.split(/\s+/).at(-1)!));
    },
  };
}

const WORDS = /[\p{L}][\p{L}\-]*\.?/gu;
// Abbreviated titles as the head noun of a description writes them.
const TITLES: Record<string, string> = { 'sen.': 'senator', 'gov.': 'governor', 'rep.': 'representative', 'pres.': 'president', 'gen.': 'general', 'sec.': 'secretary', 'lt.': 'lieutenant', 'atty.': 'attorney', 'amb.': 'ambassador', 'supt.': 'superintendent' };
// Punctuation that ends a clause before a title: not the stop of "Sen." or "U.S.".
const CLAUSE_END = /(?:[;:!?]|(?<!\b\p{Lu}\p{Ll}{0,3})\.)\s/gu;
const STOP = /^(?:the|a|an|of|and|for|to|in|at|on|by|with|from|who|which|that|is|was|has|had|said|says|told|his|her|their|its|former|then|also|mr\.?|mrs\.?|ms\.?|dr\.?)$/;
const APPOSED = /^,\s+((?:the|a|an)\s+[^,.;:“”"()]{1,60})[,.]/;

/**
 * The words written at an entity's mentions: up to four words before each, back to
 * punctuation or the paragraph's start ("Florida Sen. Marco Rubio" -> florida, senator), and an apposition set off by a
 * comma after it ("Rubio, the Florida senator," -> florida, senator), lower case.
 */
export function contextWords(text: string, e: Speaker): Set<string> {
  const out = new Set<string>();
  const add = (chunk: string, take: number, fromEnd: boolean): void => {
    const words = chunk.match(WORDS) ?? [];
    for (const w of fromEnd ? words.slice(-take) : words.slice(0, take)) {
      const lower = w.toLowerCase();
      const word = TITLES[lower] ?? lower.replace(/\.$/, '');
      if (!STOP.test(word)) out.add(word);
    }
  };
  for (const m of e.mentions) {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    let from = Math.max(before.lastIndexOf(','), before.lastIndexOf('“'), before.lastIndexOf('"'), before.lastIndexOf('('), before.lastIndexOf('\n'));
    for (const b of before.matchAll(CLAUSE_END)) from = Math.max(from, b.index);
    add(before.slice(from + 1), 4, true);
    const after = APPOSED.exec(text.slice(m.end, m.end + 80));
    if (after) add(after[1]!, 6, false);
  }
  return out;
}

const APPOSITION = /^,[^,.;:“”"()]{1,100},/u;
const VERB_AFTER = /^[\s,]*(?:(?:also|then|later|has|had|have|would|will|once|previously)\s+)?(\p{Ll}+)/u;
// An inverted subject: "said Henson", "according to Henson" (not "told Henson": an addressee).
const SPEAKER_AFTER_VERB = /(?:\b(?:said|says|added|adds|wrote|writes|explained|noted|continued|recalled|according\s+to)|[,”"]\s*(?:said|says|added|wrote))\s+$/;
const PREPOSITION_RIGHT_BEFORE = /\b(?:to|with|from|for|at|by|about|against|of|in|on|into|toward|towards|than|like|over|under|behind|between|among|after|before)\s+$/i;
const NEXT_WORD = /^\s+(\p{Ll}[\p{Ll}\-]*)/u;

/**
 * The facts of a mention: "Henson said", "O'Hanlon, a policy expert at the Brookings
 * Institution, says", "said Henson" speak; "Donald Trump supporter" is a premodifier (a name
 * that modifies a noun is not who the sentence is about), "Trump’s lawyer" a possessive, "in
 * an interview with Hannity" after a preposition, else plain.
 */
export function mentionFacts(text: string, m: Span): MentionFacts {
  const apposition = APPOSITION.exec(text.slice(m.end, m.end + 120));
  const from = m.end + (apposition ? apposition[0].length : 0);
  const verb = VERB_AFTER.exec(text.slice(from, from + 30));
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  const speaks = (verb !== null && isReportingVerb(verb[1]!)) || SPEAKER_AFTER_VERB.test(before);
  const after = text.slice(m.end, m.end + 24);
  let role: MentionRole = 'plain';
  if (/^[’']/.test(after)) role = 'possessive';
  else if (PREPOSITION_RIGHT_BEFORE.test(before)) role = 'preposition';
  else {
    const next = NEXT_WORD.exec(after)?.[1];
    if (next && !isReportingVerb(next) && headClassOf(next) !== 'none') role = 'premodifier';
  }
  return { speaks, role };
}
