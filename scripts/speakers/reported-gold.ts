// The reported-speech tagger's training labels (scripts/speakers/train-reported.ts): from PolNeAR's
// gold attributions of a sentence to one BIO label per token (src/ingest/quotes/reported/labels.ts).
import type { TagToken } from '../../src/ingest/entities/tokens.js';
import { begin, inside, type Role } from '../../src/ingest/quotes/reported/labels.js';
import type { Span } from '../../src/ingest/types.js';
import type { GoldAttribution } from '../polnear.js';

/** Whether two spans share a character. */
export const within = (t: Span, s: Span): boolean => t.start < s.end && s.start < t.end;

/**
 * The attributions not nested in another's Content: in "Scot Ross said the spending numbers he
 * saw were even more dramatic, showing pro-Bradley groups outspending ..." the attribution of
 * "showing" lies inside the Content of "said", and is left out. One label per token cannot hold
 * both; painting the inner Cue over the outer Content taught the tagger to cut the outer Content
 * in two, so that neither half matched (held-out content F1 0.481 -> 0.489, every 10th article).
 */
export function outermost(attributions: readonly GoldAttribution[]): GoldAttribution[] {
  const inside = (a: GoldAttribution, b: GoldAttribution): boolean => b !== a && !!a.cue && !!b.content && b.content.start <= a.cue.start && a.cue.end <= b.content.end;
  return attributions.filter((a) => !attributions.some((b) => inside(a, b)));
}

/**
 * Gold labels of one sentence: Content first (longest first), then Source, then Cue, each over
 * what came before. "Peskov said Putin had no plans" is B-SOURCE B-CUE B-CONTENT I-CONTENT
 * I-CONTENT I-CONTENT.
 */
export function goldLabels(tokens: readonly TagToken[], attributions: readonly GoldAttribution[]): Uint8Array {
  const role: (Role | null)[] = tokens.map(() => null);
  const opens = new Uint8Array(tokens.length);
  const paint = (r: Role, spans: Span[]): void => {
    for (const s of spans) {
      let first = true;
      tokens.forEach((t, i) => {
        if (!within(t, s)) return;
        if (first && role[i] !== r) opens[i] = 1;
        role[i] = r;
        first = false;
      });
    }
  };
  const parts = (key: 'cue' | 'source' | 'content'): Span[] => attributions.map((a) => a[key]).filter((s): s is Span => s !== null);
  paint('CONTENT', parts('content').sort((a, b) => b.end - b.start - (a.end - a.start)));
  paint('SOURCE', parts('source'));
  paint('CUE', parts('cue'));
  return Uint8Array.from(role, (r, i) => (r === null ? 0 : opens[i] || i === 0 || role[i - 1] !== r ? begin(r) : inside(r)));
}
