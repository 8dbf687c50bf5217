// What a PolNeAR gold Source span names, for scoring speakers (scripts/eval-quotes.ts).
//
// Annotators mark the whole source phrase: "A spokesman for Democratic presidential candidate
// Hillary Clinton", "Trump’s GOP primary rival Sen. Marco Rubio (R-Fla.)", "Jeffrey Lewis of
// the James Martin Center". The speaker is the HEAD of that phrase (the spokesman, Rubio,
// Lewis), not every name inside it: crediting "Hillary Clinton" or "Trump" there would score
// a wrong speaker as right, and calling "the former secretary of State" a name (because it
// ends in a capital) would demand an entity the phrase never names. So the source is cut to
// its head region first, and both the name/nominal split and the speaker check use it.
import type { ParsedEntity, Span } from '../src/ingest/types.js';
import { overlap } from './polnear.js';

export type SourceClass = 'name' | 'pronoun/nominal';

const PRONOUNS = /^(?:he|she|they|it|we|i|you|him|her|them|his|their|its|one|who|which)(?:\s+(?:himself|herself|themselves|itself))?$/i;
// A part that is an aside, not the head: "Beck, who said ...", "..., like all respondents".
const ASIDE = /^(?:who|whom|which|whose|that|where|when|like|as|including|also|and|but|or|according)\b/i;
// Post-modifiers that end a head noun phrase ("adviser to Trump", "Lewis of the Center").
const POSTMODIFIER = /\s(?:of|for|to|at|from|with|in|on|who|whom|which|whose|that|close|involved|obtained|released|known|quoted|speaking|writing|reporting|during|after|before|like)\b/gu;
// Descriptions written with a capital: "a New Hampshire Republican", "the Texan".
const INDEFINITE = /^(?:a|an|one|another|some|several|two|three|many|most|other)\s/i;
// Quantifiers and indefinite pronouns standing alone open a sentence with a capital but name
// no one: "Several said ...", "Another said ...", "Others shouted ...".
const QUANTIFIER = /^(?:Several|Another|One|Others?|Some|Someone|Somebody|Many|Most|Both|Few|All|Each|Everyone|Everybody|Anyone|Nobody|None)$/;
const GROUP_NOUN = /^(?:Republicans?|Democrats?|Independents?|Conservatives?|Liberals?|Progressives?|Texans?|Floridians?|Vermonters?|Americans?|Iowans?|Californians?|Ohioans?|Virginians?)$/;
const TITLE_WORD = /^(?:The|A|An|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Governor|Secretary|Minister|Chairman|Director|Attorney|General|Vice|Former|Speaker|Leader|Mayor|Judge)\.?$/;

/** The head region of a gold Source: word spans that may name the speaker (possessors left out). */
export function sourceHead(text: string, source: Span): { words: Span[]; headWord: string; cls: SourceClass } {
  const raw = text.slice(source.start, source.end);
  const bare = raw.trim().replace(/^[“"(]+|[”",)]+$/g, '');
  if (PRONOUNS.test(bare)) return { words: [source], headWord: bare, cls: 'pronoun/nominal' };
  // Blank out parentheses ("(R-Fla.)") and split into comma/dash parts, keeping offsets.
  const masked = raw.replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length));
  const words: Span[] = [];
  let headWord = '';
  let cls: SourceClass = 'pronoun/nominal';
  for (const part of masked.matchAll(/[^,—–;]+/g)) {
    const lead = part[0].length - part[0].trimStart().length;
    const from = part.index + lead;
    let body = part[0].trim();
    if (!body || ASIDE.test(body)) continue;
    // Cut at a post-modifier when the phrase before it already has its head: a common noun
    // ("spokesman for ...") or a full name ("Jeffrey Lewis of ..."), not a title ("Secretary
    // of State John Kerry", "Bank of America").
    for (const m of body.matchAll(POSTMODIFIER)) {
      const before = body.slice(0, m.index);
      const last = before.split(/\s+/).at(-1) ?? '';
      const caps = before.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !TITLE_WORD.test(w));
      if (/^\p{Ll}/u.test(last) || caps.length >= 2) {
        body = before;
        break;
      }
    }
    for (const w of body.matchAll(/\S+/g)) {
      if (/[’']s$/.test(w[0])) continue; // "Trump’s rival X": the possessor is not the source
      words.push({ start: source.start + from + w.index, end: source.start + from + w.index + w[0].length });
    }
    const head = body.split(/\s+/).at(-1)!.replace(/[.’']+$/, '');
    if (!headWord) headWord = head;
    if (/^\p{Lu}/u.test(head) && !INDEFINITE.test(body) && !GROUP_NOUN.test(head) && !QUANTIFIER.test(head) && !/^(?:The|A|An)$/.test(head)) {
      cls = 'name';
      headWord = head;
    }
  }
  return { words: words.length > 0 ? words : [source], headWord, cls };
}

// The speaker check of scripts/eval-quotes.ts, shared with the speaker ranker's training
// labels (scripts/speakers/train-ranker.ts) so both count the same speakers as right.

/** Our speaker of one quote: the entity name and the mention as written. */
export interface JudgedSpeaker {
  speaker: string | null;
  speakerStart?: number;
  speakerEnd?: number;
}

const TITLE_WORDS = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Governor|Secretary|Vice|Former|Democratic|Republican|GOP|The|U\.S\.|Speaker|Leader|Chairman|Minority|Majority|Whip|House|Senate|State|Attorney|General|Press|White|Campaign)\.?$/;

/** Whether the entity name `speaker` is who the gold Source text names. */
export function nameMatches(speaker: string, goldSource: string): boolean {
  const words = (s: string): string[] => s.replace(/[’']s\b/g, '').split(/[\s,()]+/).filter(Boolean);
  const ours = words(speaker).map((w) => w.toLowerCase());
  const gold = words(goldSource);
  const last = ours.at(-1);
  if (!last) return false;
  const at = gold.findIndex((w) => w.toLowerCase() === last);
  if (at < 0) return false;
  // A different given name right before the surname contradicts ("Bill Clinton" vs "Hillary Clinton").
  const given = gold[at - 1];
  if (given && /^\p{Lu}\p{Ll}+$/u.test(given) && !TITLE_WORDS.test(given) && ours.length > 1 && !ours.includes(given.toLowerCase())) return false;
  return true;
}

// A gold Source that is only a relative pronoun right after a name set off by a comma ("said
// Beck, who said there were “...”", "Trump, who has called the pact “insanity”") stands for
// that name: a non-restrictive "who"/"which" after a proper name can refer to nothing else.
// The name is then scored as the source (as a name source). Not after "of", "for", "at",
// "from", "in", "and" or an article ("Rubio of Florida, who": the head is not the last
// name), and not after a common noun.
export function relativeAntecedent(text: string, s: Span): Span | null {
  if (!/^(?:who|which)$/i.test(text.slice(s.start, s.end).trim())) return null;
  const from = Math.max(0, s.start - 80);
  const before = text.slice(from, s.start);
  const m = /((?:\p{Lu}[\p{L}.’'\-]*\s+)*\p{Lu}[\p{L}.’'\-]*)(?:\s*\([^()]{1,40}\))?,\s*$/u.exec(before);
  if (!m || /(?:^|\s)(?:of|for|at|from|in|and|the|a|an)\s+$/i.test(before.slice(0, m.index))) return null;
  return { start: from + m.index, end: from + m.index + m[1]!.length };
}

export function judge(p: JudgedSpeaker, g: { sources: Span[] }, text: string, entities: ParsedEntity[]): { cls: SourceClass; right: boolean } | null {
  const source = g.sources[0];
  if (!source) return null;
  // Only the head region of each gold source counts (see scripts/gold-sources.ts).
  const heads = g.sources.map((s) => sourceHead(text, relativeAntecedent(text, s) ?? s));
  const cls = heads[0]!.cls;
  const headWords = heads.flatMap((h) => h.words);
  const hitsHead = (m: Span): boolean => headWords.some((w) => overlap(m, w) > 0);
  const entity = p.speaker ? entities.find((e) => e.name === p.speaker) : undefined;
  const entityHit = entity?.mentions.some(hitsHead) ?? false;
  if (cls === 'name') {
    const headText = (h: { words: Span[] }): string => h.words.map((w) => text.slice(w.start, w.end)).join(' ');
    const right = p.speaker !== null && (entityHit || heads.some((h) => nameMatches(p.speaker!, headText(h))));
    return { cls, right };
  }
  const mentionHit = p.speakerStart !== undefined && hitsHead({ start: p.speakerStart, end: p.speakerEnd! });
  return { cls, right: mentionHit || entityHit };
}
