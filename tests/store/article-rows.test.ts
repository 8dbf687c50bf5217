import { describe, expect, it } from 'vitest';
import type { ParsedArticle, ParsedEntity } from '../../src/ingest/types.js';
import { articleSlug, contentHash, entityRows } from '../../src/store/article-rows.js';

const entity = (name: string, type: ParsedEntity['type'], salience: number): ParsedEntity => ({
  name,
  type,
  aliases: [],
  descriptions: [],
  mentions: [{ start: 0, end: 1, text: 'x', paragraphIndex: 0 }],
  salience,
});

function article(title: string, entities: ParsedEntity[] = []): ParsedArticle {
  return {
    sourceKey: 'reut2-011.sgm#11205',
    text: 'x',
    title,
    publishedAt: null,
    source: 'Reuters',
    dateline: null,
    readingMinutes: null,
    blocks: [{ kind: 'PARAGRAPH', start: 0, end: 1, text: 'x' }],
    credits: [],
    quotes: [],
    entities,
  };
}

describe('articleSlug', () => {
  it('is the slug of the decoded title, markup symbols as separators', () => {
    expect(articleSlug(article('STANDARD OIL <SRD> TO FORM FINANCIAL UNIT'), undefined)).toBe('standard-oil-srd-to-form-financial-unit');
    expect(articleSlug(article('TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER'), undefined)).toBe('talking-point-bankamerica-bac-equity-offer');
  });

  it('adds a hash of the source when another article holds the slug, the same one every time', () => {
    const a = article('S&L SEIZED');
    expect(articleSlug(a, a.sourceKey)).toBe('s-l-seized');
    expect(articleSlug(a, 'reut2-000.sgm#1')).toBe('s-l-seized-8d119469');
    expect(articleSlug(a, 'reut2-000.sgm#1')).toBe(articleSlug(a, 'reut2-003.sgm#7'));
  });
});

describe('entityRows', () => {
  // reut2-011.sgm#11205: "AKZO" the company and "Akzo" taken for a person share the key "akzo".
  // The link kept the larger salience (0.634), so the article's shares summed to 0.634.
  it('gives entities that share a key one link with their saliences summed', () => {
    const a = article('AKZO', [entity('AKZO', 'ORGANIZATION', 0.634), entity('Akzo', 'PERSON', 0.366)]);
    const { links } = entityRows(7, a, () => 1);
    expect(links).toEqual([{ articleId: 7, entityId: 1, mentionCount: 2, salience: 1, publishedAt: null }]);
  });

  it('never sums past 1 by rounding', () => {
    const a = article('X', [entity('Ab', 'ORGANIZATION', 0.2), entity('AB', 'PERSON', 0.8000000000000002)]);
    expect(0.2 + 0.8000000000000002).toBeGreaterThan(1);
    expect(entityRows(1, a, () => 1).links[0]!.salience).toBe(1);
  });
});

describe('contentHash', () => {
  it('is stable, and changes with what is stored', () => {
    expect(contentHash(article('S&L SEIZED'))).toBe(contentHash(article('S&L SEIZED')));
    expect(contentHash(article('S&L SEIZED'))).not.toBe(contentHash(article('S L SEIZED')));
  });
});
