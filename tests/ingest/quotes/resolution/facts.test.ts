// facts.ts: what the features read about an entity and about one of its mentions.
import { describe, expect, it } from 'vitest';
import { contextWords, entityFacts, mentionFacts } from '../../../../src/ingest/quotes/resolution/facts.js';
import type { Speaker } from '../../../../src/ingest/quotes/speakers.js';
import { draftOf, entity } from '../helpers.js';

function speaker(paragraph: string, name: string, type: 'PERSON' | 'ORGANIZATION', forms: string[] = [name], descriptions: string[] = []): { text: string; e: Speaker } {
  const d = draftOf(paragraph);
  return { text: d.text, e: entity(d, name, type, forms, descriptions) as Speaker };
}

/** The facts of the mention written `written` in `paragraph`. */
function at(paragraph: string, written: string) {
  const text = draftOf(paragraph).text;
  const start = text.indexOf(written);
  return mentionFacts(text, { start, end: start + written.length });
}

describe('an entity: its words and what its name looks like', () => {
  it('name and alias words, description words, lower case', () => {
    const { text, e } = speaker('The International Monetary Fund (IMF) said on Tuesday.', 'International Monetary Fund', 'ORGANIZATION', ['International Monetary Fund', 'IMF'], ['Washington-based lender']);
    const facts = entityFacts(text, e);
    expect([...facts.name]).toEqual(['international', 'monetary', 'fund', 'imf']);
    expect([...facts.description]).toEqual(['washington-based', 'lender']);
  });

  it('a news outlet’s name; a person named like an organisation', () => {
    const post = speaker('The Washington Post reported it.', 'The Washington Post', 'ORGANIZATION');
    const apple = speaker('Apple reported it.', 'Apple', 'ORGANIZATION');
    const association = speaker('He was a lawyer for the American Family Association.', 'Family Association', 'PERSON');
    expect(entityFacts(post.text, post.e).mediaNamed).toBe(true);
    expect(entityFacts(apple.text, apple.e).mediaNamed).toBe(false);
    expect(entityFacts(association.text, association.e).orgNamed).toBe(true);
  });
});

describe('the titles and appositions written at an entity’s mentions', () => {
  it('"Florida Sen. Marco Rubio" and "Rubio, the Florida senator,": florida, senator', () => {
    const text = draftOf('Florida Sen. Marco Rubio spoke in Iowa. On Monday, Rubio, the Florida senator, said he feels good.').text;
    const span = (form: string, from = 0) => ({ start: text.indexOf(form, from), end: text.indexOf(form, from) + form.length, text: form, paragraphIndex: 0 });
    const rubio: Speaker = { name: 'Marco Rubio', type: 'PERSON', aliases: ['Rubio'], descriptions: [], salience: 0, mentions: [span('Marco Rubio'), span('Rubio,')] };
    expect([...contextWords(text, rubio)].sort()).toEqual(['florida', 'senator']);
  });

  it('four words back at most, function words left out: "a drop in the oil giant Exxon Mobil"', () => {
    const { text, e } = speaker('The Dow was held back partly by a drop in the oil giant Exxon Mobil.', 'Exxon Mobil', 'ORGANIZATION');
    expect([...contextWords(text, e)].sort()).toEqual(['giant', 'oil']);
  });
});

describe('a mention: does it speak, how does it stand', () => {
  it('the subject of a reporting verb speaks, past an apposition; an inverted subject too; an addressee does not', () => {
    expect(at('Henson said the race is open.', 'Henson').speaks).toBe(true);
    expect(at('Michael O’Hanlon, a foreign policy expert at the Brookings Institution, says Libya is the biggest trouble spot.', 'Michael O’Hanlon').speaks).toBe(true);
    expect(at('“It is open,” said Henson.', 'Henson').speaks).toBe(true);
    expect(at('The race is open, according to Henson.', 'Henson').speaks).toBe(true);
    expect(at('Trump told Sean Hannity on Fox.', 'Sean Hannity').speaks).toBe(false);
  });

  it('a name that modifies a noun, a possessive, a name after a preposition, a plain name', () => {
    expect(at('He counts himself as a devout Catholic and Donald Trump supporter.', 'Donald Trump').role).toBe('premodifier');
    expect(at('Trump’s lawyer said so.', 'Trump').role).toBe('possessive');
    expect(at('In an interview with Hannity, he said so.', 'Hannity').role).toBe('preposition');
    expect(at('Hannity said so.', 'Hannity').role).toBe('plain');
  });
});
