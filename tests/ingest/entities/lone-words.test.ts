// lone-words.ts: lone words and surnames resolved against the article's full names.
import { describe, expect, it } from 'vitest';
import { taggedMentions } from '../../../src/ingest/entities/decide.js';
import type { Located, Named } from '../../../src/ingest/entities/located.js';
import { resolveLoneWords, surnamesArePeople, titleNames, typeLikePlaces } from '../../../src/ingest/entities/lone-words.js';
import { paragraphsOf } from '../../../src/ingest/entities/ranges.js';
import { ruleFindings } from '../../../src/ingest/entities/rule-findings.js';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';

function rules(wire: string): { text: string; title: string; found: Located[] } {
  const draft = readWireText(wire, 'x.txt');
  return { text: draft.text, title: draft.title, found: ruleFindings(draft, paragraphsOf(draft)) };
}
/** The tagger's decided mentions of a wire text (decide.ts), as index.ts takes them. */
function tagged(wire: string): { text: string; list: Named[] } {
  const draft = readWireText(wire, 'x.txt');
  return { text: draft.text, list: taggedMentions(draft, ruleFindings(draft, paragraphsOf(draft))) };
}
const show = (text: string, list: readonly (Located | Named)[]): string[] => list.map((m) => `${m.type} ${text.slice(m.start, m.end)} = ${m.name}`);

describe('titleNames', () => {
  it('finds a full name in a headline', () => {
    expect(titleNames("Mark Cuban: I'd consider a future White House bid")).toEqual(['Mark Cuban']);
  });

  it('does not read a Title Case headline as one long name', () => {
    expect(titleNames('Hillary Clinton Says No To Fox News')).toEqual([]);
  });

  it('does not take a run that does not open with a first name', () => {
    expect(titleNames('Kremlin says Trump talks possible')).toEqual([]);
  });
});

describe('resolveLoneWords', () => {
  it('resolves a bare surname to the full name the article gives', () => {
    const { text, title, found } = rules('Title line\n\nMOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov said on Tuesday that Russia was ready.\n\nPeskov said talks could begin.\n');
    const list = resolveLoneWords(found, titleNames(title));
    expect(show(text, list)).toEqual(['ORGANIZATION Kremlin = Kremlin', 'PERSON Dmitry Peskov = Dmitry Peskov', 'LOCATION Russia = Russia', 'PERSON Peskov = Dmitry Peskov']);
    expect(list[3]).toMatchObject({ start: text.lastIndexOf('Peskov'), known: false });
  });

  it('resolves a surname to the person named in the title, as the known name', () => {
    const { text, title, found } = rules('Mark Cuban: I would consider a bid\n\nCuban said on Tuesday he was weighing it.\n');
    expect(found.map((m) => m.type)).toEqual([null]);
    const list = resolveLoneWords(found, titleNames(title));
    expect(show(text, list)).toEqual(['PERSON Cuban = Mark Cuban']);
    expect(list[0]!.known).toBe(true);
  });

  it('drops a sentence-initial ordinary word without a title name to resolve it to', () => {
    const { found } = rules('Title line\n\nCuban said on Tuesday he was weighing it.\n');
    expect(resolveLoneWords(found, [])).toEqual([]);
  });

  it('resolves "the Post" to the one organisation it ends', () => {
    const { text, found } = rules('Title line\n\nThe Washington Post reported the deal. A spokesman told the Post it was final.\n');
    expect(show(text, resolveLoneWords(found, []))).toEqual(['ORGANIZATION The Washington Post = The Washington Post', 'ORGANIZATION Post = The Washington Post']);
  });

  it('resolves a host’s surname to the host of a named show', () => {
    const { text, found } = rules('Title line\n\nShe was a guest on The Laura Ingraham Show on Monday. Ingraham said the deal was bad.\n');
    expect(show(text, resolveLoneWords(found, []))).toEqual(['OTHER Laura Ingraham Show = Laura Ingraham Show', 'PERSON Ingraham = Laura Ingraham']);
  });

  it('makes an unknown acronym an organisation and an unknown word before "said" a person', () => {
    const { text, found } = rules('Title line\n\nThe deal was signed, the Kremlin said. Asked about it, Zakharova said CWA members agreed.\n');
    expect(show(text, resolveLoneWords(found, []))).toEqual(['ORGANIZATION Kremlin = Kremlin', 'PERSON Zakharova = Zakharova', 'ORGANIZATION CWA = CWA']);
  });
});

describe('typeLikePlaces', () => {
  it('gives a later lone name the type of the place written the same way', () => {
    const { text, found } = rules('Title line\n\nProtesters marched in Ferguson, Missouri. Ferguson was calm later.\n');
    const resolved = resolveLoneWords(found, []);
    expect(show(text, resolved)).toEqual(['LOCATION Ferguson = Ferguson', 'LOCATION Missouri = Missouri', 'PERSON Ferguson = Ferguson']);
    expect(show(text, typeLikePlaces(resolved))).toEqual(['LOCATION Ferguson = Ferguson', 'LOCATION Missouri = Missouri', 'LOCATION Ferguson = Ferguson']);
  });

  it('leaves people alone when no place is written like them', () => {
    const { found } = rules('Title line\n\nKremlin spokesman Dmitry Peskov said Russia was ready. Peskov said talks could begin.\n');
    const resolved = resolveLoneWords(found, []);
    expect(typeLikePlaces(resolved)).toEqual(resolved);
  });
});

describe('surnamesArePeople', () => {
  it('makes a lone word that is the surname of a person named in full that person’s type', () => {
    const { text, list } = tagged('Title line\n\nFormer manager Alex Ferguson spoke to students in Ferguson, Missouri, on Friday.\n');
    expect(show(text, list)).toEqual(['PERSON Alex Ferguson = Alex Ferguson', 'LOCATION Ferguson = Ferguson', 'LOCATION Missouri = Missouri']);
    expect(show(text, surnamesArePeople(list))).toEqual(['PERSON Alex Ferguson = Alex Ferguson', 'PERSON Ferguson = Ferguson', 'LOCATION Missouri = Missouri']);
  });

  it('leaves a name the gazetteer knows', () => {
    const { text, found } = rules('Title line\n\nMichael Jordan flew to Amman, Jordan, on Monday.\n');
    const resolved = resolveLoneWords(found, []);
    expect(show(text, surnamesArePeople(resolved))).toEqual(['PERSON Michael Jordan = Michael Jordan', 'LOCATION Amman = Amman', 'LOCATION Jordan = Jordan']);
  });
});
