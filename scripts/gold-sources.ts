// What a PolNeAR gold Source span names, for scoring speakers (scripts/eval-quotes.ts).
//
// Annotators mark the whole source phrase: "A spokesman for Democratic presidential candidate
// Hillary Clinton", "Trump’s GOP primary rival Sen. Marco Rubio (R-Fla.)", "Jeffrey Lewis of
// the James Martin Center". The speaker is the HEAD of that phrase (the spokesman, Rubio,
// Lewis), not every name inside it: crediting "Hillary Clinton" or "Trump" there would score
// a wrong speaker as right, and calling "the former secretary of State" a name (because it
// ends in a capital) would demand an entity the phrase never names. So the source is cut to
// its head region first, and both the name/nominal split and the speaker check use it.
import type { Span } from '../src/ingest/types.js';

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
