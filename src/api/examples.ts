// The operations in examples/, which GraphiQL opens as tabs and the tests run.
import { readdirSync, readFileSync } from 'node:fs';

const FOLDER = new URL('../../examples/', import.meta.url);

export interface Example {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export function loadExamples(): Example[] {
  return readdirSync(FOLDER)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.graphql$/, '');
      const variables = new URL(`${name}.variables.json`, FOLDER);
      let parsed: Record<string, unknown> = {};
      try {
        parsed = JSON.parse(readFileSync(variables, 'utf8')) as Record<string, unknown>;
      } catch {
        // an example without variables
      }
      return { name, query: readFileSync(new URL(file, FOLDER), 'utf8'), variables: parsed };
    });
}
