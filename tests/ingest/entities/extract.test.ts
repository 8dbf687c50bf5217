import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/ingest/entities/index.js';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';
import { extract } from '../../../src/ingest/index.js';
import { entityKey, resolveBareSurnames, resolvePersonName } from '../../../src/ingest/names.js';
import type { ParsedEntity } from '../../../src/ingest/types.js';

const seedText = readFileSync(new URL('../../../seeds/000_fd439a6a3e23e835.txt', import.meta.url), 'utf8');

function entities(body: string): ParsedEntity[] {
  return extractEntities(readWireText(`Title line\n\n${body}`, 'x.txt'));
}
const find = (list: ParsedEntity[], name: string): ParsedEntity | undefined => list.find((e) => e.name === name);
const summary = (list: ParsedEntity[]): string[] => list.map((e) => `${e.type} ${e.name}`).sort();

describe('extractEntities on the seed article', () => {
  const draft = readWireText(seedText, '000_fd439a6a3e23e835.txt');
  const list = extractEntities(draft);

  it('finds the people, organisations and places with their types', () => {
    const expected = [
      'PERSON Donald Trump', 'PERSON Vladimir Putin', 'PERSON Dmitry Peskov', 'PERSON Keir Starmer',
      'PERSON Emmanuel Macron', 'PERSON Joe Biden', 'ORGANIZATION Kremlin', 'ORGANIZATION The Washington Post',
      'ORGANIZATION NATO', 'ORGANIZATION Reuters', 'LOCATION Moscow', 'LOCATION Ukraine', 'LOCATION Russia',
      'LOCATION United States', 'LOCATION Europe',
    ];
    expect(summary(list)).toEqual(expect.arrayContaining(expected));
  });

  it('merges bare surnames and country aliases into the full names', () => {
    const inBody = (name: string) => find(list, name)!.mentions.filter((m) => m.paragraphIndex >= 0);
    expect(find(list, 'Donald Trump')).toMatchObject({ aliases: ['Trump'] });
    expect(inBody('Donald Trump')).toHaveLength(7);
    expect(find(list, 'Vladimir Putin')).toMatchObject({ aliases: ['Putin'] });
    expect(inBody('Vladimir Putin')).toHaveLength(8);
    expect(find(list, 'Dmitry Peskov')).toMatchObject({ aliases: ['Peskov'] });
    expect(inBody('Dmitry Peskov')).toHaveLength(6);
    expect(find(list, 'United States')!.aliases).toEqual(['U.S.']);
    for (const bare of ['Trump', 'Putin', 'Peskov']) expect(find(list, bare)).toBeUndefined();
  });

  it('keeps titles as descriptions, not names', () => {
    expect(find(list, 'Dmitry Peskov')!.descriptions).toContain('Kremlin spokesman');
    expect(find(list, 'Vladimir Putin')!.descriptions).toEqual(['Russian President']);
    expect(find(list, 'Donald Trump')!.descriptions).toEqual(['U.S. President-elect']);
    expect(find(list, 'Keir Starmer')!.descriptions).toEqual(['British Prime Minister']);
    expect(find(list, 'Joe Biden')!.descriptions).toEqual(['U.S. President']);
    const names = list.map((e) => e.name);
    for (const title of ['Kremlin spokesman', 'Russian President', 'British Prime Minister', 'President']) {
      expect(names).not.toContain(title);
    }
  });

  it('leaves out subheads, months, the dateline, SMO as an organisation and the journalists', () => {
    const names = list.map((e) => e.name);
    for (const junk of ['WAR AND PEACE', 'WAR', 'PEACE', 'Sept.', 'Sept', 'MOSCOW', 'MOSCOW (Reuters)', 'Monday', 'Thursday']) {
      expect(names).not.toContain(junk);
    }
    expect(list.filter((e) => e.type === 'ORGANIZATION').map((e) => e.name)).not.toContain('SMO');
    expect(find(list, 'special military operation')).toMatchObject({ type: 'OTHER', aliases: ['SMO'] });
    for (const journalist of ['Dmitry Antonov', 'Guy Faulconbridge', 'Anastasia Teterevleva', 'Andrew Osborn', 'William Maclean']) {
      expect(names).not.toContain(journalist);
    }
  });

  it('names the title\'s people and organisations too, as mentions in the title', () => {
    const inTitle = list.flatMap((e) => e.mentions.filter((m) => m.paragraphIndex === -1).map((m) => `${e.name}: ${m.text}`));
    expect(inTitle.sort()).toEqual(['Donald Trump: Trump', 'Kremlin: Kremlin', 'Vladimir Putin: Putin']);
  });

  it('gives mentions exact offsets inside paragraph blocks or the title', () => {
    const titleAt = draft.text.indexOf(draft.title);
    for (const e of list) {
      for (const m of e.mentions) {
        expect(draft.text.slice(m.start, m.end)).toBe(m.text);
        if (m.paragraphIndex === -1) {
          expect(m.start >= titleAt && m.end <= titleAt + draft.title.length).toBe(true);
          continue;
        }
        const block = draft.blocks[m.paragraphIndex]!;
        expect(block.kind).toBe('PARAGRAPH');
        expect(m.start >= block.start && m.end <= block.end).toBe(true);
      }
    }
    // The Kremlin's mentions do not include "The" (one is in the title).
    expect(find(list, 'Kremlin')!.mentions.map((m) => m.text)).toEqual(['Kremlin', 'Kremlin', 'Kremlin', 'Kremlin']);
  });

  it('has saliences in 0..1 that sum to 1, ordered by salience then name', () => {
    const total = list.reduce((s, e) => s + e.salience, 0);
    expect(Math.abs(total - 1)).toBeLessThanOrEqual(1e-9);
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!;
      const b = list[i]!;
      expect(a.salience > b.salience || (a.salience === b.salience && a.name.localeCompare(b.name, 'en') <= 0)).toBe(true);
    }
    expect(list.slice(0, 2).map((e) => e.name).sort()).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('gives each entity its share of the mention weight, unrounded', () => {
    // Putin: 8 mentions in the body and 1 in the title (which weighs like the lead); the
    // weights of the paragraphs they are in (1/sqrt(1 + ordinal)) over the weights of all the
    // article's mentions. Rounded to 4 places they summed to 1.0003.
    expect(find(list, 'Vladimir Putin')!.salience).toBe(0.15950497018686388);
    expect(find(list, 'Donald Trump')!.salience).toBe(0.1551690593626971);
    expect(find(list, 'Keir Starmer')!.salience).toBe(0.008635132135137863);
    // Equal weights, equal shares, to the last bit: the tie is broken by name.
    const once = list.filter((e) => e.salience === find(list, 'Keir Starmer')!.salience).map((e) => e.name);
    expect(once).toEqual(['British', 'Emmanuel Macron', 'French', 'Joe Biden', 'Keir Starmer', 'Storm Shadow']);
  });

  it('is deterministic', () => {
    expect(extractEntities(readWireText(seedText, 'again.txt'))).toEqual(list);
  });
});

describe('rules', () => {
  it('moves a title before a name into descriptions', () => {
    const list = entities('German Chancellor Olaf Scholz met Secretary of State Antony Blinken in Berlin on Friday.');
    expect(find(list, 'Olaf Scholz')).toMatchObject({ type: 'PERSON', descriptions: ['German Chancellor'] });
    expect(find(list, 'Antony Blinken')).toMatchObject({ type: 'PERSON', descriptions: ['Secretary of State'] });
    expect(find(list, 'Berlin')).toMatchObject({ type: 'LOCATION' });
    expect(summary(list)).toEqual(['GROUP German', 'LOCATION Berlin', 'PERSON Antony Blinken', 'PERSON Olaf Scholz']);
  });

  it('reads a lower-case role before a name and an apposition after it', () => {
    const list = entities('The talks were led by Kremlin aide Yuri Ushakov. Jane Roe, a senior White House adviser, said little.');
    expect(find(list, 'Yuri Ushakov')!.descriptions).toEqual(['Kremlin aide']);
    expect(find(list, 'Jane Roe')!.descriptions).toEqual(['senior White House adviser']);
    expect(find(list, 'White House')).toMatchObject({ type: 'ORGANIZATION' });
  });

  it('reads demonyms as GROUP entities, and keeps them in the descriptions they start', () => {
    const list = entities('Russian forces advanced, a Ukrainian official said, as French President Emmanuel Macron spoke.');
    expect(summary(list)).toEqual(['GROUP French', 'GROUP Russian', 'GROUP Ukrainian', 'PERSON Emmanuel Macron']);
    expect(find(list, 'Emmanuel Macron')!.descriptions).toEqual(['French President']);
  });

  it('drops capitals that only open a sentence', () => {
    const list = entities('Asked about it, officials declined. Meanwhile the talks in Geneva went on. However, Trudeau said nothing.');
    expect(summary(list)).toEqual(['LOCATION Geneva', 'PERSON Trudeau']);
  });

  it('joins a bare surname to a full name only when one full name fits', () => {
    const one = entities('Hillary Clinton spoke first. Later Clinton spoke again.');
    expect(find(one, 'Hillary Clinton')!.aliases).toEqual(['Clinton']);
    expect(find(one, 'Clinton')).toBeUndefined();

    const two = entities('Hillary Clinton and Bill Clinton arrived. Later Clinton spoke.');
    expect(find(two, 'Hillary Clinton')!.aliases).toEqual([]);
    expect(find(two, 'Bill Clinton')!.aliases).toEqual([]);
    expect(find(two, 'Clinton')).toMatchObject({ type: 'PERSON' });
  });

  it('merges country aliases and leaves acronyms known as non-organisations alone', () => {
    const list = entities('Officials in the U.S. and the United States Senate said the UK and Britain agreed.');
    expect(find(list, 'United States')!.aliases).toEqual(['U.S.']);
    expect(find(list, 'United Kingdom')!.aliases).toEqual(['UK', 'Britain']);
  });

  it('joins names across "of" only when they read as one name', () => {
    const list = entities('The Department of Justice sued. Talks between Trump and Putin ended.');
    expect(find(list, 'Justice Department')).toMatchObject({ type: 'ORGANIZATION' });
    expect(find(list, 'Trump and Putin')).toBeUndefined();
  });

  it('reads quoted titles of shows and songs as OTHER, and a lone quoted word only as a named work', () => {
    const list = entities(
      "She told ABC's “Good Morning America” on Monday. He joined the ''Today'' show.\n\nHe left ''Today.'' Fans said it was “Brilliant.”",
    );
    expect(find(list, 'Good Morning America')).toMatchObject({ type: 'OTHER' });
    expect(find(list, 'Today')!.mentions.map((m) => m.text)).toEqual(['Today', 'Today']);
    expect(find(list, 'Brilliant')).toBeUndefined();
    expect(find(list, 'America')).toBeUndefined();
  });

  it('finds states in party notation, and keeps a prefixed name whole as newswire does', () => {
    const list = entities('Sen. Bernie Sanders (I-Vt.) and Sen. Ted Cruz, R-Texas, spoke after the post-Iowa vote.');
    // "post-Iowa" is one adjective-like name (CoNLL's MISC), like "ex-Milan".
    expect(summary(list)).toEqual([
      'LOCATION Texas', 'LOCATION Vermont', 'OTHER post-Iowa', 'PERSON Bernie Sanders', 'PERSON Ted Cruz',
    ]);
  });

  it('reads an AP state abbreviation as a state only after a place', () => {
    const list = entities('He was buried after a requiem Mass. Cardinal James McIntyre presided in Everett, Mass., on Friday.');
    expect(find(list, 'Massachusetts')!.mentions.map((m) => m.text)).toEqual(['Mass.']);
    expect(find(list, 'Everett')).toMatchObject({ type: 'LOCATION' });
    expect(find(list, 'James McIntyre')).toMatchObject({ type: 'PERSON', descriptions: ['Cardinal'] });
  });

  it('types a lone surname of someone often in the news, even at the start of a sentence', () => {
    const list = entities('Polls showed Trump leading nationally. Trump gained in Ohio.');
    expect(find(list, 'Trump')).toMatchObject({ type: 'PERSON' });
    expect(find(list, 'Trump')!.mentions).toHaveLength(2);
  });

  it('gives a shared surname to the person the article is about, and keeps a tie apart', () => {
    const list = entities('Billy Bush joined NBC.\n\nMr. Bush will host.\n\nGeorge W. Bush praised him. Mr. Bush smiled.');
    expect(find(list, 'Billy Bush')!.mentions.map((m) => m.text)).toEqual(['Billy Bush', 'Bush', 'Bush']);
    expect(find(list, 'George W. Bush')!.mentions).toHaveLength(1);
    expect(find(list, 'Bush')).toBeUndefined();
  });

  it('resolves a sentence-initial surname and a name written with initials', () => {
    const list = entities('Howard Dean spoke, as E. J. Fleming wrote.\n\nDean, a doctor, said more. Mr. Fleming agreed.');
    // The tagger leaves "Dean," at the start of the second paragraph unnamed (a known miss,
    // issue #18); what it names resolves to the full name.
    expect(find(list, 'Howard Dean')).toMatchObject({ type: 'PERSON' });
    expect(find(list, 'Dean')).toBeUndefined();
    expect(find(list, 'E. J. Fleming')!.aliases).toEqual(['Fleming']);
  });

  it('splits a body, a title and a name written in one run', () => {
    const list = entities(
      'Talks with Labor Secretary Thomas Perez and the Communications Workers of America ended. CWA President Chris Shelton thanked Republican National Committee Chairman Reince Priebus.',
    );
    expect(find(list, 'Thomas Perez')).toMatchObject({ type: 'PERSON', descriptions: ['Labor Secretary'] });
    expect(find(list, 'Chris Shelton')).toMatchObject({ type: 'PERSON', descriptions: ['CWA President'] });
    expect(find(list, 'Reince Priebus')).toMatchObject({ type: 'PERSON', descriptions: ['Republican National Committee Chairman'] });
    // The gazetteer lists the committee under the party.
    expect(find(list, 'Republican Party')).toMatchObject({ type: 'ORGANIZATION', aliases: ['Republican National Committee'] });
    expect(find(list, 'Communications Workers of America')).toMatchObject({ type: 'ORGANIZATION' });
  });

  it('reads context: a role before a name, a media noun after it, a lower-case party, an indefinite kind', () => {
    const list = entities(
      'He thanked his wife, Melania, and his spokeswoman, Hope Hicks. In an interview with Time magazine, voters left the Republican party. She was taken to a state-designated Level I Trauma Center in the city.',
    );
    // Known misses of the tagger here: "Time" not named, "Level I Trauma Center" named.
    expect(find(list, 'Melania')).toMatchObject({ type: 'PERSON' });
    expect(find(list, 'Hope Hicks')).toMatchObject({ type: 'PERSON' });
    expect(find(list, 'Republican Party')!.mentions.map((m) => m.text)).toEqual(['Republican party']);
  });

  it('keeps places places: regions, "City, St." and a later lone mention of the same place', () => {
    const list = entities(
      'Trade with the Pacific Rim grew. A shooting in San Bernardino, Calif. The Islamic State said so. Ferguson, Missouri, erupted. Ferguson had two murders.',
    );
    expect(find(list, 'Pacific Rim')).toMatchObject({ type: 'LOCATION' });
    expect(find(list, 'San Bernardino')).toMatchObject({ type: 'LOCATION' });
    expect(find(list, 'Islamic State')).toMatchObject({ type: 'ORGANIZATION' });
    // "Ferguson, Missouri": a name before its state is a place (city-state.ts).
    expect(list.filter((e) => e.name === 'Ferguson' && e.type === 'LOCATION').flatMap((e) => e.mentions.map((m) => m.text))).toEqual(['Ferguson']);
  });

  it('splits names written side by side and reads a broadcaster before show words as a show', () => {
    const list = entities('He won the New Hampshire GOP primary. Pat Caddell told Breitbart News Daily host Alex Marlow.');
    expect(find(list, 'New Hampshire')).toMatchObject({ type: 'LOCATION' });
    expect(find(list, 'Republican Party')!.aliases).toEqual(['GOP']);
    expect(find(list, 'Breitbart News Daily')).toMatchObject({ type: 'ORGANIZATION' });
  });

  it('orders entities by salience, then name', () => {
    const list = entities('Zed Alpha met Abe Beta.\n\nZed Alpha left.');
    expect(list.map((e) => e.name)).toEqual(['Zed Alpha', 'Abe Beta']);
    const tie = entities('Zed Alpha met Abe Beta.');
    expect(tie.map((e) => e.name)).toEqual(['Abe Beta', 'Zed Alpha']);
  });

  it('shares salience out exactly: thirds are thirds, and they sum to 1', () => {
    // 1 + 1/sqrt(2) for Zed Alpha, 1 for Abe Beta: shares of 2 + 1/sqrt(2).
    const list = entities('Zed Alpha met Abe Beta.\n\nZed Alpha left.');
    expect(list.map((e) => e.salience)).toEqual([(1 + Math.SQRT1_2) / (2 + Math.SQRT1_2), 1 / (2 + Math.SQRT1_2)]);
    const thirds = entities('Zed Alpha met Abe Beta and Carl Gamma.');
    expect(thirds.map((e) => e.salience)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(Math.abs(thirds.reduce((s, e) => s + e.salience, 0) - 1)).toBeLessThanOrEqual(1e-9);
  });
});

describe('names and keys', () => {
  it('resolves a partial name to one full name', () => {
    expect(resolvePersonName('Peskov', ['Dmitry Peskov', 'Vladimir Putin'])).toBe('Dmitry Peskov');
    expect(resolvePersonName('Mr. Peskov', ['Dmitry Peskov'])).toBe('Dmitry Peskov');
    expect(resolvePersonName('Donald J. Trump', ['Donald Trump'])).toBe('Donald Trump');
    expect(resolvePersonName('Clinton', ['Hillary Clinton', 'Bill Clinton'])).toBeNull();
  });

  it('reads a surname with a capitalised particle as the surname, not as a given name', () => {
    expect(resolvePersonName('De Blasio', ['Bill de Blasio', 'James O’Neill'])).toBe('Bill de Blasio');
    // A given name that is also a particle ("Ben") still makes a full name of its own.
    expect(resolvePersonName('Ben Carson', ['Ben Carson', 'Bill de Blasio'])).toBe('Ben Carson');
    expect(resolvePersonName('Van Gogh', ['Vincent van Gogh'])).toBe('Vincent van Gogh');
  });

  it('gives one stable key per entity across articles', () => {
    expect(entityKey('Vladimir Putin', 'PERSON')).toBe('vladimir-putin');
    expect(entityKey('Donald J. Trump', 'PERSON')).toBe('donald-trump');
    expect(entityKey('The Washington Post', 'ORGANIZATION')).toBe('the-washington-post');
  });

  it('resolves bare surnames across stored names, whatever the order', () => {
    const names = [
      { slug: 'peskov', name: 'Peskov', type: 'PERSON' },
      { slug: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'PERSON' },
      { slug: 'clinton', name: 'Clinton', type: 'PERSON' },
      { slug: 'hillary-clinton', name: 'Hillary Clinton', type: 'PERSON' },
      { slug: 'bill-clinton', name: 'Bill Clinton', type: 'PERSON' },
    ];
    const expected = new Map([['peskov', 'dmitry-peskov']]);
    expect(resolveBareSurnames(names)).toEqual(expected);
    expect(resolveBareSurnames([...names].reverse())).toEqual(expected);
  });
});

describe('extractEntities: one entity per referent', () => {
  it('merges a surname that opens a sentence with its particle capitalised ("De Blasio")', () => {
    const list = entities('Mayor Bill de Blasio spoke on Saturday.\n\nDe Blasio said the blast was intentional.');
    expect(find(list, 'Bill de Blasio')!.mentions.map((m) => m.text)).toEqual(['Bill de Blasio', 'De Blasio']);
    expect(summary(list)).toEqual(['PERSON Bill de Blasio']);
  });

  it('folds a bare head word into the organisation named last before it', () => {
    const list = entities(
      'The United Nations Security Council has imposed sanctions on individual terrorists, but the Council has struggled to act in Syria.\n\n' +
        'The United Nations Human Rights Council, based in Geneva, criticized Saudi Arabia. The Council also voted on Yemen.',
    );
    const council = (name: string) => find(list, name)!.mentions.map((m) => m.text);
    expect(council('U.N. Security Council')).toEqual(['United Nations Security Council', 'Council']);
    expect(council('United Nations Human Rights Council')).toEqual(['United Nations Human Rights Council', 'Council']);
  });

  it('drops a handle whose @ the tagger took into the name', () => {
    // At a paragraph start the tagger takes the @ into its span.
    expect(summary(entities('@HillaryClinton wrote that the plan would fail.'))).toEqual([]);
  });

  it('folds an acronym into an organisation written with "The" ("CWA")', () => {
    const list = entities('The Communications Workers of America called the strike. CWA said talks would resume.');
    expect(find(list, 'The Communications Workers of America')!.mentions.map((m) => m.text)).toEqual(['The Communications Workers of America', 'CWA']);
  });

  it('links a state written after a party letter without its stop ("R-Calif")', () => {
    const list = entities('Sen. Dianne Feinstein (D-Calif) said the plan would fail. Feinstein has represented California since 1992.');
    expect(find(list, 'California')!.mentions.map((m) => m.text)).toEqual(['Calif', 'California']);
  });
});

describe('extractEntities: a name at a reporting verb is a person', () => {
  const people = (list: ParsedEntity[]): string[] => list.filter((e) => e.type === 'PERSON').map((e) => e.name).sort();

  it('takes ordinary-word names and unknown titles next to "said" for a person', () => {
    expect(summary(entities('“It could backfire,” said Dean Baker, an economist.'))).toEqual(['PERSON Dean Baker']);
    expect(summary(entities('“We are angry,” Teal Baker said.'))).toEqual(['PERSON Teal Baker']);
    // The quote pass adds the speaker the tagger missed, as the seed script stores it.
    expect(summary(extract(readWireText('Title line\n\n“It was fair,” said Soe Min.', 'x.txt')).entities)).toEqual(['PERSON Soe Min']);
    const ervin = entities('“People are angry,” said Chicago Alderman Jason C. Ervin.');
    expect(summary(ervin)).toEqual(['PERSON Jason C. Ervin']);
    expect(find(ervin, 'Jason C. Ervin')!.descriptions).toEqual(['Chicago Alderman']);
    expect(people(entities('“We erred,” said Maricopa County Recorder Helen Purcell.'))).toEqual(['Helen Purcell']);
  });

  it('takes a word before a frame verb right after a closing quote for a person', () => {
    expect(summary(entities('“So we wrote new songs,” Keidis continued.'))).toEqual(['PERSON Keidis']);
  });

  it('resolves a bare surname to the full name given only in the title', () => {
    const list = extractEntities(readWireText('Mark Cuban: I would consider a bid\n\n“It is too early,” Cuban said.\n', 'x.txt'));
    expect(summary(list)).toEqual(['PERSON Mark Cuban']);
    expect(find(list, 'Mark Cuban')).toMatchObject({ aliases: ['Cuban'], mentions: [{ text: 'Mark Cuban', paragraphIndex: -1 }, { text: 'Cuban' }] });
  });

  it('never makes a person of a body, a plural, a description or the one addressed', () => {
    expect(summary(entities('“No,” Senate Democrats said.'))).toEqual(['GROUP Democrats']);
    expect(summary(entities('The Kremlin said it was “fine.”'))).toEqual(['ORGANIZATION Kremlin']);
    expect(summary(entities('“It is fine,” Morning Consult said.'))).toEqual(['ORGANIZATION Morning Consult']);
    expect(people(entities('As one employee told Palo Alto Weekly, “She wants fear.”'))).toEqual([]);
    expect(people(entities('The Great Recession said little about “growth.”'))).toEqual([]);
  });
});
