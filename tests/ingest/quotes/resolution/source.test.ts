// source.ts: what a pronoun or description source is (class, head noun, kind, gender, number).
import { describe, expect, it } from 'vitest';
import { mention, type MentionKind } from '../../../../src/ingest/quotes/mentions.js';
import { headClassOf, isPluralHead, isPronounClass, readSource, type Source } from '../../../../src/ingest/quotes/resolution/source.js';

/** The source written `written` in `sentence`. */
function read(sentence: string, written: string, kind: MentionKind = 'NOMINAL'): Source {
  const at = sentence.indexOf(written);
  return readSource(mention(sentence, at, at + written.length, kind));
}
const brief = (s: Source) => ({ cls: s.cls, head: s.head, headClass: s.headClass, gender: s.gender, plural: s.plural });

describe('the class of a source', () => {
  it('pronouns are their own class; who, which and that are relative', () => {
    const sentence = '“They are within the zone of interest,” he said, and she agreed; they, it, we and I did too, as did Kopp, who left.';
    expect(['he', 'she', 'they', 'it', 'we', 'I', 'who'].map((w) => read(sentence, w, 'PRONOUN').cls)).toEqual(['he', 'she', 'they', 'it', 'we', 'i', 'who']);
    expect(isPronounClass('who')).toBe(true);
    expect(isPronounClass('def')).toBe(false);
  });

  it('descriptions by their first word: definite, indefinite, a possessive pronoun, a possessor, a quantifier, bare', () => {
    const sentence = 'The newspaper reported, a spokeswoman for Trump hotels said, his spokesman added, Powell’s office said, most said, 21 percent said and officials said.';
    expect(['The newspaper', 'a spokeswoman for Trump hotels', 'his spokesman', 'Powell’s office', 'most', '21 percent', 'officials'].map((w) => read(sentence, w).cls)).toEqual([
      'def',
      'indef',
      'pposs',
      'poss',
      'quant',
      'quant',
      'bare',
    ]);
  });
});

describe('the head noun and what it names', () => {
  it('the head is the last word before a post-modifier or a set-off part', () => {
    const sentence = 'A spokeswoman for Trump hotels, Jennifer Rodstrom, declined to comment.';
    expect(brief(read(sentence, 'A spokeswoman for Trump hotels, Jennifer Rodstrom'))).toEqual({ cls: 'indef', head: 'spokeswoman', headClass: 'person', gender: 'F', plural: false });
    const s = read(sentence, 'A spokeswoman for Trump hotels, Jennifer Rodstrom');
    expect(sentence.slice(0, s.headEnd)).toBe('A spokeswoman');
  });

  it('newspapers, companies, government bodies, campaigns, persons, people in general, documents', () => {
    expect(['newspaper', 'company', 'ministry', 'campaign', 'spokesman', 'officials', 'poll', 'weather'].map(headClassOf)).toEqual(['media', 'company', 'body', 'campaign', 'person', 'people', 'document', 'none']);
  });

  it('"the newspaper" is a definite description of a news outlet; "The Florida senator" has a modifier', () => {
    const sentence = 'The newspaper said the Florida senator was wrong.';
    expect(brief(read(sentence, 'The newspaper'))).toEqual({ cls: 'def', head: 'newspaper', headClass: 'media', gender: null, plural: false });
    expect(read(sentence, 'the Florida senator').modifiers).toEqual(['florida']);
  });

  it('a possessor: where it ends', () => {
    const sentence = '“He did write to her,” Powell’s office said in a statement.';
    const s = read(sentence, 'Powell’s office');
    expect(brief(s)).toEqual({ cls: 'poss', head: 'office', headClass: 'body', gender: null, plural: false });
    expect(sentence.slice(s.mention.start, s.possessorEnd)).toBe('Powell’s');
  });
});

describe('gender and number', () => {
  it('he and she, spokesman and spokeswoman are gendered; they and officials plural', () => {
    const sentence = 'He said she told a spokesman and a spokeswoman that they and officials agreed.';
    expect(brief(read(sentence, 'He', 'PRONOUN'))).toEqual({ cls: 'he', head: 'he', headClass: 'none', gender: 'M', plural: false });
    expect(brief(read(sentence, 'she', 'PRONOUN')).gender).toBe('F');
    expect(read(sentence, 'a spokesman').gender).toBe('M');
    expect(read(sentence, 'a spokeswoman').gender).toBe('F');
    expect(read(sentence, 'they', 'PRONOUN').plural).toBe(true);
    expect(read(sentence, 'officials').plural).toBe(true);
  });

  it('a plural is an -s word that is no -ss, -us, -ics or "news" word, or a word of people', () => {
    expect(['officials', 'people', 'police', 'news', 'business', 'politics', 'census', 'senator'].map(isPluralHead)).toEqual([true, true, true, false, false, false, false, false]);
  });
});
