import { beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/api/examples.js';
import { provider } from '../helpers/db.js';
import { graphqlClient, seededClient } from '../helpers/graphql.js';

let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  ({ query } = await seededClient());
});

describe('examples/', () => {
  const examples = loadExamples();

  it('holds the operations a frontend needs', () => {
    expect(examples.map((e) => e.name)).toEqual(['article-page', 'entity-page', 'search-with-facets', 'speaker-timeline']);
  });

  for (const example of examples) {
    it(`${example.name} answers on the seed database as snapshotted`, async () => {
      const result = await query(example.query, example.variables);
      expect(result.errors).toBeUndefined();
      await expect(`${JSON.stringify(result.data, null, 2)}\n`).toMatchFileSnapshot(`__snapshots__/examples/${provider}/${example.name}.json`);
    });
  }
});
