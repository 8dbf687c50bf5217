// A fixed probe of the referent model's features (src/ingest/quotes/resolution/): a short
// article with hand-made entities and fourteen pronoun and description sources, resolved with
// fixed rule answers. The hash of their features is written into the model by the trainer
// (`npm run train:resolver`) and checked by tests/ingest/quotes/resolution/model.test.ts: a
// change to the features that the model was not retrained on fails that test. Only the
// resolution code is probed (hand-made entities, sentences and rule answers), so a change to
// the quote rules elsewhere does not.
import { createHash } from 'node:crypto';
import { mention, type Mention, type MentionKind } from '../../src/ingest/quotes/mentions.js';
import { sentenceStarts } from '../../src/ingest/quotes/sentences.js';
import { SpeakerIndex, type Speaker } from '../../src/ingest/quotes/speakers.js';
import { ReferentResolver, traceReferents, useReferentModel, type TracedResolution } from '../../src/ingest/quotes/resolution/index.js';
import type { Gender } from '../../src/ingest/quotes/gender.js';
import type { ParsedEntity } from '../../src/ingest/types.js';

export const PROBE_TEXT = [
  'The Washington Post reported on Monday that Apple had hired Jennifer Rodstrom.',
  'The newspaper said the company would not comment.',
  'Donald Trump attacked Hillary Clinton in Ohio.',
  'He said she was wrong.',
  'A spokeswoman for Trump hotels, Jennifer Rodstrom, declined to comment.',
  'The Russian Ministry of Defence said it had no plans.',
  'The ministry said officials were looking into it.',
  'A source said Trump, who spoke on Monday, was angry.',
  'Powell’s office said the senator would speak.',
  'Experts said they were doubtful.',
].join(' ');

/** [as written, kind, occurrence, the rules' answer (an entity name or null)]. */
const SOURCES: [string, MentionKind, number, string | null][] = [
  ['The newspaper', 'NOMINAL', 0, null],
  ['the company', 'NOMINAL', 0, null],
  ['He', 'PRONOUN', 0, 'Donald Trump'],
  ['she', 'PRONOUN', 0, 'Hillary Clinton'],
  ['A spokeswoman for Trump hotels, Jennifer Rodstrom', 'NOMINAL', 0, 'Jennifer Rodstrom'],
  ['it', 'PRONOUN', 0, 'Russian Ministry of Defence'],
  ['The ministry', 'NOMINAL', 0, null],
  ['officials', 'NOMINAL', 0, null],
  ['A source', 'NOMINAL', 0, null],
  ['who', 'PRONOUN', 0, 'Donald Trump'],
  ['Powell’s office', 'NOMINAL', 0, 'Colin Powell'],
  ['the senator', 'NOMINAL', 0, null],
  ['Experts', 'NOMINAL', 0, null],
  ['they', 'PRONOUN', 0, null],
];

function entity(name: string, type: 'PERSON' | 'ORGANIZATION', forms: string[], descriptions: string[], salience: number): ParsedEntity {
  const mentions = forms.flatMap((form) => {
    const out = [];
    for (let i = PROBE_TEXT.indexOf(form); i >= 0; i = PROBE_TEXT.indexOf(form, i + 1)) out.push({ start: i, end: i + form.length, text: form, paragraphIndex: 0 });
    return out;
  });
  return { name, type, aliases: forms.filter((f) => f !== name), descriptions, mentions, salience };
}

const GENDERS: Record<string, Gender> = { 'Donald Trump': 'M', 'Hillary Clinton': 'F', 'Jennifer Rodstrom': 'F', 'Colin Powell': 'M' };

/** The traced resolutions of the probe's sources, in order. */
export function probeResolutions(): TracedResolution[] {
  const text = PROBE_TEXT;
  const entities = [
    entity('The Washington Post', 'ORGANIZATION', ['The Washington Post'], [], 0.2),
    entity('Apple', 'ORGANIZATION', ['Apple'], [], 0.1),
    entity('Jennifer Rodstrom', 'PERSON', ['Jennifer Rodstrom'], ['spokeswoman'], 0.1),
    entity('Donald Trump', 'PERSON', ['Donald Trump', 'Trump'], [], 0.3),
    entity('Hillary Clinton', 'PERSON', ['Hillary Clinton'], [], 0.1),
    entity('Russian Ministry of Defence', 'ORGANIZATION', ['Russian Ministry of Defence'], [], 0.1),
    entity('Colin Powell', 'PERSON', ['Powell'], ['senator'], 0.1),
  ];
  const index = new SpeakerIndex(entities, () => false);
  const starts = sentenceStarts(text, { start: 0, end: text.length }, []);
  const sentenceOf = (at: number): { start: number; previousStart: number | null } => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > at) i--;
    return { start: starts[i]!, previousStart: i > 0 ? starts[i - 1]! : null };
  };
  const byName = new Map(index.all.map((e) => [e.name, e]));
  const resolver = new ReferentResolver(text, index, sentenceOf, (e: Speaker) => GENDERS[e.name] ?? null);
  resolver.noteSpeaker(byName.get('The Washington Post')!, text.indexOf('said'));
  const out: TracedResolution[] = [];
  const tracerBefore = traceReferents((t) => out.push(t));
  const modelBefore = useReferentModel(null);
  try {
    for (const [written, kind, nth, rule] of SOURCES) {
      let at = text.indexOf(written);
      for (let k = 0; k < nth; k++) at = text.indexOf(written, at + 1);
      const m: Mention = mention(text, at, at + written.length, kind);
      resolver.resolve(m, rule ? byName.get(rule)! : null);
    }
  } finally {
    traceReferents(tracerBefore);
    useReferentModel(modelBefore);
  }
  return out;
}

/** A hash of the probe's features (candidate by candidate, entity names included). */
export function probeFingerprint(): string {
  const lines = probeResolutions().map((t) => `${t.source.mention.text}\t${t.candidates.map((c) => `${c.candidate.entity?.name ?? 'NULL'}=${c.features.join(',')}`).join('\t')}`);
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}
