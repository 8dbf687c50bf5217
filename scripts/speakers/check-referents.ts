// Checks the hand-made speaker referents (tests/fixtures/speaker-referents/) against the
// PolNeAR text: every source span and referent mention must be where it says, with the text it
// says; every source must be decided (a referent, or null with a reason). Prints what is wrong
// and how far the annotation has got.
//
//   npx tsx scripts/speakers/check-referents.ts [file.json ...]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const dir = 'tests/fixtures/speaker-referents';
const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive(), text: z.string().min(1) });
export const REFERENT_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'GROUP', 'OTHER'] as const;
export const NULL_REASONS = ['anonymous', 'generic', 'not named', 'not a speaker'] as const;
const Item = z.object({
  source: Span,
  cue: z.string(),
  direct: z.boolean(),
  kind: z.enum(['pronoun', 'description']),
  referent: z.object({ name: z.string().min(1), type: z.enum(REFERENT_TYPES), mention: Span }).nullable().optional(),
  why: z.enum(NULL_REASONS).optional(),
  note: z.string().optional(),
});
export const ReferentFile = z.object({ article: z.string(), source: z.string(), sources: z.array(Item) });
export type ReferentFile = z.infer<typeof ReferentFile>;

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
let problems = 0;
let decided = 0;
let total = 0;
for (const path of files) {
  const parsed = ReferentFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    console.log(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    problems++;
    continue;
  }
  const f = parsed.data;
  const textPath = join('../shared/corpus', f.source, 'text', f.article);
  if (!existsSync(textPath)) {
    console.log(`${path}: ${textPath} is absent`);
    continue;
  }
  const text = readFileSync(textPath, 'utf8');
  const wrong = (what: string) => {
    console.log(`${path}: ${what}`);
    problems++;
  };
  for (const [i, s] of f.sources.entries()) {
    total++;
    const at = `sources[${i}] "${s.source.text}"`;
    if (text.slice(s.source.start, s.source.end) !== s.source.text) wrong(`${at}: the source span does not hold its text`);
    if (s.referent === undefined) continue;
    decided++;
    if (s.referent === null) {
      if (!s.why) wrong(`${at}: a null referent needs a reason (why: ${NULL_REASONS.join(', ')})`);
      continue;
    }
    const m = s.referent.mention;
    if (text.slice(m.start, m.end) !== m.text) wrong(`${at}: referent mention ${m.start}-${m.end} holds "${text.slice(m.start, m.end)}", not "${m.text}"`);
  }
}
console.log(`${decided} of ${total} sources decided in ${files.length} files; ${problems} problems`);
process.exitCode = problems > 0 ? 1 : 0;
