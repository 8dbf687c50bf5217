import { describe, expect, it } from 'vitest';
import { sequenceFeatures, tokenFeatures } from '../../../src/ingest/entities/features.js';
import { LABEL_COUNT as L } from '../../../src/ingest/entities/labels.js';
import { taggerModels } from '../../../src/ingest/entities/tagger.js';
import { tokenize } from '../../../src/ingest/entities/tokens.js';

describe('both passes in one table', () => {
  it('scores every token as each model does over all its features', () => {
    const { first, second, both } = taggerModels();
    for (const text of ['U.S. Treasury Secretary James Baker said on Monday the New York Stock Exchange would reopen.', 'TOKYO', 'BANK OF JAPAN SAYS IT WILL KEEP RATES', 'He said.']) {
      const tokens = tokenize(text);
      const one = new Float32Array(tokens.length * L);
      const two = new Float32Array(tokens.length * L);
      both.emissions(tokenFeatures(tokens), one, two);
      expect(one).toEqual(first.emissions(sequenceFeatures(tokens)));
      expect(two).toEqual(second.emissions(sequenceFeatures(tokens)));
    }
  });
});
