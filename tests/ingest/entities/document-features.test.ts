import { describe, expect, it } from 'vitest';
import { documentFeatures } from '../../../src/ingest/entities/document-features.js';
import { labelOf } from '../../../src/ingest/entities/labels.js';
import { rowViews } from '../../../src/ingest/entities/rows.js';
import { tokenize } from '../../../src/ingest/entities/tokens.js';

describe('documentFeatures', () => {
  const sequences = [tokenize('ROTOR FANS LOCKED OUT'), tokenize('Rotor will play Lada on Sunday , said Rotor coach .')];
  // First pass: the headline's ROTOR untyped, the body's first Rotor an organisation, the second a person.
  const labels = [new Uint8Array(4), new Uint8Array(11)];
  labels[1]![0] = labelOf('U', 'ORG');
  labels[1]![7] = labelOf('U', 'PER');

  it('tells each capitalised word what the first pass said of it elsewhere in the article', () => {
    const extra = documentFeatures(sequences, labels).map(rowViews);
    // The headline's ROTOR hears of both readings in the body; the body's first Rotor only of the other one.
    expect(extra[0]![0]!.length).toBeGreaterThan(extra[1]![0]!.length);
    expect(extra[1]![0]!.length).toBeGreaterThan(0);
    // Lower-case words get nothing.
    expect(extra[1]![1]!.length).toBe(0);
  });

  it('is the same whatever the order of the other sequences', () => {
    const forward = documentFeatures(sequences, labels).map(rowViews);
    const reversed = documentFeatures([...sequences].reverse(), [...labels].reverse()).map(rowViews);
    expect([...reversed[1]![0]!]).toEqual([...forward[0]![0]!]);
  });
});
