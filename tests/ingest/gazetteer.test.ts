import { describe, expect, it } from 'vitest';
import { lookupForm, startsMultiWordFormWith } from '../../src/ingest/gazetteer/index.js';

describe('gazetteer', () => {
  it('knows the first two words of its multi-word forms, in any case', () => {
    expect(lookupForm('New York')).toBeDefined();
    expect(startsMultiWordFormWith('New', 'York')).toBe(true);
    expect(startsMultiWordFormWith('NEW', 'YORK')).toBe(true);
    expect(startsMultiWordFormWith('said', 'the')).toBe(false);
    // A form that matches has its first two words there.
    for (const form of ['White House', 'UNITED STATES', 'Bank of Japan', 'the Washington Post']) {
      const [first, second] = form.split(' ');
      if (lookupForm(form)) expect(startsMultiWordFormWith(first!, second!), form).toBe(true);
    }
  });
});
