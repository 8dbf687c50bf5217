import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/ingest/text.js';

describe('slugify: the one slug rule (articles, entities, journalists)', () => {
  it('makes lower-case ASCII words joined by hyphens', () => {
    expect(slugify('Dmitry Peskov')).toBe('dmitry-peskov');
    expect(slugify('Kremlin says reports that Trump and Putin spoke in recent days are ‘pure fiction’')).toBe(
      'kremlin-says-reports-that-trump-and-putin-spoke-in-recent-days-are-pure-fiction',
    );
  });

  // Titles from Reuters-21578, as decoded from `&lt;` and `&amp;`.
  it('separates words at symbols instead of spelling them out', () => {
    expect(slugify('STANDARD OIL <SRD> TO FORM FINANCIAL UNIT')).toBe('standard-oil-srd-to-form-financial-unit'); // was ...-lesssrdgreater-...
    expect(slugify('TEXAS COMMERCE BANCSHARES <TCB> FILES PLAN')).toBe('texas-commerce-bancshares-tcb-files-plan');
    expect(slugify('S&L')).toBe('s-l'); // was "sandl"
    expect(slugify('AT&T')).toBe('at-t');
    expect(slugify('RATES UP 5% TO $12 <A|B>')).toBe('rates-up-5-to-12-a-b');
    expect(slugify('©2024 Foo® €5 ∑x')).toBe('2024-foo-5-x');
  });

  it('separates words at other marks, which used to glue them', () => {
    expect(slugify('RELIEF TO U.S. CORN/OATS GROWERS SAID LIKELY')).toBe('relief-to-us-corn-oats-growers-said-likely'); // was "cornoats"
    expect(slugify('QATAR UNVEILS BUDGET FOR FISCAL 1987/88')).toBe('qatar-unveils-budget-for-fiscal-1987-88'); // was "198788"
    expect(slugify('x*y+z=w a_b "c" (d)')).toBe('x-y-z-w-a-b-c-d');
  });

  it('drops apostrophes, abbreviation dots and thousands commas inside a word; a decimal point separates', () => {
    expect(slugify("O’Malley O'Neill MOODY'S")).toBe('omalley-oneill-moodys');
    expect(slugify('U.S. ST. LOUIS Co.')).toBe('us-st-louis-co');
    expect(slugify('1,000 MLN 12,34')).toBe('1000-mln-12-34');
    expect(slugify('RAISES RATE TO 10.5 PCT FROM 105')).toBe('raises-rate-to-10-5-pct-from-105');
  });

  it('transliterates letters, composed or not, and names a text without words "untitled"', () => {
    expect(slugify('Ærø Åström')).toBe('aero-astrom');
    expect(slugify('Re\u0301sume\u0301 Résumé')).toBe('resume-resume');
    expect(slugify('Москва')).toBe('moskva');
    expect(slugify('<> & %')).toBe('untitled');
    expect(slugify('')).toBe('untitled');
  });

  it('gives the same slug for the same text, whatever its markup', () => {
    expect(slugify('S&L')).toBe(slugify('S L'));
    expect(slugify('<SRD>')).toBe(slugify('SRD'));
  });
});
