// terms.ts: quoted words that are terms or titles, not speech.
import { describe, expect, it } from 'vitest';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';
import { extractQuotes } from '../../../src/ingest/quotes/index.js';
import type { ArticleDraft, ParsedEntity } from '../../../src/ingest/types.js';
import { draftOf, entity, attributed, directQuotes } from './helpers.js';

const texts = (d: ArticleDraft, entities: ParsedEntity[] = []) => directQuotes(extractQuotes(d, entities)).map((q) => q.text);

describe('scare quotes and titles', () => {
  it('drops scare quotes and titles, and headline quotes', () => {
    const d = readWireText(
      ['Smith says “we will win”', 'The so-called “peace plan” was discussed.', 'She appeared on NBC’s “Meet the Press” on Sunday.'].join('\n\n'),
      't.txt',
    );
    expect(directQuotes(extractQuotes(d, []))).toEqual([]);
  });

  it('a poster or work with its year, and a programme after "told", are titles', () => {
    const d = draftOf(
      'The party’s posters read “Stop the Invasion Now!” (2009) and “Yes to Borders” (2014).',
      'Jane Smith told “Good Morning Today” she would run.',
      'Jane Smith said the plan was “Not Good Enough” (for now).',
    );
    expect(texts(d, [entity(d, 'Jane Smith', 'PERSON')])).toEqual(['Not Good Enough']);
  });

  it('an ampersand is a small word of a title: on Fox’s “Fox & Friends”', () => {
    const d = draftOf('Jane Smith appeared on Fox’s “Fox & Friends” to defend her.');
    expect(texts(d, [entity(d, 'Jane Smith', 'PERSON')])).toEqual([]);
  });

  it('a long Title Case title after "author of" or "autobiography" is a title, not a quote', () => {
    expect(attributed('Bob Hale, a co-author of “Those Guys Have All the Fun: Inside the World of ESPN,” spoke.')).toEqual([]);
    expect(attributed('In his autobiography, “A Time for Truth,” Tom Reed wrote about it.')).toEqual([]);
  });

  it('translations, a book a fact is sourced to, and a show an actor stars in or a host hosts are no quotes', () => {
    expect(attributed('He answered, “Do svidaniya!” - Russian for “goodbye.”')).toEqual([['Do svidaniya!', null, 'He', 'answered']]);
    expect(attributed('One Sunday in 2001, according to “Perfect Enough: Carly Fiorina and the Reinvention,” the board met.')).toEqual([]);
    expect(attributed('Jane Smith stars on the Netflix serial thriller, “Bloodline.”', 'Tom Reed told the hosts of “Morning Joe” he would run.')).toEqual([]);
  });
});

describe('short uncued terms', () => {
  it('a short uncued quote modifying the noun after it is a term: the “undercard” debate', () => {
    const d = draftOf('Four of them met in the “undercard” debate on Tuesday.', 'Jane Smith called the plan “a disaster” and left.');
    expect(texts(d, [entity(d, 'Jane Smith', 'PERSON')])).toEqual(['a disaster']);
  });

  it('a short uncued quote in a sentence with no one in it is a term; one with a person or pronoun stays', () => {
    const d = draftOf('Will there be a “Haley effect” in the primary?', 'Voters see him as a “strongman” now.', 'Jane Smith is “not a quitter” at all.', '“Nobody expected it.”');
    expect(texts(d, [entity(d, 'Jane Smith', 'PERSON')])).toEqual(['strongman', 'not a quitter', 'Nobody expected it.']);
  });

  it('a quoted word that opens its sentence as the subject of a verb is a term: “Containment” has been', () => {
    const d = draftOf('“We will act,” Jane Smith said.', '“Containment” has been the policy for years.', '“Never.” That was it.');
    expect(texts(d, [entity(d, 'Jane Smith', 'PERSON')])).toEqual(['We will act', 'Never.']);
  });
});

describe('headlines, markup residue and labels', () => {
  it('a headline with its byline, markup residue and a one-word label are no quotes', () => {
    const d = draftOf(
      'NOW OPEN—“Art show comes to the Bronx,” by Metro’s Jane Smith: http://example.com',
      '“Related:”',
      'Jane Smith posted <a href="x">“>Great rally tonight”</a> on Monday.',
      'Jane Smith said it was “a good day,” by all accounts.',
    );
    expect(texts(d, [entity(d, 'Jane Smith', 'PERSON')])).toEqual(['a good day']);
  });
});

describe('nicknames', () => {
  it('a nickname inside a name is no quote: George “Jay” Keyworth', () => {
    const d = draftOf('The physicist George “Jay” Keyworth left the board.', 'Jane Smith called him “Brilliant” in 2001.');
    expect(texts(d, [entity(d, 'Jane Smith', 'PERSON')])).toEqual(['Brilliant']);
  });
});

describe('words that were chanted or introduced by a colon', () => {
  it('a Title Case quote that was chanted is someone’s words; “their chants of” names the chanters', () => {
    const d = draftOf('Protesters marched downtown, chanting “Dump The Plan.”', 'But their chants of “Go Home Now” were cut short.', 'Supporters wore “Vote Them Out” hats.');
    expect(directQuotes(extractQuotes(d, [])).map((q) => [q.text, q.speakerAsWritten, q.cue])).toEqual([
      ['Dump The Plan.', 'Protesters', 'chanting'],
      ['Go Home Now', 'their', 'chants of'],
    ]);
  });

  it('a Title Case quote introduced by a colon is someone’s words: one message: “Vote Them Out.”', () => {
    const d = draftOf('The rally had one message: “Vote Them Out.”', 'Jane Smith starred in “Vote Them Out” last year.');
    expect(texts(d, [entity(d, 'Jane Smith', 'PERSON')])).toEqual(['Vote Them Out.']);
  });
});
