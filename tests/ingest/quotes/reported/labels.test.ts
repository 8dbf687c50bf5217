// labels.ts: the tagger's BIO labels over Cue, Source and Content, and which label may follow which.
import { describe, expect, it } from 'vitest';
import { LABELS, LABEL_COUNT, ROLES, allowed, begin, inside, isBegin, roleOf } from '../../../../src/ingest/quotes/reported/labels.js';

describe('the labels', () => {
  it('are O, then B- and I- for each role in the order Cue, Source, Content', () => {
    expect(ROLES).toEqual(['CUE', 'SOURCE', 'CONTENT']);
    expect(LABELS).toEqual(['O', 'B-CUE', 'I-CUE', 'B-SOURCE', 'I-SOURCE', 'B-CONTENT', 'I-CONTENT']);
    expect(LABEL_COUNT).toBe(7);
  });

  it('begin and inside give the index of each role’s B- and I- label', () => {
    expect(ROLES.map((r) => [begin(r), inside(r)])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    for (const r of ROLES) {
      expect(LABELS[begin(r)]).toBe(`B-${r}`);
      expect(LABELS[inside(r)]).toBe(`I-${r}`);
    }
  });

  it('roleOf gives each label’s role, null for O', () => {
    expect(LABELS.map((_, l) => roleOf(l))).toEqual([null, 'CUE', 'CUE', 'SOURCE', 'SOURCE', 'CONTENT', 'CONTENT']);
  });

  it('isBegin is true for the B- labels only', () => {
    expect(LABELS.map((_, l) => isBegin(l))).toEqual([false, true, false, true, false, true, false]);
  });
});

describe('allowed transitions', () => {
  // Row: the previous label (-1 = sentence start, then O, B-CUE, ... I-CONTENT); column: the next label.
  const table = [-1, 0, 1, 2, 3, 4, 5, 6].map((prev) => LABELS.map((_, next) => (allowed(prev, next) ? 1 : 0)));

  it('O and every B- may follow anything, the sentence start included', () => {
    for (const row of table) expect([row[0], row[1], row[3], row[5]]).toEqual([1, 1, 1, 1]);
  });

  it('an I- continues its own role only: after its B- or its I-, never after O, the start or another role', () => {
    expect(table.map((row) => [row[2], row[4], row[6]])).toEqual([
      [0, 0, 0], // start
      [0, 0, 0], // O
      [1, 0, 0], // B-CUE
      [1, 0, 0], // I-CUE
      [0, 1, 0], // B-SOURCE
      [0, 1, 0], // I-SOURCE
      [0, 0, 1], // B-CONTENT
      [0, 0, 1], // I-CONTENT
    ]);
  });
});
