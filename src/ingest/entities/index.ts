// Entity recognition: named people, organisations, places, groups and other things in an
// article's title, paragraphs and subheads, typed, merged within the article, with offsets
// and salience.
//
// How, one module per step:
//   ranges.ts        what is read: the title, paragraphs (no dateline) and subheads
//   tagger.ts        the statistical tagger decides what is a name and of which type
//   rule-findings.ts the hand rules (hand-rules/) read the paragraphs too: canonical names,
//                    titles as descriptions, quoted titles of works, names the tagger missed
//   decide.ts        the tagger's spans, typed and named with what the rules know
//   tickers, company-suffixes, connected-names, office-titles: fixed shapes of names
//   lone-words.ts    "Peskov" is the Dmitry Peskov the article names in full
//   merge.ts         one entity per (type, canonical name); the byline's journalists are none
//   salience.ts      how much the article is about each
import { attachCompanySuffixes } from './company-suffixes.js';
import { connectNames } from './connected-names.js';
import { SpanSet } from './intervals.js';
import { absorbOfficeFields, detachOfficeTitles } from './office-titles.js';
import { linkTickers } from './tickers.js';
import type { ArticleDraft, ParsedEntity } from '../types.js';
import { otherNamesMissed, ruleFindings, speakersMissed } from './rule-findings.js';
import { paragraphsOf } from './ranges.js';
import { taggedMentions } from './decide.js';
import { resolveLoneWords, surnamesArePeople, titleNames, typeLikePlaces } from './lone-words.js';
import { merge, withoutJournalists } from './merge.js';
import { withSalience } from './salience.js';
import type { Named } from './located.js';
import { isHandle } from './span-edges.js';

export { taggedRanges } from './ranges.js';
export { withSalience } from './salience.js';

/**
 * The previous system, kept as the rules' view: typed mentions from the hand rules alone
 * (`npm run eval:ner` scores it as a row of its own).
 */
export function ruleMentions(draft: ArticleDraft): Named[] {
  const found = ruleFindings(draft, paragraphsOf(draft));
  return withoutJournalists(draft, typeLikePlaces(resolveLoneWords(found, titleNames(draft.title))));
}

/** Named people, organisations, places and other things in the article's title and paragraphs. */
export function extractEntities(draft: ArticleDraft): ParsedEntity[] {
  return withSalience(draft, merge(draft.text, withoutJournalists(draft, resolvedMentions(draft))));
}

/** Every mention of the article, typed, named and resolved: what merge.ts makes entities of. */
export function resolvedMentions(draft: ArticleDraft): Named[] {
  const found = ruleFindings(draft, paragraphsOf(draft));
  const tagged = taggedMentions(draft, found);
  // A quoted title of a work is one name, whatever the tagger saw inside its marks.
  const quoted = found.filter((m): m is Named => m.quoted === true && m.type !== null);
  const quotes = new SpanSet(quoted);
  const outsideQuotes = tagged.filter((t) => !quotes.holds(t));
  const missed = [...otherNamesMissed(found, outsideQuotes), ...speakersMissed(draft.text, found, outsideQuotes)].filter((m) => !isHandle(draft.text, m));
  const withRules = [...outsideQuotes, ...missed];
  const named = absorbOfficeFields(draft.text, detachOfficeTitles(draft.text, connectNames(draft.text, attachCompanySuffixes(draft.text, linkTickers(draft.text, withRules)))));
  return resolveLoneWords(surnamesArePeople(named), titleNames(draft.title));
}
