// The speaker mention written next to a reporting cue: the subject before it ("Peskov",
// "Peskov, the Kremlin spokesman,", "the senator, who", "Powell’s office") or the inverted
// subject after it ("said Peskov", "according to the Kremlin", "said the bureau's director,
// James B. Comey,"). Pure text work on one paragraph (the gazetteer only tells a state from a
// name); finding the cues is frames.ts, resolving a mention to an entity is
// speakers.ts.
import { lookupForm } from '../gazetteer/index.js';
import { ABBREVIATIONS, COMPANY_SUFFIXES, COURTESY_TITLE, NAME_PARTICLES, MONTH_NAMES, NAME_SUFFIXES, ROLE_WORDS, TITLE_WORD, WEEKDAYS, alternation } from '../lexicon/index.js';
import type { Span } from '../types.js';

export type MentionKind = 'NAME' | 'PRONOUN' | 'NOMINAL';

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
  /**
   * Set on a relative pronoun subject ("the senator, who said"): the phrase it stands for,
   * which names the speaker; null when that phrase was not found (the speaker stays unknown).
   */
  antecedent?: Mention | null;
}

// A name as written: capitalised words with particles, initials and inner hyphens or
// apostrophes ("Dmitry Peskov", "Beto O’Rourke", "Charles de Gaulle", "U.S. Sen. Ted Cruz").
const CAP = String.raw`(?:\p{Lu}[\p{L}\p{M}\p{N}'’.\-&]*)`;
// "of" joins a name run too: "Secretary of State John Kerry", "Bank of America".
const PARTICLE = String.raw`(?:${alternation(NAME_PARTICLES)}|of)`;
const NAME_RUN = String.raw`${CAP}(?:\s+(?:${PARTICLE}\s+)?${CAP})*`;
const NAME_AT_END = new RegExp(String.raw`(?:\b(?:the|The)\s+)?${NAME_RUN}$`, 'u');
const SET_OFF_NAME = new RegExp(String.raw`\p{Ll},\s+${NAME_RUN},$`, 'u');
const NAME_AT_START = new RegExp(String.raw`^(?:(?:the|The)\s+)?${NAME_RUN}`, 'u');
const TITLED_NAME_AT_START = new RegExp(String.raw`^(?:(?:the|a|an)\s+)?(?:[\p{Ll}\-]+\s+|\p{Lu}[\p{L}.\-’']*\s+){1,5}?(${NAME_RUN})`, 'u');
// Words that cannot stand inside a title before a name ("said Peskov on Monday" is no title).
const NOT_TITLE_WORD = /\b(?:on|in|at|of|to|for|from|with|by|and|or|but|the|a|an|during|after|before|that|who|which|while|when|as|about|over|last|this|is|was|has|had)\b/;

// "a longtime adviser to Trump", "one spokesman for the Kremlin": a description whose
// post-modifier names someone else. The speaker is the description, not that name.
// Only person nouns: "a statement to the Observer" or "the board of Freedom Partners" is no speaker.
const PERSON_NOUN = String.raw`(?:adviser|advisor|aide|assistant|spokesman|spokeswoman|spokesperson|official|officials|source|sources|member|friend|ally|lawyer|attorney|strategist|operative|staffer|donor|supporter|confidant|associate|consultant|pollster|representative|counsel|deputy|chief|director|manager|secretary|chairman|chairwoman|president|leader|head|executive|analyst|expert|researcher|economist|professor|fellow|critic|veteran|insider|officer|diplomat|envoy|ambassador|negotiator|reporter|correspondent|columnist|editor|writer|producer|host|anchor)`;
const DESCRIBED_HEAD = new RegExp(String.raw`^((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{Ll}\-]+\s+){0,3}${PERSON_NOUN})\s+(?:to|for|of|at|with|from)\s+(?:[\p{L}\-]+\s+){0,4}$`, 'u');
// "The senator from Vermont said": a place after "from" is a post-modifier of an office or
// role noun, not the speaker.
const FROM_PLACE_HEAD = /^((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}\-]+\s+){0,3}(?:senator|governor|congressman|congresswoman|lawmaker|legislator|representative|mayor|delegate|candidate|Democrat|Republican|woman|man|voter|resident|businessman|businesswoman))\s+from\s+$/u;

const MODIFIED_DESCRIPTION = /^((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}\p{N}\-]+\s+){0,3}?[\p{L}\p{N}\-]+)\s+(?:to|for|of|at|with|from|in|close\s+to|familiar\s+with)\s/u;

const PRONOUNS = String.raw`he|she|they|it|we|I|you`;
const PRONOUN_AT_END = new RegExp(String.raw`(?:^|[^\p{L}])(${PRONOUNS})$`, 'iu');
const CONTRACTED_AT_END = new RegExp(String.raw`(?:^|[^\p{L}])(${PRONOUNS})([’'](?:d|s|ve|ll))$`, 'iu');
const PRONOUN_AT_START = new RegExp(String.raw`^(${PRONOUNS})\b`, 'iu');

// A description as subject: "the senator", "a spokeswoman for the campaign", "sources".
const DETERMINER = String.raw`the|a|an|one|another|his|her|their|its|our|two|three|four|several|some|many|other|both|most|few|these|those|this|that`;
// The head may hold digits ("the 46-year-old"); a description may end its sentence ("said a narrator.").
const NOMINAL_AT_END = new RegExp(String.raw`(?:^|\s)((?:${DETERMINER})\s+(?:[\p{L}\p{N}'’\-.]+\s+){0,4}[\p{L}\p{N}'’\-]*\p{L})$`, 'iu');
// Up to five modifiers ("a former senior law enforcement official"); the head ends before
// punctuation or a post-modifier ("a source close to the campaign", "a spokesman for ...").
const NOMINAL_AT_START = new RegExp(String.raw`^((?:${DETERMINER})\s+(?:(?!(?:could|would|will|can|should|is|was|are|were|has|had|have|may|might|must|did|does)\s)[\p{L}\p{N}'’\-.]+\s+){0,5}?[\p{L}\p{N}'’\-]*\p{L})(?=\s*(?:[,.;]|$|\s(?:on|in|at|who|which|close|familiar|with|for|of)\b))`, 'iu');
const BARE_PLURAL = String.raw`sources|officials|aides|analysts|experts|critics|supporters|advisers|advisors|people|voters|observers|residents|witnesses|investigators|prosecutors|lawmakers|police|authorities|organizers|organisers|insiders|protesters|protestors|democrats|republicans|conservatives|liberals|economists|diplomats|spokesmen|spokespeople|staffers|strategists|pollsters`;
// A description with a possessor: "Powell’s office said", "Grayson's spokeswoman said". It resolves
// to the possessor when that is an entity (PolNeAR annotators, too, give "Powell’s" as source).
const POSSESSED_AT_END = new RegExp(String.raw`(?:^|\s)((?:\p{Lu}[\p{L}.\-]*\s+){0,2}\p{Lu}[\p{L}.\-]*(?:[’']s|s[’'])\s+(?:[\p{Ll}\-]+\s+){0,2}[\p{Ll}\-]*\p{Ll})$`, 'u');
const BARE_AT_END = new RegExp(String.raw`(?:^|\s)((?:[\p{L}\-]+\s+)?(?:${BARE_PLURAL}))$`, 'iu');

// The days of the week, spelled out: a pattern like `\p{Lu}\p{Ll}+day` also took surnames
// (Landay, Halliday, Munday) for a time word and cut them off the speaker's name.
export const WEEKDAY = String.raw`(?:${WEEKDAYS.join('|')})`;
// Words that may stand between a subject and its cue: adverbs, auxiliaries, times.
const BETWEEN_SUBJECT_AND_CUE = new RegExp(
  String.raw`(?:[\s,]+(?:also|later|then|previously|earlier|again|simply|only|recently|repeatedly|once|further|has|have|had|would|will|could|did|does|do|was|is|flatly|quickly|himself|herself|themselves|itself|ultimately|finally|bluntly|candidly|often|frequently|publicly|privately|reportedly|then-|just|even|never|always|already|still|(?!(?:family|rally|ally|assembly|supply|reply|anomaly|monopoly|belly|bully|tally|daily|weekly|monthly|quarterly|elderly|homily|folly|jelly|lily)(?![\p{L}]))\p{Ll}{2,}ly|(?:on|last|this|early|late)\s+(?:\p{Lu}\p{L}*\.?(?:\s+\d{1,2})?|week|month|year|night|morning|evening)|in\s+\d{4}|(?:during|at|in)\s+(?:a|an|the|his|her|their)\s+(?:[\p{Ll}\-]+\s+)?[\p{L}\-]+|(?:(?:less|more)\s+than\s+|about\s+|nearly\s+|almost\s+|just\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d{1,2})\s+(?:days?|weeks?|months?|years?|hours?)\s+ago|${WEEKDAY}|yesterday|today|tonight))+$`,
  'u',
);
const SET_OFF_CONNECTIVE = /\s*,\s*(?:however|though|meanwhile|instead|too|nonetheless|nevertheless|in turn|for (?:his|her|their|its) part),$/u;
// Words that may stand between a cue and an inverted subject ("said on Monday Peskov").
const AFTER_CUE = new RegExp(String.raw`^[\s,]*(?:(?:on|last|this)\s+\p{Lu}\p{L}*\.?(?:\s+\d{1,2})?[\s,]+|${WEEKDAY}[\s,]+|in\s+a\s+(?:statement|tweet|post|speech|letter|interview)[\s,]+)?`, 'u');
/** A title word or an article: no name on its own ("Senator said", "The President"). */
const isTitle = (w: string): boolean => TITLE_WORD.test(w) || /^(?:The|A|An)$/.test(w);

// A name that ends in an abbreviation keeps its stop: an initial, "Jr.", "Inc.", "Bros.", "St.".
const ABBREVIATED_END = new RegExp(
  String.raw`(?:^|[\s.])(?:\p{Lu}|${alternation([...NAME_SUFFIXES, ...COMPANY_SUFFIXES].filter((w) => ABBREVIATIONS.has(w)))}|Bros|St)\.$`,
  'u',
);

export function mention(text: string, start: number, end: number, kind: MentionKind): Mention {
  // A sentence's full stop is no part of a name ("said Stan Greenberg."), an initial's is ("Jr.").
  if (kind === 'NAME' && text[end - 1] === '.' && !ABBREVIATED_END.test(text.slice(start, end))) end--;
  return { start, end, text: text.slice(start, end), kind };
}

/** Drops an apposition before the cue: "Peskov, the Kremlin spokesman," -> "Peskov". */
function dropApposition(text: string, from: number, to: number): number {
  if (text[to - 1] !== ',') return to;
  const left = text.slice(from, to - 1);
  for (let c = left.lastIndexOf(','); c > 0 && left.length - c < 220; c = left.lastIndexOf(',', c - 1)) {
    const before = left.slice(0, c).trimEnd();
    const after = left.slice(c + 1).trimStart();
    // "Jeff Weaver, Sanders’ campaign manager," also opens with a possessive name.
    // "Or, as Tom Ridge ... put it": a sentence-initial connective is no name to set off.
    // "an intelligence source, who was not authorized ..., told": a relative clause set off
    // after any noun phrase goes too.
    const relativeAfterNoun = /^(?:who|which)\s/.test(after) && /(?:^|\s)(?:an?|the|one|another)\s+(?:[\p{L}\-]+\s+){0,3}[\p{Ll}\-]+$/u.test(before);
    if (relativeAfterNoun) return from + before.length;
    if (/\p{Lu}[\p{L}\p{M}'’.\-]*\)?$/u.test(before) && !CONNECTIVE_ONLY.test(before) && (/^(?:the|a|an|who|which|whose|his|her|its|their|[\p{Ll}\d]|[DRI]-)/u.test(after) || POSSESSIVE_APPOSITION.test(after) || PARTY_OF_STATE.test(after))) {
      // "In a statement to the Observer, her adviser, Jake Sullivan, said": a description with
      // its name set off is the subject, not an apposition of the name before it.
      const described = DESCRIPTION_THEN_NAME.exec(after);
      if (described && TITLE_NOUN.test(described[1]!)) return to;
      // "Harry Bond, 30, of Raleigh, N.C., who ...": an age and a home town belong to the apposition too.
      const home = AGE_AND_HOME.exec(before);
      if (home) return from + home.index;
      // An apposition may hold another ("Geoff Garin, a pollster who works with Priorities USA, a super PAC,").
      const inner = dropApposition(text, from, from + c + 1);
      return inner === from + c + 1 ? from + before.length : inner;
    }
  }
  return to;
}

const CONNECTIVE_ONLY = /^(?:Or|And|But|So|Yet|Then|Now|Also|Still|Instead|Indeed|However|Meanwhile)$/;
// "Jeff Weaver, Sanders’ campaign manager,", "Tina Tchen, Mrs. Obama's chief of staff,".
const POSSESSIVE_APPOSITION = /^(?:\p{Lu}[\p{L}.\-]*\s+){0,2}\p{Lu}[\p{L}.\-]*(?:[’']s?|s’)\s+\p{Ll}/u;
// "Representative Steve Cohen, Democrat of Tennessee," (the New York Times' style).
const PARTY_OF_STATE = /^(?:Democrat|Republican|independent|Independent)\s+of\s+\p{Lu}/u;
const DESCRIPTION_THEN_NAME = new RegExp(String.raw`^(?:her|his|their|its|the|a|an)\s+(?:[\p{Ll}\-]+\s+){0,4}(\p{Ll}+),\s+${NAME_RUN}$`, 'u');
const AGE_AND_HOME = /,\s*\d{1,3}(?:,\s*of\s+[\p{Lu}][\p{L}.\-]*(?:\s+[\p{Lu}][\p{L}.\-]*)*(?:,\s*[\p{Lu}][\p{L}.]*)?)?$/u;

// How far before a cue its subject may start: a name, an apposition of up to 220 characters
// ("Peskov, the Kremlin spokesman, ...,") and time words. The end-anchored patterns below
// scan their whole input, so an unbounded region made each cue cost the sentence's length.
const SUBJECT_REACH = 400;

const UNCLOSED_RELATIVE = /(?<=\p{Lu}[\p{L}\p{M}'’.\-]*),\s+(?:who|which)\s+(?:is|was|are|were|has|had|serves as|served as|heads|led|leads|runs|ran)\s+[^,;:.!?"“”]*$/u;
// "Nate Silver, the polling guru who founded fivethirtyeight.com tweeted": a description set
// off after a name, with a relative clause the writer never closed; a dot inside a word (a
// web address) is no sentence end. Not when a clause with its own subject follows ("the
// congressman who gained fame when he yelled").
const UNCLOSED_DESCRIPTION = /(?<=\p{Lu}[\p{L}\p{M}'’.\-]*),\s+(?:the|a|an)\s+(?:[\p{L}\-]+\s+){0,4}?who\s+\p{Ll}+(?:(?!\s(?:he|she|they|when|while|after|as|because)\s)(?:[^,;:.!?"“”]|\.(?=\S)))*$/u;

// "Sam Lau, the communications director for the Iowa Democratic Party said": a title of an
// organisation set off after the name, never closed.
// "H.P. Smith, analyst at Smith Barney, Harris Upham and Co said": a role set off without an
// article (wire style), never closed, its organisation holding a comma of its own.
const UNCLOSED_ROLE = new RegExp(String.raw`(?<=\p{Lu}[\p{L}\p{M}'’.\-]*),\s+(?:[\p{Ll}\-]+\s+){0,2}${PERSON_NOUN}\s+(?:at|of|with|for)\s+(?:\p{Lu}[\p{L}’'.&\-]*(?:,?\s+(?:and\s+)?|$)){1,8}$`, 'u');
const UNCLOSED_TITLE = /(?<=\p{Lu}[\p{L}\p{M}'’.\-]*),\s+(?:the|a|an)\s+(?:[\p{Ll}\-]+\s+){1,4}(?:of|for|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.&\-]*\s+){0,5}\p{Lu}[\p{L}’'.&\-]*$/u;
const CITY_STATE = /\s+(?:of|in|from)\s+(?:\p{Lu}[\p{L}.\-]*\s+){0,2}\p{Lu}[\p{L}.\-]*,\s+((?:\p{Lu}[\p{L}.\-]*\s+)?\p{Lu}[\p{L}.\-]*),?$/u;
const DASH_ASIDE = /\s+[—–]\s[^—–"“”]{1,160}\s[—–]$/u;

/**
 * The subject mention that ends right before a cue starting at `cueStart`, within [from, cueStart).
 * `adverbials`: skip time words and adverbs before the cue (not before a relative pronoun,
 * where "on Trump, who said" is no "on Monday").
 */
export function subjectBefore(text: string, from: number, cueStart: number, adverbials = true): Mention | null {
  if (cueStart - from > SUBJECT_REACH) {
    // Start the window at a word boundary so no word is cut in two.
    let at = cueStart - SUBJECT_REACH;
    while (at < cueStart && !/\s/.test(text[at - 1]!)) at++;
    from = at;
  }
  let end = cueStart;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  // "The two lawmakers, however, argue": a connective set off by commas.
  const aside = SET_OFF_CONNECTIVE.exec(text.slice(Math.max(from, end - 40), end));
  if (aside) end -= aside[0].length;
  const between = adverbials ? BETWEEN_SUBJECT_AND_CUE.exec(text.slice(from, end)) : null;
  if (between) end -= between[0].length;
  // "Hier, the founder of the center in Los Angeles, has said": the time words took the
  // apposition's closing comma with them; an apposition closed by it still goes.
  const comma = between ? /^\s*,/.exec(between[0]) : null;
  const closed = comma ? end + comma[0].length : -1;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  if (comma) {
    const dropped = dropApposition(text, from, closed);
    if (dropped !== closed) end = dropped;
  }
  const relativePronoun = relativeBefore(text, from, end);
  if (relativePronoun) return relativePronoun;
  // "Gov. John Kasich (R-OH), said": the comma closes the parenthesis, not an apposition.
  // Not after a preposition: "chairman of America Rising (a PAC)," is itself an apposition.
  const closing = text.slice(Math.max(from, end - 100), end);
  const parenName = /(?:\p{Lu}[\p{L}.’'\-]*\s+)*\p{Lu}[\p{L}.’'\-]*\s*\([^()]{1,40}\),$/u.exec(closing);
  if (parenName && !/(?:^|\s)(?:of|for|at|to|with|from|in|by|and)\s+$/.test(closing.slice(0, parenName.index))) end--;
  // "Gingrich — mentioned by Newsmax as a choice — told": an aside between dashes after the name.
  const dash = DASH_ASIDE.exec(text.slice(Math.max(from, end - 170), end));
  if (dash && /\p{Lu}[\p{L}.’'\-]*$/u.test(text.slice(from, end - dash[0].length))) end -= dash[0].length;
  end = dropApposition(text, from, end);
  // "Hunter’s chief of staff, Joe Kasper, told": a name set off by commas after a description.
  if (text[end - 1] === ',' && SET_OFF_NAME.test(text.slice(Math.max(from, end - 80), end))) end--;
  // "Katie Packer, who is chairman of Our Principles Pac said": a relative clause the writer
  // never closed with a comma; its subject is the name before ", who".
  // All three need a comma (and the first two a "who"/"which"): most cues have none, and the
  // end-anchored patterns would otherwise be tried at every offset of the window.
  const window = text.slice(Math.max(from, end - 160), end);
  const relative = !window.includes(',')
    ? null
    : (/wh(?:o|ich)\s/.test(window) ? UNCLOSED_RELATIVE.exec(window) ?? UNCLOSED_DESCRIPTION.exec(window) : null) ?? UNCLOSED_TITLE.exec(window) ?? UNCLOSED_ROLE.exec(window);
  if (relative) end -= relative[0].length;
  // "Dick Durbin (D-Ill.)": a parenthesis after the name belongs to it.
  const paren = /\s*\([^()]{1,40}\)$/.exec(text.slice(from, end));
  if (paren) end -= paren[0].length;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  // "Stacy Baker of Columbia, South Carolina says": a home town and its state follow the subject.
  const home = CITY_STATE.exec(text.slice(Math.max(from, end - 80), end));
  if (home && lookupForm(home[1]!)?.type === 'LOCATION') end -= home[0].length;
  const left = text.slice(from, end);
  if (!left) return null;
  const name = NAME_AT_END.exec(left);
  // A sentence-initial "He" or "She" is a pronoun, not a one-word name.
  if (name && /^(?:He|She|They|We|I|It|You)$/.test(name[0])) return mention(text, end - name[0].length, end, 'PRONOUN');
  if (name && !/^(?:The|A|An|And|But|So|Then|In|On|At|As|If|When|While|After|Before|This|That|It)$/.test(name[0])) {
    let s = from + name.index;
    // "As Vulture put it", "When Trump said": a subordinator that opens the run is no part of the name.
    const opener = /^(?:As|When|While|After|Before|If|And|But|So|Then|Since|Because|Although|Though|Until|Once)\s+(?=\p{Lu})/u.exec(name[0]);
    if (opener) s += opener[0].length;
    // A name run that starts the region is the subject only when it is a name, not a
    // sentence-initial word ("Asked if ..."): covered by requiring the last word to be capitalised.
    const words = name[0].split(/\s+/);
    // "Mr. King said": after an honorific, a title word is the surname.
    if (words.every((w) => isTitle(w)) && !COURTESY_TITLE.test(words.at(-2) ?? '')) return null;
    const described = describedHeadBefore(text, from, s);
    if (described) return described;
    return mention(text, personBeforeOf(text, from, s), end, 'NAME');
  }
  const pronoun = PRONOUN_AT_END.exec(left);
  if (pronoun) return mention(text, end - pronoun[1]!.length, end, 'PRONOUN');
  // "he’d asked", "she’s said": a contracted auxiliary after the pronoun.
  const contracted = CONTRACTED_AT_END.exec(left);
  if (contracted) return mention(text, end - contracted[0].length + contracted[0].indexOf(contracted[1]!), end - contracted[2]!.length, 'PRONOUN');
  const bare = BARE_AT_END.exec(left);
  if (bare) return mention(text, end - bare[1]!.length, end, 'NOMINAL');
  const nominal = NOMINAL_AT_END.exec(left);
  // "that by refusing to say": a phrase ending in a function word is no noun phrase.
  if (nominal && !/[.;:!?]/.test(nominal[1]!) && !/\s(?:to|by|of|for|in|on|at|with|from|that|and|or|but|not)$/i.test(nominal[1]!)) return mention(text, end - nominal[1]!.length, end, 'NOMINAL');
  const possessed = POSSESSED_AT_END.exec(left);
  if (possessed) return mention(text, end - possessed[1]!.length, end, 'NOMINAL');
  const share = /%|per\s?cent/.test(left) ? SHARE_AT_END.exec(left) : null;
  if (share) return mention(text, end - share[1]!.length, end, 'NOMINAL');
  const quantifier = QUANTIFIER_AT_END.exec(left);
  if (quantifier) return mention(text, end - quantifier[1]!.length, end, 'NOMINAL');
  return null;
}

// A quantifier standing for people: "most said they were “very worried”", "Another notes".
const QUANTIFIER_AT_END = /(?:^|[;:,]\s*|\.\s+)((?:[Mm]ost|[Mm]any|[Ss]ome|[Oo]thers|[Ss]everal|[Ff]ew|[Bb]oth|[Hh]alf|[Aa]nother)(?:\s+of\s+(?:them|those|these))?)$/u;

// A share of those polled: "21 percent said “not too likely”", "about 40% of Democrats say".
const SHARE_AT_END = /(?:^|[\s,(])((?:(?:about|roughly|nearly|almost|only|just|some|over|under|more than|fewer than|less than)\s+)?\d[\d.,]*(?:\s*%|\s+percent|\s+per\s+cent)(?:\s+of\s+(?:[\p{L}\-’']+\s+){0,3}[\p{L}\-’']+)?)$/iu;

// "the Mexican president, who said that", "Sanders, who says it's", "Trump - who previously
// said", "an impersonator who promises": a relative pronoun is the subject of the cue after
// it (PolNeAR annotators mark the pronoun) and stands for the phrase before it, which
// resolves the speaker.
const RELATIVE_AT_END = /(?:(,)|\s[—–-]|(?<=\p{L})\s)\s*(who|which)$/u;

// "water bottles that said", "letters that called him": "that" right after a common noun
// (not after a verb, a conjunction or a comparative: "said that", "so that", "more than that").
const THAT_AT_END = /(?<=(?:^|\s)(\p{Ll}[\p{Ll}\-]*))\s+that$/u;
const NOT_ANTECEDENT = /^(?:and|but|or|nor|so|if|as|than|because|now|such|not|is|was|are|were|be|been|say|says|said|believe|believes|think|thinks|know|knows|hope|hopes|fact|all|about|of|in|on|for|to|with|by|at|from|like)$|ed$/;

// A name run right before a comma, and the word before it: no name when that is a
// preposition or an article ("the leader of the opposition in North-Rhine Westphalia, who"
// is about the leader; "attacks by Mr. Trump, who" stays with Mr. Trump).
const NAME_BEFORE_COMMA = /(?:^|(\S+)\s+)(?:\p{Lu}[\p{L}\p{M}'’.\-]*\s+)*\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s*\([^()]{1,40}\))?$/u;
const namedBeforeComma = (text: string): boolean => {
  const m = NAME_BEFORE_COMMA.exec(text);
  return !!m && !/^(?:of|in|for|at|from|on|to|with|the|a|an)$/i.test(m[1] ?? '');
};

function relativeBefore(text: string, from: number, end: number): Mention | null {
  // Most cues have no relative pronoun before them: a five-character test first.
  if (!/(?:who|hich|that)$/.test(text.slice(Math.max(from, end - 5), end))) return null;
  const region = text.slice(Math.max(from, end - 40), end);
  const r = RELATIVE_AT_END.exec(region);
  const t = r ? null : THAT_AT_END.exec(region);
  if (!r && !(t && !NOT_ANTECEDENT.test(t[1]!))) return null;
  const written = r ? r[2]! : 'that';
  const before = end - (r ? r[0].length : t![0].length);
  // "Scott Reed, the Chamber's strategist, who added": past an apposition to the name. Not
  // when a name ends right before the comma ("his friend Donald Trump, who has pledged",
  // "candidates like Mr. Carson, who claimed"): the pronoun stands for that name, and an
  // earlier comma ("Tim Cook, the chief executive of Apple, ..., and his friend Donald
  // Trump") sets off no apposition of it.
  const namedRightBefore = namedBeforeComma(text.slice(Math.max(from, before - 80), before));
  const apposed = r?.[1] && !namedRightBefore ? dropApposition(text, from, before + 1) : before + 1;
  const antecedent = subjectBefore(text, from, apposed <= before ? apposed : before, false);
  return { ...mention(text, end - written.length, end, antecedent?.kind ?? 'NOMINAL'), antecedent };
}

// Words that may stand inside an organisation or place name after "of" ("the James Martin
// Center for Nonproliferation Studies", "Washington's Institute for Science and ...").
const OF_NAME_INNER = /^(?:the|for|of|and|on|&)$/;
const OF_REACH = 160;

/**
 * "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote", "Stacy Baker
 * of Columbia, South Carolina says": the name run before the cue ends a post-modifier; the
 * person before "of" is the subject. Returns where that person's name starts, else `s`.
 */
function personBeforeOf(text: string, from: number, s: number): number {
  const lo = Math.max(from, s - OF_REACH);
  const words = [...text.slice(lo, s).matchAll(/\S+/gu)];
  for (let i = words.length - 1; i >= 1; i--) {
    const w = words[i]![0];
    if (w === 'of') {
      let j = i - 1;
      while (j >= 0 && /^\p{Lu}[\p{L}\p{M}'’.\-]*$/u.test(words[j]![0]) && !/[’']s$/.test(words[j]![0])) j--;
      if (j === i - 1 || words[i - 1]![0].endsWith('.')) return s;
      return lo + words[j + 1]!.index;
    }
    // A comma only before a place's state ("Columbia, South Carolina").
    const bare = w.endsWith(',') && i === words.length - 1 ? w.slice(0, -1) : w;
    if (!OF_NAME_INNER.test(bare) && !/^\p{Lu}[\p{L}\p{M}'’.\-&]*$/u.test(bare)) return s;
  }
  return s;
}

/** "a longtime adviser to" right before a name at `nameStart`: the description as a NOMINAL mention. */
// "Another intelligence source speaking to Fox News said": the description speaks, not the outlet.
const SPEAKING_TO_HEAD = /^((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+)\s+(?:speaking|talking|writing)\s+(?:to|for|in|on)\s+(?:the\s+)?$/u;

// "One government bond salesman in New York said", "a dealer in Tokyo said" (wire style): an
// indefinite description placed by a city speaks, not the city.
const IN_PLACE_HEAD = /^((?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+)\s+(?:in|at)\s+$/u;

function describedHeadBefore(text: string, from: number, nameStart: number): Mention | null {
  const reach = Math.max(from, nameStart - 120);
  const before = text.slice(reach, nameStart);
  // The description starts at a word boundary after the last clause punctuation.
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('.')) + 1);
  for (let i = 0; i < clause.length; i++) {
    if (i > 0 && !/\s/.test(clause[i - 1]!)) continue;
    const m = DESCRIBED_HEAD.exec(clause.slice(i)) ?? FROM_PLACE_HEAD.exec(clause.slice(i)) ?? SPEAKING_TO_HEAD.exec(clause.slice(i)) ?? IN_PLACE_HEAD.exec(clause.slice(i));
    if (m) {
      const start = nameStart - clause.length + i;
      return mention(text, start, start + m[1]!.length, 'NOMINAL');
    }
  }
  return null;
}

// Lower-case words that end a title before a name: "former Utah governor Michael Leavitt",
// "Los Angeles-based attorney Edgar Martirosyan": the person nouns above, the lexicon's role
// nouns and these. Person nouns only, so "Pew data released Monday" does not take "Monday"
// for a name.
const TITLE_NOUN = new RegExp(String.raw`^(?:${PERSON_NOUN.slice(3, -1)}|${alternation([...ROLE_WORDS].filter((w) => /^[a-z\-]+$/.test(w)))}|legislator|hopeful|voter|resident|volunteer|worker|teacher|farmer|lobbyist|publisher|pastor|comedian|historian|sheriff|delegate|organizer|student|blogger|rabbi|bishop|imam|priest)$`);
const TITLE_THEN_NAME = new RegExp(String.raw`^\s+((?:[\p{Ll}\-]+\s+){1,3})(${NAME_RUN})`, 'u');

/**
 * A name run that is only a modifier of a later title and name ("said former Utah governor
 * Michael Leavitt" first matches "Utah"): the name after the title is the speaker.
 */
function titledNameAfter(text: string, m: Mention, to: number): Mention {
  const t = TITLE_THEN_NAME.exec(text.slice(m.end, to));
  if (!t) return m;
  const words = t[1]!.trim().split(/\s+/);
  if (!TITLE_NOUN.test(words.at(-1)!) || NOT_TITLE_WORD.test(t[1]!)) return m;
  const start = m.end + t[0].length - t[2]!.length;
  return mention(text, start, m.end + t[0].length, 'NAME');
}

/** The subject mention that follows a cue ("said Peskov", "according to the Kremlin"), within [cueEnd, to). */
export function subjectAfter(text: string, cueEnd: number, to: number): Mention | null {
  const m = subjectAfterAsWritten(text, cueEnd, to);
  if (m && m.kind === 'NOMINAL') return appositiveName(text, m, to) ?? m;
  if (m && m.kind === 'NAME' && /[’']s?$/.test(m.text)) return possessedAppositiveName(text, m, to) ?? titledNameAfter(text, m, to);
  return m && m.kind === 'NAME' ? titledNameAfter(text, m, to) : m;
}

const POSSESSED_THEN_NAME = new RegExp(String.raw`^\s+(?:[\p{Ll}\-]+\s+){0,4}[\p{Ll}\-]+,\s+(?:[\p{Ll}\-]+\s+){0,2}(${NAME_RUN})(?=\s*(?:[,.;:]|$))`, 'u');

/**
 * "said Rubio’s deputy campaign manager, Rich Beeson,", "exhorted Clinton's introducer, actress
 * Jamie Lee Curtis": the name set off after a possessed description speaks, titled or not.
 */
function possessedAppositiveName(text: string, m: Mention, to: number): Mention | null {
  const a = POSSESSED_THEN_NAME.exec(text.slice(m.end, Math.min(to, m.end + 100)));
  if (!a || NOT_A_NAME.test(a[1]!) || a[1]!.split(/\s+/).every((w) => isTitle(w))) return null;
  const start = m.end + a[0].length - a[1]!.length;
  return mention(text, start, m.end + a[0].length, 'NAME');
}

// "said his best friend at Lehigh, Bruce Turry": a short place or time phrase may come between.
const APPOSITIVE_NAME = new RegExp(String.raw`^(?:\s+(?:at|in|from|during)\s+[^,;:.!?"“”]{1,30})?,\s+(${NAME_RUN})(?=\s*(?:[,.;:]|$))`, 'u');
const NOT_A_NAME = new RegExp(String.raw`^(?:${WEEKDAY}|${MONTH_NAMES.join('|')}|(?:${alternation(NAME_SUFFIXES)})\.?)$`);

/** "said the bureau’s director, James B. Comey,": the name set off after a description speaks. */
function appositiveName(text: string, m: Mention, to: number): Mention | null {
  const a = APPOSITIVE_NAME.exec(text.slice(m.end, Math.min(to, m.end + 80)));
  if (!a || NOT_A_NAME.test(a[1]!) || a[1]!.split(/\s+/).every((w) => isTitle(w))) return null;
  const start = m.end + a[0].length - a[1]!.length;
  return mention(text, start, m.end + a[0].length, 'NAME');
}

function subjectAfterAsWritten(text: string, cueEnd: number, to: number): Mention | null {
  const skip = AFTER_CUE.exec(text.slice(cueEnd, to));
  const from = cueEnd + (skip ? skip[0].length : 0);
  const right = text.slice(from, to);
  const name = NAME_AT_START.exec(right);
  // "said Democratic pollster Stan Greenberg", "said Clinton’s top aide Jake Sullivan": a
  // capitalised modifier or possessor, lower-case title words, then the name itself.
  const titledName = TITLED_NAME_AT_START.exec(right);
  if (name && titledName && titledName[0].length > name[0].length && /^\s+\p{Ll}/u.test(right.slice(name[0].length)) && !/[,;]/.test(right.slice(name[0].length, titledName[0].length - titledName[1]!.length)) && !NOT_TITLE_WORD.test(right.slice(name[0].length, titledName[0].length - titledName[1]!.length))) {
    return mention(text, from + titledName[0].length - titledName[1]!.length, from + titledName[0].length, 'NAME');
  }
  if (name && !isTitle(name[0])) return mention(text, from, from + name[0].length, 'NAME');
  const pronoun = PRONOUN_AT_START.exec(right);
  if (pronoun) return mention(text, from, from + pronoun[1]!.length, 'PRONOUN');
  // "said former Massachusetts congressman Barney Frank": lower-case title words, then the name.
  const titled = TITLED_NAME_AT_START.exec(right);
  if (titled) {
    const described = DESCRIBED_HEAD.exec(right.slice(0, titled[0].length - titled[1]!.length));
    if (described) return mention(text, from, from + described[1]!.length, 'NOMINAL');
    // "a person close to the Clintons", "a Wednesday editorial in The Des Moines Register": a
    // description whose post-modifier names someone else; the description speaks.
    const modified = MODIFIED_DESCRIPTION.exec(right.slice(0, titled[0].length - titled[1]!.length));
    if (modified) return mention(text, from, from + modified[1]!.length, 'NOMINAL');
  }
  // "wrote a Trump supporter who runs the Twitter account": a clause between the description
  // and the name; the description speaks.
  const clauseBetween = titled ? /^(?:the|a|an|one|another)\s/i.test(right) && /\b(?:who|which|that|runs|ran|owns|heads|leads|known)\b/.test(right.slice(0, titled[0].length - titled[1]!.length)) : false;
  if (titled && !clauseBetween) return mention(text, from + titled[0].length - titled[1]!.length, from + titled[0].length, 'NAME');
  const nominal = NOMINAL_AT_START.exec(right);
  if (nominal) {
    // "a spokesman for Trump": the description ends before a comma.
    return mention(text, from, from + nominal[1]!.length, 'NOMINAL');
  }
  return null;
}
