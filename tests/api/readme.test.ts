// Every GraphQL example in the README runs on the seed database without errors.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { graphqlClient, seededClient } from '../helpers/graphql.js';

let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  ({ query } = await seededClient());
});

/** The operations in the README's graphql blocks: each starts with `{` or `query` at the line start. */
function readmeOperations(): string[] {
  const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((block) =>
    block
      .split(/\n(?=\{|query\b)/)
      .map((op) => op.replace(/^#.*$/gm, '').trim())
      .filter(Boolean),
  );
}

it('every README example runs without errors', async () => {
  const operations = readmeOperations();
  expect(operations.length).toBeGreaterThanOrEqual(11);
  for (const operation of operations) {
    const result = await query(operation);
    expect(result.errors, operation).toBeUndefined();
  }
});

it('the README shows an example of every root query field', () => {
  const text = readmeOperations().join('\n');
  for (const field of ['articles', 'article', 'authors', 'editors', 'author', 'editor', 'quotes', 'entities', 'entity', 'search', 'articleFacets', 'nodes']) {
    expect(text, field).toMatch(new RegExp(`\\b${field}\\(`));
  }
});
