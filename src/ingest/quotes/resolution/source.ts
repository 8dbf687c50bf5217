// What a pronoun or description source is, as the features of the referent model need it:
// its class ("he", "the newspaper" is a definite description), its head noun ("a spokeswoman
// for Trump hotels" -> "spokeswoman"), what kind of thing that head names (a newspaper, a
// company, a government body, a person, a document, people in general), its gender and number.
// Pure text work on the mention alone.
import type { Mention } from '../mentions.js';

/**
 * The source's class, which most features are conjoined with:
 * - `he`, `she`, `they`, `it`, `we`, `i`, `you`, `who` (a relative pronoun: who, which, that);
 *   other pronouns are `pron`;
 * - `def` "the senator", "this group"; `indef` "a spokeswoman", "one official", "another source";
 *   `pposs` "his spokesman", "their lawyers"; `poss` "Powell's office"; `quant` "most",
 *   "some of them", "21 percent", "two aides"; `bare` "officials", "Trump supporters".
 */
export type SourceClass = 'he' | 'she' | 'they' | 'it' | 'we' | 'i' | 'you' | 'who' | 'pron' | 'def' | 'indef' | 'pposs' | 'poss' | 'quant' | 'bare';

/** What a description's head noun names: see HEAD_CLASSES. `none` for pronouns and unknown heads. */
export type HeadClass = 'media' | 'company' | 'body' | 'campaign' | 'person' | 'people' | 'document' | 'none';

export type Gender = 'M' | 'F' | null;

export interface Source {
  mention: Mention;
  cls: SourceClass;
  /** The head noun, lower case ("spokeswoman"); the pronoun itself for a pronoun. */
  head: string;
  headClass: HeadClass;
  gender: Gender;
  plural: boolean;
  /** Where the head noun ends: a name after it ("spokesman Jason Miller") is in apposition. */
  headEnd: number;
  /** Where a possessor ends ("Powell’s" in "Powell’s office"), else -1. */
  possessorEnd: number;
  /** The words between the determiner and the head, lower case ("the Florida senator" -> florida). */
  modifiers: string[];
}

const PRONOUN_CLASS: Record<string, SourceClass> = { he: 'he', she: 'she', they: 'they', it: 'it', we: 'we', i: 'i', you: 'you', who: 'who', which: 'who', that: 'who' };

const DEFINITE = /^(?:the|this|that|these|those)$/;
const INDEFINITE = /^(?:a|an|one|another)$/;
const PRONOUN_POSSESSOR = /^(?:his|her|their|its|our|my|your)$/;
const QUANTIFIER = /^(?:some|many|most|several|few|both|all|others|half|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d[\d.,%]*|about|roughly|nearly|almost|only|just|more|fewer|less|over|under)$/;

// A post-modifier or a set-off part ends the head's phrase: "a spokeswoman for Trump hotels, ...".
const HEAD_END = /^(?:for|of|at|to|with|from|in|on|close|familiar|who|which|that|whose|speaking|talking|writing|said|says|told|,|—|–|-|\(|;|:)$/;

// Each class's head nouns, lower case, singular and plural where both occur.
const HEAD_CLASSES: readonly [HeadClass, RegExp][] = [
  ['media', /^(?:newspaper|newspapers|paper|daily|outlet|outlets|magazine|network|networks|channel|station|publication|website|site|tabloid|broadcaster|newswire|wire|journal|newsletter|editorial|editors|board|times|post|blog)$/],
  ['company', /^(?:company|companies|firm|firms|corporation|business|businesses|bank|banks|retailer|maker|manufacturer|giant|chain|carrier|airline|insurer|startup|lender|automaker|conglomerate|brand|operator|utility|developer|contractor|producer|supplier|employer|studio|distributor|group)$/],
  ['body', /^(?:ministry|department|agency|agencies|government|governments|office|bureau|committee|commission|council|court|courts|board|service|authority|authorities|regime|party|organization|organisation|organizations|association|institute|center|centre|foundation|fund|union|league|panel|senate|house|congress|parliament|legislature|pentagon|police|military|army|navy|state|states|country|countries|nation|city|county|university|college|school|school district|district|coalition|alliance|caucus|think tank|tank|watchdog|group|groups|charity|nonprofit|pac|pacs|super pac|chamber|federation|cabinet|kremlin|embassy|consulate|mission|delegation|team)$/],
  ['campaign', /^(?:campaign|campaigns|administration|transition|camp|team|staff|white house)$/],
  ['person', /^(?:spokesman|spokeswoman|spokesperson|official|senator|candidate|nominee|president|governor|mayor|secretary|minister|chairman|chairwoman|chair|leader|adviser|advisor|aide|director|ambassador|chief|executive|general|commander|lawmaker|congressman|congresswoman|representative|analyst|economist|strategist|pollster|manager|founder|co-founder|host|anchor|reporter|correspondent|columnist|editor|author|businessman|businesswoman|billionaire|mogul|actress|actor|singer|rapper|star|daughter|son|wife|husband|mother|father|brother|sister|mate|envoy|diplomat|judge|justice|prosecutor|attorney|lawyer|ceo|head|speaker|whip|deputy|commissioner|treasurer|dictator|king|queen|prince|pope|surrogate|supporter|opponent|rival|challenger|incumbent|activist|professor|scientist|researcher|commentator|contributor|partner|owner|investor|man|woman|front-runner|frontrunner|republican|democrat|billionaire|developer|veteran|resident|voter|source|insider|friend|ally|officer|agent|sheriff|delegate|hopeful|contender|incumbent|predecessor|successor|boss|premier|chancellor|monarch|émigré|critic|expert|observer|student|teacher|doctor|physician|pastor|priest|bishop|rabbi|imam|historian|comedian|consultant|operative|staffer|donor|confidant|associate|fellow|insider|negotiator|writer|producer|narrator|user|tweeter|owner|worker|farmer|lobbyist|publisher|blogger|organizer|organiser|volunteer|protester|witness|investigator|victim|suspect|defendant|plaintiff|mr|mrs|ms|dr|mogul|tycoon|magnate|star|celebrity|vp|nominee|senator-elect|president-elect|governor-elect)$/],
  ['people', /^(?:officials|sources|aides|analysts|experts|critics|supporters|advisers|advisors|people|voters|observers|residents|witnesses|investigators|prosecutors|lawmakers|legislators|leaders|organizers|organisers|insiders|protesters|protestors|democrats|republicans|conservatives|liberals|progressives|economists|diplomats|spokesmen|spokespeople|staffers|strategists|pollsters|candidates|senators|members|delegates|activists|allies|opponents|friends|americans|citizens|officers|agents|scientists|researchers|historians|students|teachers|parents|workers|employees|executives|ceos|donors|operatives|advocates|others|many|some|most|several|both|few|all|half|percent|majority|minority|plurality|respondents|fans|users|commentators|pundits|reporters|journalists|families|women|men|children|kids|veterans|immigrants|latinos|hispanics|evangelicals|catholics|christians|muslims|jews|millennials|independents|gop|officers|authorities)$/],
  ['document', /^(?:poll|polls|report|reports|survey|surveys|study|studies|statement|statements|records|record|ad|ads|advertisement|video|videos|letter|letters|memo|book|article|speech|law|laws|bill|ruling|data|analysis|release|tweet|tweets|post|posts|editorial|filing|filings|documents|document|complaint|lawsuit|suit|order|decision|opinion|platform|plan|proposal|website|page|email|emails|message|note|transcript|documents|list|chart|map|model|forecast|index|estimate|estimates|numbers|figures|count|tally|census|research|findings|investigation|review|audit|inquiry|poster|sign|signs|banner|shirt|t-shirt|hat|slogan|headline|story|piece|column|op-ed|essay|interview|show|program|segment|broadcast|documentary|film|movie|song|script|text|website|petition|resolution|measure|amendment|constitution|guidelines|rules|policy|pledge|agreement|deal|treaty|accord)$/],
];

const FEMALE_HEAD = /^(?:spokeswoman|chairwoman|congresswoman|businesswoman|woman|wife|mother|daughter|sister|queen|princess|actress|mrs|ms|girl|lady|grandmother|aunt|niece|widow)$/;
const MALE_HEAD = /^(?:spokesman|chairman|congressman|businessman|man|husband|father|son|brother|king|prince|mr|boy|grandfather|uncle|nephew|widower)$/;
const PLURAL_WORD = /^(?:people|police|media|staff|press|public|gop|many|some|most|several|both|few|all|others|half|majority|percent|they|we|authorities|who)$/;
const NOT_PLURAL = /(?:ss|us|is|ics|news|times|series|species)$/;

/** The class of a head noun ("newspaper" -> media), `none` when the lists do not know it. */
export function headClassOf(head: string): HeadClass {
  // A few heads are in two lists ("board": a newspaper's board or a body; "group"): the first wins.
  for (const [cls, words] of HEAD_CLASSES) if (words.test(head)) return cls;
  return 'none';
}

/** Whether a head noun is plural ("officials", "people"); "the news", "Times" are not. */
export function isPluralHead(head: string): boolean {
  return PLURAL_WORD.test(head) || (/^\p{Ll}[\p{Ll}\-]*s$/u.test(head) && !NOT_PLURAL.test(head));
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.\-]*|[,—–;:(]/gu;

/**
 * Reads a source mention: "he" -> class he, head "he", gender M; "a spokeswoman for Trump
 * hotels" -> class indef, head "spokeswoman", person, F; "the newspaper" -> def, media;
 * "Powell’s office" -> poss, head "office", body.
 */
export function readSource(m: Mention): Source {
  const words: { w: string; end: number }[] = [];
  for (const x of m.text.matchAll(WORD)) words.push({ w: x[0], end: m.start + x.index + x[0].length });
  const first = (words[0]?.w ?? '').toLowerCase();
  if (m.kind === 'PRONOUN') {
    const word = first.replace(/[’'].*$/, '');
    const cls = PRONOUN_CLASS[word] ?? 'pron';
    const gender: Gender = cls === 'he' ? 'M' : cls === 'she' ? 'F' : null;
    return { mention: m, cls, head: word, headClass: 'none', gender, plural: cls === 'they' || cls === 'we', headEnd: m.end, possessorEnd: -1, modifiers: [] };
  }
  // The head: the last word before a post-modifier or a set-off part.
  let h = 0;
  for (let i = 1; i < words.length; i++) {
    if (HEAD_END.test(words[i]!.w.toLowerCase())) break;
    h = i;
  }
  const head = (words[h]?.w ?? '').toLowerCase().replace(/[’']s?$/, '').replace(/\.$/, '');
  const possessor = words.findIndex((x, i) => i < h && /[’'](?:s)?$/.test(x.w) && /^\p{Lu}/u.test(x.w));
  let cls: SourceClass;
  if (DEFINITE.test(first)) cls = 'def';
  else if (INDEFINITE.test(first)) cls = 'indef';
  else if (PRONOUN_POSSESSOR.test(first)) cls = 'pposs';
  else if (possessor >= 0) cls = 'poss';
  else if (QUANTIFIER.test(first) || /%/.test(m.text)) cls = 'quant';
  else cls = 'bare';
  const gender: Gender = FEMALE_HEAD.test(head) ? 'F' : MALE_HEAD.test(head) ? 'M' : null;
  const modifiers = words
    .slice(cls === 'bare' ? 0 : 1, h)
    .map((x) => x.w.toLowerCase().replace(/[’']s?$/, ''))
    .filter((w) => /^\p{L}/u.test(w) && !DEFINITE.test(w) && !QUANTIFIER.test(w));
  return {
    mention: m,
    cls,
    head,
    headClass: headClassOf(head),
    gender,
    plural: isPluralHead(head),
    headEnd: words[h]?.end ?? m.end,
    possessorEnd: possessor >= 0 ? words[possessor]!.end : -1,
    modifiers,
  };
}

/** Pronoun classes, as opposed to descriptions. */
export const isPronounClass = (c: SourceClass): boolean => c === 'he' || c === 'she' || c === 'they' || c === 'it' || c === 'we' || c === 'i' || c === 'you' || c === 'who' || c === 'pron';
