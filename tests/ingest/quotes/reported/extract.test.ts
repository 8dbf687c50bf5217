// src/ingest/quotes/index.ts (extractQuotes) with reported speech: INDIRECT quotes beside the
// direct ones, their speakers resolved to the article's entities only. The seed article lists
// every reported speech found, judged against the article (issue #19). Uses the shipped model.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { extractEntities } from '../../../../src/ingest/entities/index.js';
import { readWireText } from '../../../../src/ingest/formats/wire-text.js';
import { extractQuotes } from '../../../../src/ingest/quotes/index.js';
import { directQuotes, draftOf, expectOffsets, speakerRow } from '../helpers.js';
import { indirect } from './helpers.js';

/** extractQuotes as it would be without reported speech: findReportedSpeech finds nothing. */
async function withoutReportedSpeech(): Promise<typeof extractQuotes> {
  vi.resetModules();
  vi.doMock('../../../../src/ingest/quotes/reported/index.js', () => ({ findReportedSpeech: () => [] }));
  try {
    return (await import('../../../../src/ingest/quotes/index.js')).extractQuotes;
  } finally {
    vi.doUnmock('../../../../src/ingest/quotes/reported/index.js');
    vi.resetModules();
  }
}

describe('the seed article', () => {
  const draft = readWireText(readFileSync(new URL('../../../../seeds/000_fd439a6a3e23e835.txt', import.meta.url), 'utf8'), '000_fd439a6a3e23e835.txt');
  const entities = extractEntities(draft);
  let cached: ReturnType<typeof extractQuotes> | undefined;
  const extraction = () => (cached ??= extractQuotes(draft, entities));

  it('lists every reported speech found, in order, as [text, speaker, as written, cue]', () => {
    expect(indirect(extraction().quotes).map(speakerRow)).toEqual([
      // Right: PolNeAR takes "denied" as a cue, the reports as its Content.
      ['reports that U.S. President-elect Donald Trump had spoken to Russian President Vladimir Putin in recent days', 'Kremlin', 'The Kremlin', 'denied'],
      // Right (issue #19: "The Kremlin ... said Putin had no concrete plans yet to speak to Trump"):
      // "..., and said" is coordinated with "denied" and shares its subject.
      ['Putin had no concrete plans yet to speak to Trump', 'Kremlin', 'The Kremlin', 'said'],
      // Right (issue #19: "The Washington Post first reported that the call had taken place"):
      // the tagger runs the Content on into ", citing unidentified sources", which says where
      // the Post had it from and is cut off (withoutTrailingCue).
      ['that the call had taken place', 'The Washington Post', 'The Washington Post', 'first reported'],
      // Right.
      ['that Trump had told Putin that he should not escalate the Ukraine war', 'The Washington Post', 'The Washington Post', 'said'],
      // Known miss: "an unidentified source" is whom Reuters cited, not what it reported (and
      // "also reported on the call" has no Content of its own).
      ['an unidentified source', 'Reuters', 'Reuters', 'citing'],
      // Known miss: the question was put to Peskov by unnamed reporters; he is its addressee, not
      // its source ("Peskov" of the "Peskov said:" that follows is the nearest Source).
      ['if Putin had plans for any contacts with Trump', 'Dmitry Peskov', 'Peskov', 'Asked'],
      // Known miss: what some officials say is "could be its final – most dangerous – phase"; the
      // Content runs on into the narrator's "as Moscow’s forces advance ..." and stops mid-phrase
      // before "since" (reported/3: after it). The speaker is right: no entity, as written "some officials".
      ['could be its final – most dangerous – phase as Moscow’s forces advance at their fastest pace', null, 'some officials', 'say'],
      // Right (issue #19: "Trump said during campaigning that he could bring peace in Ukraine within 24 hours").
      ['that he could bring peace in Ukraine within 24 hours if elected', 'Donald Trump', 'Trump', 'said during campaigning'],
      // Known miss: congratulating reports nothing; "Trump" is its object.
      ['Trump', 'Vladimir Putin', 'Putin', 'congratulated'],
      // Borderline, not counted a miss: praise is a speech act (Putin said Trump showed courage),
      // though the Content opens with its object "him".
      ['him for showing courage when a gunman tried to assassinate him', 'Vladimir Putin', 'Putin', 'praised'],
      // Right.
      ['Moscow was ready for dialogue with the Republican president-elect', 'Vladimir Putin', 'Putin', 'said'],
      // Right; its second half ("but that they were still “pumping weapons ...”") holds a quote and
      // is left to the PARTIAL quote.
      ['that it sensed European powers were nervous about Trump’s election', 'Kremlin', 'The Kremlin', 'said'],
      // Known miss: Peskov was asked about the reports; he reported nothing (the reports name no source).
      ['reports that British Prime Minister Keir Starmer and French President Emmanuel Macron wanted to convince U.S. President Joe Biden to allow Ukraine to fire Storm Shadow missiles deep into Russia', 'Dmitry Peskov', 'Peskov', 'was asked about'],
      // Right: a Cue takes no Content past the next Cue, so "adding" keeps it.
      ['that European leaders still wanted to inflict a strategic defeat on Russia', 'Dmitry Peskov', 'Peskov', 'adding'],
      // Known miss: "ordered" reports nothing, and the Content glues its object to the main
      // clause. The reported speech there is "casts
      // the war as a battle between Russia and the declining West" (cue "casts", Putin), not
      // found as such.
      ['thousands of troops into Ukraine in 2022 after eight years of fighting in eastern Ukraine, casts the war as a battle between Russia and the declining West', 'Vladimir Putin', 'who', 'ordered'],
      // Known miss: the cue is "says" alone; what he says is "(which) ignored Russia’s interests
      // after the 1991 Soviet collapse". The speaker is right.
      ['Russia’s interests', 'Vladimir Putin', 'he', 'says ignored'],
      // Miss, worse since feature set reported/4: the Content is "Putin unleashed an imperial-style
      // war against its smaller neighbour", and the tagger now ends it at "Putin" (reported/3 gave
      // "an imperial-style war against its smaller neighbour", over half of it, with the cue "say
      // Putin unleashed"). The speaker is right: no entity for "Ukraine and its Western allies".
      ['Putin', null, 'Ukraine and its Western allies', 'say'],
      // Right.
      ['that if Russia wins the war then autocratic countries across the world will be emboldened', null, 'Ukraine and its Western allies', 'have repeatedly said'],
    ]);
    // Not found at all:
    // - known miss: "Russia has been signalling to the United States and its allies for weeks that
    //   if they give permission ..., then Moscow will consider it a major escalation" (Russia;
    //   "signalling" is no cue word, the sentence is all O);
    // - by design: "Putin said on Sept. 12 that Western approval for such a step would mean “the
    //   direct involvement ...” because ..." (its Content holds a quote: the PARTIAL quote's).
  });

  it('finds the three reported speeches issue #19 names, with their speakers', () => {
    const rows = indirect(extraction().quotes).map((q) => [q.text, q.speaker]);
    expect(rows).toContainEqual(['Putin had no concrete plans yet to speak to Trump', 'Kremlin']);
    expect(rows).toContainEqual(['that the call had taken place', 'The Washington Post']);
    expect(rows).toContainEqual(['that he could bring peace in Ukraine within 24 hours if elected', 'Donald Trump']);
  });

  it('gives each INDIRECT quote offsets that slice to its text, its speaker as written and its cue', () => {
    const quotes = indirect(extraction().quotes);
    expectOffsets(draft, quotes);
    for (const q of quotes) {
      expect(q.cueStart).toBeDefined();
      expect(draft.text.slice(q.cueStart, q.cueEnd).replace(/\s+/g, ' ')).toBe(q.cue);
      expect(draft.blocks[q.paragraphIndex]!.kind).toBe('PARAGRAPH');
      expect(q.start).toBeGreaterThanOrEqual(draft.blocks[q.paragraphIndex]!.start);
      expect(q.end).toBeLessThanOrEqual(draft.blocks[q.paragraphIndex]!.end);
    }
  });

  it('keeps INDIRECT and direct quotes in one list in text order', () => {
    const starts = extraction().quotes.map((q) => q.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(extraction().quotes.map((q) => q.kind).join(' ')).toBe(
      'INDIRECT INDIRECT INDIRECT INDIRECT INDIRECT FULL FULL FULL INDIRECT FULL INDIRECT INDIRECT INDIRECT INDIRECT INDIRECT PARTIAL INDIRECT PARTIAL INDIRECT FULL INDIRECT FULL FULL INDIRECT INDIRECT INDIRECT INDIRECT',
    );
  });

  it('leaves the nine direct quotes as they are without reported speech', async () => {
    const without = await withoutReportedSpeech();
    const alone = without(draft, extractEntities(draft));
    expect(indirect(alone.quotes)).toEqual([]);
    expect(alone.quotes.length).toBe(9);
    expect(directQuotes(extraction())).toEqual(alone.quotes);
  });

  it('leaves the entities as they are without reported speech: the entity pass’s 26', async () => {
    const without = await withoutReportedSpeech();
    expect(extraction().entities).toEqual(without(draft, extractEntities(draft)).entities);
    expect(extraction().entities).toEqual(entities);
    expect(extraction().entities.map((e) => e.name)).toEqual([
      'Vladimir Putin', 'Donald Trump', 'Ukraine', 'Kremlin', 'Dmitry Peskov', 'United States', 'Russia', 'Russian', 'Moscow', 'Western', 'European', 'Reuters', 'The Washington Post',
      'West', 'NATO', 'special military operation', 'Europe', 'World War Two', 'Republican', 'British', 'Emmanuel Macron', 'French', 'Joe Biden', 'Keir Starmer', 'Storm Shadow', 'Soviet',
    ]);
  });

  it('names no entity after a reported-speech source it could not resolve', () => {
    const { quotes, entities: out } = extraction();
    const names = new Set(out.flatMap((e) => [e.name, ...e.aliases]));
    const unresolved = indirect(quotes).filter((q) => q.speaker === null && q.speakerAsWritten !== null).map((q) => q.speakerAsWritten);
    expect(unresolved).toEqual(['some officials', 'Ukraine and its Western allies', 'Ukraine and its Western allies']);
    for (const written of unresolved) expect(names.has(written!)).toBe(false);
    // Every resolved speaker is one of the entity pass's.
    for (const q of indirect(quotes)) if (q.speaker) expect(entities.map((e) => e.name)).toContain(q.speaker);
  });
});

describe('INDIRECT quotes', () => {
  it('carry the Content as text, the cue with its offsets, and the source as written', () => {
    const d = draftOf('Peskov said Putin had no plans to call Trump.');
    const [q, ...rest] = extractQuotes(d, []).quotes;
    expect(rest).toEqual([]);
    expect(q).toEqual({
      text: 'Putin had no plans to call Trump',
      start: 19,
      end: 51,
      speaker: null,
      speakerAsWritten: 'Peskov',
      speakerType: null,
      cue: 'said',
      cueStart: 14,
      cueEnd: 18,
      kind: 'INDIRECT',
      paragraphIndex: 0,
      speakerStart: 7,
      speakerEnd: 13,
    });
  });

  it('resolve their speaker to the article’s entities', () => {
    const d = draftOf('Dmitry Peskov is the Kremlin spokesman.', 'Peskov said Putin had no plans to call Trump.');
    const x = extractQuotes(d, extractEntities(d));
    expect(indirect(x.quotes).map((q) => [q.text, q.speaker, q.speakerAsWritten, q.speakerType])).toEqual([['Putin had no plans to call Trump', 'Dmitry Peskov', 'Peskov', 'PERSON']]);
  });

  it('take the subject of their clause when nothing is written at the cue: a participle cue, a verb coordinated with another', () => {
    const d = draftOf(
      'Marco Rubio flipped his choice on the spot, saying he was rooting for Peyton Manning.',
      'The Associated Press has surveyed the delegates several times and noted their endorsements.',
    );
    expect(indirect(extractQuotes(d, extractEntities(d)).quotes).map(speakerRow)).toEqual([
      ['he was rooting for Peyton Manning', 'Marco Rubio', 'Marco Rubio', 'saying'],
      ['their endorsements', 'Associated Press', 'The Associated Press', 'noted'],
    ]);
  });

  it('never make a new entity: a source no entity has stays unresolved, where a direct quote’s speaker becomes one', () => {
    const reportedOnly = draftOf('Ivan Petrovsky said Putin had no plans to meet Trump.');
    const r = extractQuotes(reportedOnly, []);
    expect(r.quotes.map(speakerRow)).toEqual([['Putin had no plans to meet Trump', null, 'Ivan Petrovsky', 'said']]);
    expect(r.entities).toEqual([]);
    const quoted = draftOf('“We have no plans,” said Ivan Petrovsky.');
    expect(extractQuotes(quoted, []).entities.map((e) => e.name)).toEqual(['Ivan Petrovsky']);
  });
});
