// Drafts, entities and quote rows shared by the tests of src/ingest/quotes/.
import { expect } from 'vitest';
import { extractEntities } from '../../../src/ingest/entities/index.js';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';
import { extractQuotes } from '../../../src/ingest/quotes/index.js';
import type { ArticleDraft, EntityType, ParsedEntity, ParsedQuote } from '../../../src/ingest/types.js';

/** The direct quotes (FULL and PARTIAL) of an extraction: what the rules of src/ingest/quotes/ decide; reported speech has tests of its own. */
export const directQuotes = (x: { quotes: ParsedQuote[] }): ParsedQuote[] => x.quotes.filter((q) => q.kind !== 'INDIRECT');

/** A draft from plain text: title on line 1, one paragraph per line. */
export function draftOf(...paragraphs: string[]): ArticleDraft {
  return readWireText(['Title', ...paragraphs].join('\n\n'), 'test.txt');
}

/** A hand-built entity whose mentions are every occurrence of its forms in the draft. */
export function entity(draft: ArticleDraft, name: string, type: EntityType, forms: string[] = [name], descriptions: string[] = []): ParsedEntity {
  const mentions = forms.flatMap((form) => {
    const found = [];
    for (let i = draft.text.indexOf(form); i >= 0; i = draft.text.indexOf(form, i + 1)) {
      found.push({ start: i, end: i + form.length, text: form, paragraphIndex: 0 });
    }
    return found;
  });
  return { name, type, aliases: forms.filter((f) => f !== name), descriptions, mentions, salience: 0 };
}

/** The quotes of an article with the entities its own entity pass finds. */
export function articleQuotes(title: string, ...paragraphs: string[]): ParsedQuote[] {
  const draft = readWireText([title, ...paragraphs].join('\n\n'), 'test.txt');
  return directQuotes(extractQuotes(draft, extractEntities(draft)));
}
export const speakerRow = (q: ParsedQuote) => [q.text, q.speaker, q.speakerAsWritten, q.cue];
/** Each quote of a one-paragraph-per-argument article as [text, speaker, as written, cue]. */
export const attributed = (...paragraphs: string[]) => articleQuotes('Title', ...paragraphs).map(speakerRow);
export const smith = (d: ArticleDraft): ParsedEntity[] => [entity(d, 'Jane Smith', 'PERSON', ['Jane Smith', 'Smith'])];
/** [text, speaker, as written, cue] of each quote, with the given entities. */
export const who = (d: ArticleDraft, ents: ParsedEntity[]) => directQuotes(extractQuotes(d, ents)).map(speakerRow);

export const brief = (q: ParsedQuote) => ({ text: q.text, speaker: q.speaker, asWritten: q.speakerAsWritten, cue: q.cue, kind: q.kind });

export function expectOffsets(draft: ArticleDraft, quotes: ParsedQuote[]): void {
  for (const q of quotes) {
    expect(draft.text.slice(q.start, q.end)).toBe(q.text);
    if (q.speakerStart !== undefined) expect(draft.text.slice(q.speakerStart, q.speakerEnd)).toBe(q.speakerAsWritten);
  }
}

export const jane = (d: ArticleDraft): ParsedEntity => entity(d, 'Jane Smith', 'PERSON', ['Jane Smith', 'Smith']);
/** The speaker of each quote, with the given entities. */
export const speakers = (d: ArticleDraft, ents: ParsedEntity[]): (string | null)[] => directQuotes(extractQuotes(d, ents)).map((q) => q.speaker);

const people = (d: ArticleDraft): ParsedEntity[] => [entity(d, 'Jane Smith', 'PERSON', ['Jane Smith', 'Smith']), entity(d, 'Bob Jones', 'PERSON', ['Bob Jones', 'Jones'])];
/** [text, speaker, as written, cue] of each quote, with Jane Smith and Bob Jones as the entities. */
export const withPeople = (d: ArticleDraft) => who(d, people(d));

/** [text, speaker, as written] of each quote of an article titled "Title", with its own entities. */
export const quoteSpeakersAsWritten = (...paragraphs: string[]) => articleQuotes('Title', ...paragraphs).map((q) => [q.text, q.speaker, q.speakerAsWritten]);
/** [text, speaker] of each quote of an article titled "Title", with its own entities. */
export const quoteSpeakers = (...paragraphs: string[]) => articleQuotes('Title', ...paragraphs).map((q) => [q.text, q.speaker]);
