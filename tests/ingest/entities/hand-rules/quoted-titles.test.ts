// hand-rules/quoted-titles.ts: titles of works in quotation marks.
import { describe, expect, it } from 'vitest';
import { outsideTitles, quotedTitles } from '../../../../src/ingest/entities/hand-rules/quoted-titles.js';
import { tokenize } from '../../../../src/ingest/entities/hand-rules/runs.js';

const whole = (text: string) => [{ start: 0, end: text.length }];

describe('quotedTitles', () => {
  it('finds a title in curly quotes and a single word next to a work noun', () => {
    const text = "She watched “Good Morning America” and the ''Today'' show on Monday.";
    expect(quotedTitles(text, whole(text))).toEqual([
      [
        { name: 'Good Morning America', type: 'OTHER', start: text.indexOf('Good'), end: text.indexOf('”'), known: false },
        { name: 'Today', type: 'OTHER', start: text.indexOf('Today'), end: text.indexOf('Today') + 5, known: false },
      ],
    ]);
  });

  it('keeps a trailing full stop inside the marks out of the title', () => {
    const text = "He directed ''A Serious Man.'' in 2009.";
    expect(quotedTitles(text, whole(text))[0]!.map((q) => q.name)).toEqual(['A Serious Man']);
  });

  it('does not take a lone scare-quoted word, a name in quotes, or a quoted sentence', () => {
    const text = 'He called it “Crooked Hillary” and “fake” and said “We will win.” and “Serial” too.';
    expect(quotedTitles(text, whole(text))).toEqual([[]]);
  });

  it('takes a single word the article calls a work elsewhere, in every paragraph', () => {
    const text = 'He said “Serial” was good.\n\nShe hosted the podcast “Serial” for years.';
    const spans = [{ start: 0, end: 26 }, { start: 28, end: text.length }];
    expect(quotedTitles(text, spans).map((list) => list.map((q) => q.start))).toEqual([[text.indexOf('Serial')], [text.lastIndexOf('Serial')]]);
  });
});

describe('outsideTitles', () => {
  it('drops the words inside quoted titles', () => {
    const text = 'She appeared on “Fox and Friends” with Trump.';
    const titles = quotedTitles(text, whole(text))[0]!;
    const kept = outsideTitles(tokenize(text, 0, text.length), titles);
    expect(kept.map((t) => t.text)).toEqual(['She', 'appeared', 'on', 'with', 'Trump']);
  });

  it('keeps every token when there are no titles', () => {
    const text = 'She appeared with Trump.';
    const all = tokenize(text, 0, text.length);
    expect(outsideTitles(all, [])).toBe(all);
  });
});
