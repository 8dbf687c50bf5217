// The tagger's spans -> typed mentions: the tagger decides what is a name and its type; the
// rules add canonical names, titles as descriptions, groups, laws and places in context.
import { groupName, isGroupName } from './groups.js';
import { isBeforeItsPlace, isStateAbbreviationInPlace } from './city-state.js';
import { isCommonInArticle, isLoneCommonWord, lowerCaseWords, type LowerCaseWords } from './common-words.js';
import { isHandle, nameEdges } from './span-edges.js';
import { isStateAbbreviation, lookupForm, type KnownEntity } from '../gazetteer/index.js';
import type { TagType } from './labels.js';
import { tagText, type TaggedSpan } from './tagger.js';
import { LAW_HEADS } from '../lexicon/index.js';
import { squash } from '../text.js';
import type { ArticleDraft, EntityType } from '../types.js';
import { RuleIndex } from './rule-findings.js';
import { taggedRanges } from './ranges.js';
import type { Located, Named } from './located.js';

// Names of laws, treaties and accords ("Election Law", "Freedom of Information Act").
const isLawName = (name: string): boolean => name.includes(' ') && LAW_HEADS.has(name.split(' ').at(-1)!);

const TAG_TYPE: Record<TagType, EntityType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION', MISC: 'OTHER' };

/**
 * The tagger decides what is a name and of which type; the rules add what they know of the
 * same span: the gazetteer's canonical name and the titles written before a person.
 */
export function decide(
  text: string,
  spans: TaggedSpan[],
  rules: RuleIndex,
  lower: LowerCaseWords,
  paragraphIndex: number,
  ordinal: number,
  year: number | null,
): Named[] {
  // A gazetteer name only fits copy written after it existed (no "Paris Agreement" in 1987).
  const inTime = (k: KnownEntity | undefined): KnownEntity | undefined => (k?.since !== undefined && year !== null && year < k.since ? undefined : k);
  return spans.flatMap((tagged): Named[] => {
    if (isHandle(text, tagged)) return [];
    const edges = nameEdges(text, tagged);
    if (!edges) return [];
    // "Chicago Alderman Jason C. Ervin": when the rules read a title before the person the
    // tagger found, the person starts where the rules' name does.
    const titled = tagged.type === 'PER' ? rules.within(edges).find((r) => r.type === 'PERSON' && r.end === edges.end && r.start > edges.start && r.descriptions.length > 0) : undefined;
    const s = { ...tagged, ...edges, ...(titled ? { start: titled.start } : {}) };
    const written = squash(text.slice(s.start, s.end));
    if (isLoneCommonWord(text, s.start, written) && !isGroupName(written)) return [];
    if (isCommonInArticle(text, s.start, written, lower, paragraphIndex === -1)) return [];
    if (isStateAbbreviation(written) && !isStateAbbreviationInPlace(text, s.start)) return [];
    // "(R-Tex)": a state after a party letter may drop its stop.
    const afterParty = /[RDI]-$/.test(text.slice(Math.max(0, s.start - 2), s.start)) && isStateAbbreviation(`${written}.`);
    const listed = inTime(lookupForm(afterParty ? `${written}.` : written));
    // An institution the gazetteer lists keeps its type ("White House", "U.N."); a place name
    // does not, as it often stands for a team or a person ("NEW YORK 74 59", "Jordan").
    const institution = listed !== undefined && listed.type !== 'LOCATION' ? listed.type : null;
    const type =
      s.type !== 'PER' && (s.type !== 'LOC' || listed?.type !== 'LOCATION') && isGroupName(written)
        ? 'GROUP'
        : (institution ?? (s.type !== 'MISC' && isBeforeItsPlace(text, s.end) ? 'LOCATION' : TAG_TYPE[s.type]));
    const same = rules.startingAt(s.start).find((r) => r.end === s.end && (r.type === type || r.type === null) && (!r.known || inTime(lookupForm(r.name))));
    const known = same?.known ? null : listed;
    if (type === 'ORGANIZATION' && isLawName(written)) return [{ name: written, type: 'OTHER', start: s.start, end: s.end, known: false, descriptions: [], paragraphIndex, ordinal }];
    const descriptions = rules.covering(s).flatMap((r) => (r.type === 'PERSON' ? r.descriptions : []));
    // A group is named by its group word ("Western" for "Western-supplied").
    if (type === 'GROUP') return [{ name: groupName(written), type, start: s.start, end: s.end, known: true, descriptions: [], paragraphIndex, ordinal }];
    const name = same?.known ? same.name : known?.type === type ? known.name : written;
    return [{ name, type, start: s.start, end: s.end, known: same?.known === true || known?.type === type, descriptions, paragraphIndex, ordinal }];
  });
}

/** The tagger's mentions over the whole article (ranges.ts), each decided, in text order. */
export function taggedMentions(draft: ArticleDraft, found: readonly Located[]): Named[] {
  const rules = new RuleIndex(found);
  const read = taggedRanges(draft);
  const spans = tagText(draft.text, read);
  const lower = lowerCaseWords(draft.text);
  // A gazetteer name only fits copy written after it existed (KnownEntity.since).
  const year = draft.publishedAt ? Number(draft.publishedAt.slice(0, 4)) : null;
  let ordinal = -1;
  return read.flatMap((p, i) => {
    if (p.paragraphIndex === -1 || draft.blocks[p.paragraphIndex]!.kind === 'PARAGRAPH') ordinal++;
    return decide(draft.text, spans[i]!, rules, lower, p.paragraphIndex, Math.max(ordinal, 0), year);
  });
}
