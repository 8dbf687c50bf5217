// A generated corpus of wire stories, big enough for the effects that only show at size: a
// few people, companies and countries appear in a large share of the articles (as "United
// States" or "Reagan" do in Reuters-21578), so graph questions and facets do real work.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seeded } from './random.js';

const FIRST = ['Anna', 'Marcus', 'Olivia', 'Peter', 'Laura', 'Daniel', 'Sofia', 'Henry', 'Clara', 'Victor', 'Helen', 'Oscar', 'Irene', 'Simon', 'Nora', 'Felix', 'Ruth', 'Tomas', 'Greta', 'Hugo'];
const LAST = ['Ashford', 'Blackwood', 'Carrington', 'Dalton', 'Ellsworth', 'Fairley', 'Goldman', 'Hallett', 'Kingsley', 'Langford', 'Marlowe', 'Northcott', 'Pemberton', 'Radley', 'Stanton'];
const COMPANIES = ['Texaco', 'Amoco', 'Chevron', 'Citicorp', 'Boeing', 'Alcan', 'Unilever', 'Siemens', 'Nestle', 'Fiat', 'Philips', 'Volvo'];
const COUNTRIES = ['Japan', 'Brazil', 'France', 'Canada', 'Mexico', 'Italy', 'Spain', 'Egypt', 'India', 'Kenya'];
const CITIES = ['NEW YORK', 'LONDON', 'TOKYO', 'CHICAGO', 'PARIS', 'TORONTO'];
const TOPICS = ['oil prices', 'grain exports', 'interest rates', 'the dollar', 'bank lending', 'steel output', 'coffee quotas'];


/** Skewed choice: low indexes are much more likely (a few names in most articles). */
function skewed<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(list.length * next() ** 3)]!;
}

/** Writes `count` wire-text articles into a new folder and returns its path. */
export function writeWireCorpus(count: number, seed = 1): string {
  const dir = mkdtempSync(join(tmpdir(), 'wiregraph-corpus-'));
  mkdirSync(dir, { recursive: true });
  const next = seeded(seed);
  const people = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`));
  for (let i = 0; i < count; i++) {
    const [a, b] = [skewed(people, next), skewed(people, next)];
    const [x, y] = [skewed(COMPANIES, next), skewed(COMPANIES, next)];
    const [country, topic] = [skewed(COUNTRIES, next), TOPICS[i % TOPICS.length]!];
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    const text = [
      `date 1987-${month}-${day} ${x} and ${y} weigh ${topic} in ${country}, report ${i}`,
      `By ${skewed(people, next)}`,
      `${CITIES[i % CITIES.length]} (Reuters) - ${a}, chief executive of ${x} Corp, said on Tuesday that ${topic} in ${country} would rise this year.`,
      `"We expect ${topic} to stay firm for some time," ${a.split(' ')[1]} said.`,
      `${b}, an analyst at ${y} Inc, told reporters that the ${country} market was tight and that ${topic} had fallen sharply last week.`,
      `Officials in ${country} said they would meet ${x} and ${y} next month.`,
      `(Reporting by ${skewed(people, next)}; Editing by ${skewed(people, next)})`,
    ].join('\n');
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), `${text}\n`);
  }
  return dir;
}
