import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { printSdl } from '../../src/api/sdl.js';

it('schema.graphql is the SDL of the current schema (run `npm run schema` when this fails)', () => {
  expect(readFileSync('schema.graphql', 'utf8')).toBe(printSdl());
});
