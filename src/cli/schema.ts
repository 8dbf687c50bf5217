// npm run schema: writes schema.graphql from the Pothos schema.
// npm run schema:check: fails when the committed schema.graphql is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { printSdl } from '../api/sdl.js';

const FILE = 'schema.graphql';
const sdl = printSdl();

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(FILE, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (committed !== sdl) {
    console.error(`${FILE} is stale: run \`npm run schema\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${FILE} is up to date.`);
} else {
  writeFileSync(FILE, sdl);
  console.log(`Wrote ${FILE}.`);
}
