// index.ts (extractQuotes): the pipeline end to end, and what it decides itself: the kind of a
// quote, speakers carried from earlier quotes and narration, which frame a quote takes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/ingest/entities/index.js';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';
import { extractQuotes } from '../../../src/ingest/quotes/index.js';
import type { ParsedQuote } from '../../../src/ingest/types.js';
import { draftOf, entity, articleQuotes, speakerRow, attributed, smith, who, brief, expectOffsets, jane, speakers, withPeople, directQuotes } from './helpers.js';

describe('the seed article', () => {
  const draft = readWireText(readFileSync(new URL('../../../seeds/000_fd439a6a3e23e835.txt', import.meta.url), 'utf8'), '000_fd439a6a3e23e835.txt');
  // The real entity extraction feeds speaker resolution, as in ingestion.
  let cached: ParsedQuote[] | undefined;
  const seedQuotes = (): ParsedQuote[] => (cached ??= directQuotes(extractQuotes(draft, extractEntities(draft))));

  it('yields exactly the nine body quotes, in order, with speakers, cues and kinds', () => {
    expect(seedQuotes().map((q) => [q.text.slice(0, 30), q.speaker, q.cue, q.kind])).toEqual([
      ['This is completely untrue. Thi', 'Dmitry Peskov', 'told reporters', 'FULL'],
      ['There was no conversation.', 'Dmitry Peskov', null, 'FULL'],
      ['This is the most obvious examp', 'Dmitry Peskov', 'said', 'FULL'],
      ['There are no concrete plans ye', 'Dmitry Peskov', 'said', 'FULL'],
      ['the direct involvement of NATO', 'Vladimir Putin', 'said', 'PARTIAL'],
      ['pumping weapons into Ukraine i', 'Kremlin', 'said', 'PARTIAL'],
      ['Nothing can be ruled out', 'Dmitry Peskov', 'said', 'FULL'],
      ['We, in turn, will continue the', 'Dmitry Peskov', 'said', 'FULL'],
      ['The dynamic of the SMO is well', 'Dmitry Peskov', null, 'FULL'],
    ]);
  });

  it('keeps offsets that slice to the text, inside the marks, and skips the headline', () => {
    const quotes = seedQuotes();
    expectOffsets(draft, quotes);
    for (const q of quotes) {
      expect(draft.blocks[q.paragraphIndex]!.kind).toBe('PARAGRAPH');
      expect(q.start).toBeGreaterThanOrEqual(draft.blocks[q.paragraphIndex]!.start);
      expect(draft.text[q.start - 1]).toBe('“');
    }
    expect(quotes.some((q) => q.text.includes('pure fiction’'))).toBe(false);
    expect(quotes[3]!.speakerAsWritten).toBe('Peskov');
    expect(quotes[5]!.speakerAsWritten).toBe('The Kremlin');
    expect(quotes[5]!.speakerType).toBe('ORGANIZATION');
  });
});

describe('FULL and PARTIAL quotes', () => {
  it('partial quotes inside reported speech are PARTIAL', () => {
    const d = draftOf('Vladimir Putin said on Sept. 12 that such a step would mean “the direct involvement of NATO countries” in the war.');
    const q = directQuotes(extractQuotes(d, [entity(d, 'Vladimir Putin', 'PERSON')]));
    expect(q.map(brief)).toEqual([{ text: 'the direct involvement of NATO countries', speaker: 'Vladimir Putin', asWritten: 'Vladimir Putin', cue: 'said', kind: 'PARTIAL' }]);
  });
});

describe('speakers carried from an earlier quote', () => {
  it('continuation quotes take the speaker of the attributed quote before them', () => {
    const d = draftOf('“We will go on,” Jane Smith said. “Nothing has changed. We are calm.”');
    const q = directQuotes(extractQuotes(d, [entity(d, 'Jane Smith', 'PERSON')]));
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([
      ['We will go on', 'Jane Smith', 'said'],
      ['Nothing has changed. We are calm.', 'Jane Smith', null],
    ]);
  });

  it('a run of uncued quote paragraphs keeps the speaker of the first', () => {
    const d = draftOf('“One,” Jane Smith said.', '“Two.”', '“Three.”');
    expect(speakers(d, [jane(d)])).toEqual(['Jane Smith', 'Jane Smith', 'Jane Smith']);
  });

  it('a lone uncued quote paragraph after one paragraph of narration goes on with the last speaker, not after two', () => {
    const d = draftOf('“We won,” Jane Smith said.', 'The vote was close.', '“It was a long night.”', 'Counting ended at dawn.', 'Turnout was high.', '“Nobody expected it.”');
    expect(who(d, smith(d))).toEqual([
      ['We won', 'Jane Smith', 'Jane Smith', 'said'],
      ['It was a long night.', 'Jane Smith', 'Jane Smith', null],
      ['Nobody expected it.', null, null, null],
    ]);
  });
});

describe('introductions ending in a colon', () => {
  it('a quote paragraph introduced by a colon-ended paragraph takes that sentence’s speaker', () => {
    const d = draftOf('Jane Smith issued the following statement:', '“We are ready for the vote.”');
    expect(speakers(d, [jane(d)])).toEqual(['Jane Smith']);
  });

  it('a colon introduction carries through a run of quote paragraphs, past one whose only quote is a title', () => {
    const d = draftOf('Jane Smith stated:', '"The department is not about “Equal Justice Under Law” anymore.', '"The Senate was supposed to be the guardian of the states."');
    expect(who(d, smith(d))).toEqual([['The Senate was supposed to be the guardian of the states.', 'Jane Smith', 'Jane Smith', 'stated']]);
  });
});

describe('the subject of the narration before a quote', () => {
  it('a quote opening a later sentence of its paragraph goes to the sentence before it', () => {
    const d = draftOf('“We will win,” Jones said. Smith thanked the crowd. “It is a great day.”');
    expect(withPeople(d)).toEqual([
      ['We will win', 'Bob Jones', 'Jones', 'said'],
      ['It is a great day.', 'Jane Smith', 'Smith', 'thanked'],
    ]);
  });

  it('a quote paragraph after narration whose last sentence has a name or pronoun as subject: that subject speaks', () => {
    const d = draftOf('The rally was loud. Jane Smith had a question for the crowd.', '“Who is going to pay for it?”', 'The crowd cheered. Turnout was high.', '“Nobody.”');
    expect(who(d, smith(d))).toEqual([
      ['Who is going to pay for it?', 'Jane Smith', 'Jane Smith', 'had'],
      // "Turnout" names no one: the last speaker, two paragraphs back, goes on instead.
      ['Nobody.', 'Jane Smith', 'Jane Smith', null],
    ]);
  });

  it('the subject of the previous paragraph’s last sentence beats the run of quote paragraphs', () => {
    const d = draftOf('“We will build it,” Jones said. Smith had a question for the crowd.', '“Who will pay for it?”');
    expect(withPeople(d)[1]).toEqual(['Who will pay for it?', 'Jane Smith', 'Smith', 'had']);
  });
});

describe('which frame a quote takes', () => {
  it('a cue before a partial quote in its own clause beats a cue further on', () => {
    const d = draftOf('While Jim Comey said that Jane Smith was “extremely careless” and erred, he said no charges were due.');
    expect(speakers(d, [jane(d), entity(d, 'Jim Comey', 'PERSON', ['Jim Comey'])])).toEqual(['Jim Comey']);
  });

  it('after a quote that ends its sentence, a cue before it in that sentence beats a frame opening the next', () => {
    expect(attributed('Bob Smith mocked the mayor, who he noted was “in his final year.” He pledged to move the office.')).toEqual([
      ['in his final year.', 'Bob Smith', 'he', 'noted'],
    ]);
    // With no cue before it, the next sentence's frame still counts.
    expect(attributed('The mayor is “in his final year.” Bob Smith said on Monday.')).toEqual([['in his final year.', 'Bob Smith', 'Bob Smith', 'said']]);
  });

  it('a quote in a clause with its own subject, ending its sentence, is not the next sentence’s: "Reed attacked Hale, calling him “...” Hale fired back"', () => {
    expect(attributed('Tom Reed and Bob Hale spoke.', 'Early in his campaign, Reed attacked Hale, calling him, among other things, “a failed candidate.” Hale fired back in March, attacking Reed for “the greed.”')).toEqual([
      ['a failed candidate.', 'Tom Reed', 'Reed', 'attacked'],
      ['the greed.', 'Bob Hale', 'Hale', 'fired back'],
    ]);
    // A clause with a finite cue of its own keeps the frame after the quote.
    expect(attributed('Joe Biden, Bob Hale said, had passed “hundreds of bills.” That is bad, according to Hale.')[0]![1]).toBe('Bob Hale');
  });

  it('a title or term before the quote does not hide the cue before it: "On ABC’s “This Week,” Rubio said that ... “radical Islam,” Democrats are “...”"', () => {
    const rows = attributed('Marco Rubio is a senator.', 'On ABC’s “This Week,” Rubio said that by refusing to say the words “radical Islam,” Democrats are “saying we were not at war.”');
    expect(rows).toEqual([['saying we were not at war.', 'Marco Rubio', 'Rubio', 'said']]);
  });
});

describe('the clause around a quote', () => {
  it('a sentence that ends inside a closing mark is over: the next clause has its own subject', () => {
    const d = draftOf('Bob Jones spoke of “improving NAFTA” and making it “updated.” Then Jane Smith voiced a wish for a “strong Mexico.”');
    const ents = [entity(d, 'Bob Jones', 'PERSON'), ...smith(d)];
    expect(who(d, ents).map((x) => [x[0], x[1], x[2]])).toEqual([
      ['improving NAFTA', 'Bob Jones', 'Bob Jones'],
      ['updated.', 'Bob Jones', 'Bob Jones'],
      ['strong Mexico.', 'Jane Smith', 'Jane Smith'],
    ]);
  });

  it('a coordinated clause with its own pronoun subject: “...,” and she called X “...”', () => {
    const d = draftOf('Smith voiced a wish for a “better deal,” and she pronounced Jones “a true friend.”');
    expect(who(d, smith(d))).toEqual([
      ['better deal', 'Jane Smith', 'Smith', 'voiced'],
      ['a true friend.', 'Jane Smith', 'she', 'pronounced'],
    ]);
  });

  it('a "while" clause has its own subject: "The senator likes “X,” while the governor loves “Y.”"', () => {
    expect(attributed('The senator likes “Game Night,” while the former governor loves “Lilyhammer.”').at(-1)).toEqual(['Lilyhammer.', null, 'the former governor', 'loves']);
  });

  it('an aside in parentheses has its subject inside: (X’s spokeswoman denied ... “...”)', () => {
    const d = draftOf('(Smith’s spokeswoman denied that Jones had ever “attacked” her, and said he “will be a fine president.”)');
    expect(withPeople(d).map((q) => q.slice(2))).toEqual([['Smith’s spokeswoman', 'denied'], ['Smith’s spokeswoman', 'denied']]);
  });
});

describe('quotes that share a frame', () => {
  it('two quotes joined by "and" share the frame after the second: `Guns are “...” and “...,” Howard Dean proclaimed`', () => {
    expect(attributed('Howard Dean spoke.', 'Guns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean, the former governor of Vermont, proclaimed.')).toEqual([
      ['the ultimate public health crisis', 'Howard Dean', 'Howard Dean', 'proclaimed'],
      ['stunt children’s growth', 'Howard Dean', 'Howard Dean', 'proclaimed'],
    ]);
  });

  it('`Fundraising was “stagnant” as donors waited to see how a “turbulent cycle” played out, he said.`: both quotes are his', () => {
    const rows = articleQuotes('Title', 'Fundraising was “stagnant for about a month” as donors waited to see how a “turbulent election cycle” played out, he said.').map(speakerRow);
    expect(rows).toEqual([
      ['stagnant for about a month', null, 'he', 'said'],
      ['turbulent election cycle', null, 'he', 'said'],
    ]);
  });
});

describe('scale', () => {
  // Every look-up per quote is bounded or a binary search: a paragraph of n quotes used to
  // cost more than n² (72 s for 100k characters of `“a” `). Eight times the text must cost
  // about eight times as much, not 64: timed side by side, the ratio holds on a loaded
  // machine where a fixed budget in milliseconds does not.
  it.each([['“a” '], ['"a" '], ['said "'], ['"x," Putin said. '], ['"1" said']])('parses a 200k-character paragraph of %j in linear time', (pattern) => {
    const parse = (chars: number): { ms: number; quotes: number } => {
      const d = readWireText(`Title\n${pattern.repeat(Math.ceil(chars / pattern.length))}\n`, 'big.txt');
      const entities = extractEntities(d);
      const t0 = performance.now();
      const quotes = directQuotes(extractQuotes(d, entities)).length;
      return { ms: performance.now() - t0, quotes };
    };
    parse(25_000); // warm-up: compile the hot paths before either timing
    const small = parse(25_000);
    const large = parse(200_000);
    expect(large.quotes).toBeGreaterThan(0);
    expect(large.ms / Math.max(small.ms, 1)).toBeLessThan(24);
  });
});
