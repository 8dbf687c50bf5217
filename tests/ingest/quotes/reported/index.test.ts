// index.ts (findReportedSpeech): the tagger run over an article's paragraphs. First with a
// hand-made model, whose labels are known, for what index.ts decides itself (which sentences
// are tagged, which Contents are kept, the offsets returned); then with the shipped model on
// real text, Reuters copy among it, and on hostile input.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractQuotes } from '../../../../src/ingest/quotes/index.js';
import { parse } from '../../../../src/ingest/index.js';
import { findReportedSpeech, withoutEdgePunctuation, withoutTrailingCue } from '../../../../src/ingest/quotes/reported/index.js';
import { reportedModel, type ReportedModel } from '../../../../src/ingest/quotes/reported/model.js';
import { findQuoteSpans } from '../../../../src/ingest/quotes/spans.js';
import { tokenize } from '../../../../src/ingest/entities/tokens.js';
import type { ArticleDraft, Span } from '../../../../src/ingest/types.js';
import { draftOf, speakerRow } from '../helpers.js';
import { blockKinds, handMadeModel, indirect, slice } from './helpers.js';

/** Each reported speech of a draft as [content, cue, source]. */
function reported(draft: ArticleDraft, model?: ReportedModel): (string | null)[][] {
  return findReportedSpeech(draft, findQuoteSpans(draft), model).map((r) => [slice(draft.text, r.content), slice(draft.text, r.cue), slice(draft.text, r.source)]);
}
const reportedIn = (model: ReportedModel | undefined, ...paragraphs: string[]) => reported(draftOf(...paragraphs), model);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('with a hand-made model', () => {
  // Names are Sources, "said" a Cue, full stops and "reportedly" O, every other word Content.
  const model = handMadeModel({ peskov: 'B-SOURCE', trump: 'B-SOURCE', said: 'B-CUE', '.': 'O', reportedly: 'O' }, ['said']);
  // Another, where a full stop is Content like any word not named: after "said", a Content of one full stop.
  const stops = handMadeModel({ peskov: 'B-SOURCE', said: 'B-CUE', ',': 'O' }, ['said']);

  it('returns each attribution with the offsets of its Content, Cue, Source and sentence, and its paragraph', () => {
    const d = draftOf('The talks went on. Peskov said that Putin had no plans.');
    const found = findReportedSpeech(d, findQuoteSpans(d), model);
    expect(found.map((r) => ({ content: slice(d.text, r.content), cue: slice(d.text, r.cue), source: slice(d.text, r.source), sentence: slice(d.text, r.sentence), blockIndex: r.blockIndex }))).toEqual([
      { content: 'that Putin had no plans', cue: 'said', source: 'Peskov', sentence: 'Peskov said that Putin had no plans.', blockIndex: 0 },
    ]);
    expect(found[0]!.content).toEqual({ start: d.text.indexOf('that Putin'), end: d.text.indexOf('.', d.text.indexOf('plans')) });
  });

  it('finds reported speech in each sentence of each paragraph, in text order', () => {
    const d = draftOf('Peskov said Putin had no plans. Trump said he would call.', 'The talks went on.', 'Peskov said nothing had changed.');
    const found = findReportedSpeech(d, findQuoteSpans(d), model);
    expect(found.map((r) => [slice(d.text, r.content), slice(d.text, r.sentence), r.blockIndex])).toEqual([
      ['Putin had no plans', 'Peskov said Putin had no plans. ', 0],
      ['he would call', 'Trump said he would call.', 0],
      ['nothing had changed', 'Peskov said nothing had changed.', 2],
    ]);
  });

  it('tags only the sentences that hold one of the model’s cue words', () => {
    const emissions = vi.spyOn(model, 'emissions');
    expect(reportedIn(model, 'Peskov said Putin had no plans. The talks went on. Then Trump said he would call.')).toEqual([
      ['Putin had no plans', 'said', 'Peskov'],
      ['he would call', 'said', 'Trump'],
    ]);
    expect(emissions).toHaveBeenCalledTimes(2);
  });

  it('never pairs a Cue with a Content of another sentence', () => {
    expect(reportedIn(model, 'Peskov said. Putin had no plans.')).toEqual([]);
  });

  it('reads paragraphs only: a subhead holding a cue word is not tagged', () => {
    const d = draftOf('The talks went on.', 'PESKOV SAID PUTIN HAD NO PLANS', 'Peskov said Putin had no plans.');
    expect(blockKinds(d).map(([kind]) => kind)).toEqual(['PARAGRAPH', 'SUBHEAD', 'PARAGRAPH']);
    expect(reported(d, model)).toEqual([['Putin had no plans', 'said', 'Peskov']]);
  });

  it('leaves a closing comma, semicolon, colon or dash out of the Content', () => {
    expect(reportedIn(model, 'Peskov said Putin had no plans, reportedly.', 'Peskov said Putin had no plans; reportedly.', 'Peskov said Putin had no plans – reportedly.', 'Peskov said Putin had no plans: reportedly.')).toEqual(
      new Array(4).fill(['Putin had no plans', 'said', 'Peskov']),
    );
  });

  it('drops a Content that holds a quotation mark: that is a direct quote’s', () => {
    expect(reportedIn(model, 'Peskov said Putin had “no plans” now.')).toEqual([]);
    expect(reportedIn(model, 'Peskov said Putin had no plans, and “that is final”.')).toEqual([]);
  });

  it('drops a Content with no word in it, and its Cue with it', () => {
    expect(reportedIn(stops, 'Peskov said.')).toEqual([]);
  });

  // A model may tag the full stop after a closing "said" as B-CONTENT (the one trained on feature
  // set reported/2 did: "Texaco will not sell its stake in the venture, a company spokesman
  // said./B-CONTENT"). attributionsOf pairs the Cue with that Content after it (after beats
  // before), and the real Content before the Cue would be lost if the word-less one were dropped
  // only after pairing; index.ts drops it before.
  it('a word-less Content after the Cue does not hide the Content before it: "Putin had no plans, Peskov said."', () => {
    expect(reportedIn(stops, 'Putin had no plans, Peskov said.')).toEqual([['Putin had no plans', 'said', 'Peskov']]);
  });
});

/** What a Content trimmer keeps of a whole text taken as the Content. */
const keptBy = (trim: (text: string, span: Span) => Span) => (text: string) => {
  const span = trim(text, { start: 0, end: text.length });
  return text.slice(span.start, span.end);
};

describe('withoutEdgePunctuation', () => {
  const cut = keptBy(withoutEdgePunctuation);

  it('takes punctuation and dangling joiners off both ends of a Content', () => {
    expect(cut(', without referring to Russia,')).toBe('without referring to Russia');
    expect(cut('he could bring peace within 24 hours if elected,')).toBe('he could bring peace within 24 hours if elected');
    expect(cut('— the declining West, which')).toBe('the declining West');
  });

  it('leaves a Content with clean ends, and one that is nothing but punctuation, as it is', () => {
    expect(cut('Putin had no plans')).toBe('Putin had no plans');
    expect(cut(', ;')).toBe(', ;');
  });
});

describe('withoutTrailingCue', () => {
  const cues = new Set(['citing', 'adding', 'said']);
  const cut = keptBy((text, span) => withoutTrailingCue(text, span, cues));

  it('ends a Content before a participle cue set off by a comma: where the Content came from, not what was reported', () => {
    expect(cut('that the call had taken place, citing unidentified sources')).toBe('that the call had taken place');
    expect(cut('prices would rise, adding that supply was short')).toBe('prices would rise');
  });

  it('keeps a Content whose -ing word after a comma is no cue word, or opens it', () => {
    expect(cut('output rose, pushing prices down')).toBe('output rose, pushing prices down');
    expect(cut(', citing sources')).toBe(', citing sources');
  });
});

describe('with the shipped model', () => {
  it('"Peskov said Putin had no plans to call Trump"', () => {
    const d = draftOf('Peskov said Putin had no plans to call Trump.');
    const [r, ...rest] = findReportedSpeech(d, findQuoteSpans(d));
    expect(rest).toEqual([]);
    // The draft's text opens with its title, "Title\n\n": the paragraph starts at 7.
    expect(d.blocks[0]!.start).toBe(7);
    expect(r).toEqual({ content: { start: 19, end: 51 }, cue: { start: 14, end: 18 }, source: { start: 7, end: 13 }, sentence: { start: 7, end: 52 }, blockIndex: 0 });
    expect(slice(d.text, r!.content)).toBe('Putin had no plans to call Trump');
  });

  it('reported speech in one sentence beside a direct quote in another', () => {
    expect(reportedIn(undefined, '“That is final,” he said. Peskov said Putin had no plans to call Trump.')).toEqual([['Putin had no plans to call Trump', 'said', 'Peskov']]);
  });

  it('"said in a statement that ...": the cue takes its adjunct, the Content its "that"', () => {
    expect(reportedIn(undefined, 'The company said in a statement that first quarter earnings would rise.')).toEqual([['that first quarter earnings would rise', 'said in a statement', 'The company']]);
  });
});

describe('Reuters copy (Reuters SGML, through parse)', () => {
  // A record as reut2-*.sgm writes them (see tests/ingest/reuters-sgml.test.ts): wrapped lines,
  // paragraphs indented, the "Reuter" sign-off.
  const SGML = `<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5561" NEWID="21">
<DATE>2-MAR-1987 10:15:32.41</DATE>
<TOPICS><D>crude</D></TOPICS>
<TEXT>&#2;
<TITLE>TEXACO &lt;TX> EXPECTS RULING BY YEAR END</TITLE>
<DATELINE>    NEW YORK, March 2 - </DATELINE><BODY>Texaco Inc said it expects a ruling by the end
of the year.
    The company said in a statement that first quarter earnings
would rise. Chairman James Kinnear told reporters the company had
no plans to sell its refineries.
    Texaco will not sell its stake in the venture, a company
spokesman said.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
`;
  const [article] = parse(SGML, 'reut2-001.sgm');

  it('reads three paragraphs', () => {
    expect(article!.blocks.map((b) => b.text)).toEqual([
      'Texaco Inc said it expects a ruling by the end of the year.',
      'The company said in a statement that first quarter earnings would rise. Chairman James Kinnear told reporters the company had no plans to sell its refineries.',
      'Texaco will not sell its stake in the venture, a company spokesman said.',
    ]);
  });

  it('finds these INDIRECT quotes, as [text, speaker, as written, cue]', () => {
    expect(indirect(article!.quotes).map(speakerRow)).toEqual([
      // Right.
      ['it expects a ruling by the end of the year', 'Texaco Inc', 'Texaco Inc', 'said'],
      // Right: the referent model resolves "The company" to Texaco Inc.
      ['that first quarter earnings would rise', 'Texaco Inc', 'The company', 'said in a statement'],
      // Known miss: "reporters" is whom Kinnear told, not what he said ("the company had no plans ...").
      ['reporters the company had no plans to sell its refineries', 'James Kinnear', 'Chairman James Kinnear', 'told'],
      // Content and cue right; known miss: the speaker is Texaco Inc ("a company spokesman"), and a
      // description is not resolved to the entity it speaks for.
      ['Texaco will not sell its stake in the venture', null, 'a company spokesman', 'said'],
    ]);
    expect(article!.entities.map((e) => e.name)).toEqual(['Texaco Inc', 'James Kinnear']);
  });
});

describe('robustness', () => {
  it('an article with an empty paragraph, or of nothing, has no reported speech', () => {
    expect(blockKinds(draftOf(''))).toEqual([]);
    expect(reportedIn(undefined, '')).toEqual([]);
    expect(reportedIn(undefined, '', 'Peskov said Putin had no plans to call Trump.')).toEqual([['Putin had no plans to call Trump', 'said', 'Peskov']]);
  });

  it('a paragraph of punctuation only has none', () => {
    expect(reportedIn(undefined, '.,;:!?—…()')).toEqual([]);
    expect(reportedIn(undefined, '. . . , , , ! ? “ ” -- ... « » " "')).toEqual([]);
  });

  it('text with no cue word is not tagged at all', () => {
    const model = reportedModel();
    const text = 'The river rose two metres overnight in the north of the country.';
    expect(tokenize(text).filter((t) => model.cueWords.has(t.text.toLowerCase()))).toEqual([]);
    const emissions = vi.spyOn(model, 'emissions');
    expect(reportedIn(model, text)).toEqual([]);
    expect(emissions).not.toHaveBeenCalled();
  });

  it('quoted words are never reported Content: a Content holding a quote is dropped', () => {
    const paragraphs = [
      'Peskov said that Putin had “no plans” to call Trump.',
      'Peskov said Putin had no plans to call Trump, and “that is final.”',
      '“Putin has no plans to call Trump,” Peskov said.',
    ];
    const d = draftOf(...paragraphs);
    const quotes = findQuoteSpans(d);
    const found = findReportedSpeech(d, quotes);
    for (const r of found) for (const q of quotes) expect(r.content.end <= q.open || r.content.start >= q.close).toBe(true);
    expect(found.map((r) => [slice(d.text, r.content), r.blockIndex])).toEqual([
      // The first: its Content, "that Putin had “no plans” to call Trump", is dropped. The second:
      // the Content stops before the quote that closes the sentence. The third is a direct quote.
      ['Putin had no plans to call Trump', 1],
    ]);
  });

  it('a 50,000-token sentence of "said said said ..." finishes without throwing, with no reported speech', () => {
    const d = draftOf(new Array(50_000).fill('said').join(' '));
    expect(tokenize(d.text, d.blocks[0]!.start).length).toBe(50_000);
    expect(reported(d)).toEqual([]);
    expect(indirect(extractQuotes(d, []).quotes)).toEqual([]);
  });
});
