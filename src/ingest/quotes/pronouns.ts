// "he said" -> which earlier person. News copy keeps a pronoun for the person the text is
// about: the subject of the sentence, else the subject of the sentence before, else the
// speaker of the last quote; the last person named is only the final fallback. A candidate
// whose gender disagrees with the pronoun ("she" for Mr. Trump) is skipped at every step.
import type { Mention } from './mentions.js';
import { personGenders, type Gender } from './gender.js';
import type { Speaker, SpeakerIndex } from './speakers.js';

/** Sentence start offsets of the article, for "the sentence that holds `at`". */
export type SentenceOf = (at: number) => { start: number; previousStart: number | null };

/** A preposition right before a name ("to La Raza", "with Trump"). */
const PREPOSITION_BEFORE = /\b(?:to|with|from|for|at|by|about|against|of|in|on|into|toward|towards)\s+$/i;

const POSSESSIVE_SUBJECT: Record<string, string> = { his: 'he', her: 'she', hers: 'she', their: 'they', its: 'it' };

export class PronounResolver {
  // Computed on the first "he"/"she" only: most quotes are attributed by name.
  private gendersCache: Map<Speaker, Gender> | null = null;

  constructor(
    private readonly text: string,
    private readonly entities: readonly Speaker[],
    private readonly index: SpeakerIndex,
    private readonly sentenceOf: SentenceOf,
  ) {}

  private get genders(): Map<Speaker, Gender> {
    return (this.gendersCache ??= personGenders(this.text, [...this.entities], this.index.mentions));
  }

  /** A person's gender as the pronouns read it (null: unknown), for the referent model's features. */
  genderOf(e: Speaker): Gender {
    return this.genders.get(e) ?? null;
  }

  /** Resolves he/she/they/it/we at a cue; `lastSpeaker` is the speaker of the last attributed quote. */
  resolve(m: Mention, lastSpeaker: { entity: Speaker; at: number } | null): Speaker | null {
    // A possessive stands for its subject form ("his" -> he, "her" -> she, "their" -> they).
    const word = POSSESSIVE_SUBJECT[m.text.toLowerCase()] ?? m.text.toLowerCase();
    if (word === 'you' || word === 'i') return null;
    if (word === 'they' || word === 'it' || word === 'we') {
      return this.index.lastMentioned(m.start, 'ORGANIZATION', Math.max(0, m.start - 600))?.entity ?? null;
    }
    const want: Gender = word === 'she' ? 'F' : 'M';
    const fits = (e: Speaker): boolean => e.type === 'PERSON' && (this.genders.get(e) ?? null) !== (want === 'M' ? 'F' : 'M');
    const { start, previousStart } = this.sentenceOf(m.start);
    const here = this.firstPerson(start, m.start, fits);
    if (here) return here;
    if (previousStart !== null) {
      const before = this.firstPerson(previousStart, start, fits);
      if (before) return before;
    }
    if (lastSpeaker && lastSpeaker.entity.type === 'PERSON' && m.start - lastSpeaker.at < 1500 && fits(lastSpeaker.entity)) return lastSpeaker.entity;
    return this.index.lastMatching(m.start, fits)?.entity ?? null;
  }

  /**
   * The first person mentioned in [from, to) that fits, outside quotes: the sentence subject,
   * roughly. A person after a preposition is no subject ("In his address to La Raza, Graham
   * says he ..."): one that is not after one comes first.
   */
  private firstPerson(from: number, to: number, fits: (e: Speaker) => boolean): Speaker | null {
    return this.index.firstMatching(from, to, fits, (span) => !PREPOSITION_BEFORE.test(this.text.slice(Math.max(0, span.start - 12), span.start)));
  }
}
