// Reported speech (INDIRECT quotes, issue #19) downstream of extraction: both writers store it
// with its cue offsets, the quote filter keeps and drops it by kind, the counts see it, and
// the full-text index holds it like any quote. Runs on SQLite, and on PostgreSQL in that project.
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuoteKind } from '../../src/ingest/types.js';
import { entityCounts, speakerQuoteCounts } from '../../src/store/counts.js';
import type { Db } from '../../src/store/db.js';
import { countQuotes, quotePage, type QuoteConditions } from '../../src/store/quote-filter.js';
import { matchIdsSql } from '../../src/store/search-match.js';
import { parseSearch } from '../../src/store/search-query.js';
import { createTestDb, saveArticle } from '../helpers/db.js';
import { articleWithReportedSpeech, REPORTED } from '../helpers/reported-speech.js';

let db: Db;
let indirectId: number;
let postId: number;
let peskovId: number;

beforeAll(async () => {
  ({ db } = await createTestDb());
  await saveArticle(db, articleWithReportedSpeech());
  indirectId = (await db.quote.findFirstOrThrow({ where: { kind: 'INDIRECT' } })).id;
  postId = (await db.entity.findFirstOrThrow({ where: { name: 'The Washington Post' } })).id;
  peskovId = (await db.entity.findFirstOrThrow({ where: { name: 'Dmitry Peskov' } })).id;
});

const ids = (c: QuoteConditions) => quotePage(db, c, { take: 100, skip: 0, cursor: null });

describe('an INDIRECT quote', () => {
  it('is stored with its kind, content, cue and cue offsets, first in reading order', async () => {
    const article = await db.article.findFirstOrThrow({ select: { id: true, text: true } });
    const row = await db.quote.findUniqueOrThrow({ where: { id: indirectId } });
    expect(row).toMatchObject({
      articleId: article.id,
      position: 0,
      kind: 'INDIRECT',
      text: 'the call had taken place',
      start: 427,
      end: 451,
      cue: 'reported',
      cueStart: 413,
      cueEnd: 421,
      speakerName: 'The Washington Post',
      speakerId: postId,
      paragraphIndex: 1,
    });
    expect(article.text.slice(row.start, row.end)).toBe(REPORTED.text);
    expect(article.text.slice(row.cueStart!, row.cueEnd!)).toBe('reported');
  });

  it('stores the cue offsets of direct quotes where extraction gives them, null where it does not', async () => {
    const rows = await db.quote.findMany({ orderBy: { position: 'asc' }, select: { kind: true, cue: true, cueStart: true, cueEnd: true } });
    expect(rows.map((r) => [r.kind, r.cue, r.cueStart, r.cueEnd])).toEqual([
      ['INDIRECT', 'reported', 413, 421],
      ['FULL', 'told reporters', 741, 755],
      ['FULL', null, null, null],
      ['FULL', 'said', 941, 945],
      ['FULL', 'said', 1009, 1013],
      ['PARTIAL', 'said', 1940, 1944],
      ['PARTIAL', 'said', 2248, 2252],
      ['FULL', 'said', 2674, 2678],
      ['FULL', 'said', 2869, 2873],
      ['FULL', null, null, null],
    ]);
  });

  it('is kept or left out by the kinds of a filter; null or no kinds keep every kind', async () => {
    const counts = async (kinds: QuoteKind[] | null) => [await countQuotes(db, { kinds }), (await ids({ kinds })).length];
    expect(await counts(['INDIRECT'])).toEqual([1, 1]);
    expect(await ids({ kinds: ['INDIRECT'] })).toEqual([indirectId]);
    expect(await counts(['FULL', 'PARTIAL'])).toEqual([9, 9]);
    expect(await ids({ kinds: ['FULL', 'PARTIAL'] })).not.toContain(indirectId);
    expect(await counts(['FULL'])).toEqual([7, 7]);
    expect(await counts(['PARTIAL'])).toEqual([2, 2]);
    expect(await counts(['PARTIAL', 'INDIRECT', 'PARTIAL'])).toEqual([3, 3]);
    expect(await counts([])).toEqual([10, 10]);
    expect(await counts(null)).toEqual([10, 10]);
  });

  it('combines kinds with the other conditions', async () => {
    expect(await ids({ kinds: ['INDIRECT'], speakerId: postId })).toEqual([indirectId]);
    expect(await ids({ kinds: ['FULL', 'PARTIAL'], speakerId: postId })).toEqual([]);
    expect(await countQuotes(db, { kinds: ['INDIRECT'], speakerName: 'washington' })).toBe(1);
    expect(await countQuotes(db, { kinds: ['INDIRECT'], speakerId: peskovId })).toBe(0);
    expect(await countQuotes(db, { kinds: ['FULL'], speakerId: peskovId })).toBe(7);
  });

  it('is in the full-text index like any quote', async () => {
    const search = parseSearch('"taken place"');
    const matched = await db.$queryRaw<{ id: number | bigint }[]>(matchIdsSql(db, 'QUOTE', search));
    expect(matched.map((r) => Number(r.id))).toEqual([indirectId]);
    expect(await ids({ search })).toEqual([indirectId]);
    expect(await ids({ search, kinds: ['INDIRECT'] })).toEqual([indirectId]);
    expect(await countQuotes(db, { search, kinds: ['FULL', 'PARTIAL'] })).toBe(0);
    // Stemmed like the others: "call" finds "the call had taken place".
    expect(await ids({ search: parseSearch('calls'), kinds: ['INDIRECT'] })).toEqual([indirectId]);
  });

  it('counts among its speaker\'s quotes, all of them or by kind', async () => {
    const all = await entityCounts(db, [postId, peskovId]);
    expect(all.get(postId)!.quotes).toBe(1);
    expect(all.get(peskovId)!.quotes).toBe(7);
    expect(await speakerQuoteCounts(db, [postId, peskovId], ['INDIRECT'])).toEqual(new Map([[postId, 1], [peskovId, 0]]));
    expect(await speakerQuoteCounts(db, [postId, peskovId], ['FULL', 'PARTIAL'])).toEqual(new Map([[postId, 0], [peskovId, 7]]));
  });
});
