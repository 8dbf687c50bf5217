// Frames that name the speaker without an ordinary "X said": a speaker label before a colon
// (transcripts and debate round-ups: `Bush: “The mission is ...”`, `Rep. Trey Gowdy
// (R-S.C.): “...”`) and a sentence-initial inverted cue (`Said Dorothy Poynter, who grew up
// with Ali, “...”`, `Continued Stone: “...”`), which the lower-case cue pattern cannot see.
import type { Frame } from './frames.js';
import { subjectAfter, subjectBefore } from './mentions.js';
import { isReportingVerb } from '../lexicon/reporting-verbs.js';

/** A frame from a head that is only a speaker label or an inverted capitalised cue. */
export function labelFrame(text: string, from: number, to: number): Frame | null {
  const head = text.slice(from, to);
  const trimmed = head.trimEnd();
  const lead = head.length - head.trimStart().length;
  const start = from + lead;
  // "Said Dorothy Poynter, who ...," / "Continued Stone:"
  const inverted = /^(\p{Lu}\p{Ll}+)\s+/u.exec(head.slice(lead));
  if (inverted && isReportingVerb(inverted[1]!.toLowerCase()) && /[,:]$/.test(trimmed)) {
    const cueEnd = start + inverted[1]!.length;
    const mention = subjectAfter(text, cueEnd, from + trimmed.length - 1);
    if (mention && mention.kind === 'NAME') return { cue: inverted[1]!.toLowerCase(), cueStart: start, mention };
  }
  // "POLLSTERS AGREE - Carl Bialik:": a round-up item, a headline then the source's name.
  const dash = /\s[-—–]\s*(?=[^-—–]*$)/u.exec(trimmed);
  if (dash && trimmed.endsWith(':')) return labelFrame(text, from + dash.index + dash[0].length, to);
  // "Bush:" / "Rep. Trey Gowdy (R-S.C.):" — the whole head is a name and a colon.
  if (trimmed.endsWith(':') && trimmed.length - lead < 70 && !/[,;!?]/.test(trimmed)) {
    // "More from Jones:": a round-up's pointer to the source quoted before.
    const more = MORE_FROM.exec(head.slice(lead));
    if (more) return labelFrame(text, start + more[0].length, to);
    const colon = from + trimmed.length - 1;
    const mention = subjectBefore(text, start, colon);
    if (mention && mention.kind === 'NAME' && mention.start === start) return { cue: ':', cueStart: colon, mention };
    // "Frank Newport and Jim Harter:": two authors; the first is named as the speaker.
    const pair = PAIR_OF_NAMES.exec(text.slice(start, colon));
    const first = pair ? subjectBefore(text, start, start + pair[1]!.length) : null;
    if (first && first.kind === 'NAME' && first.start === start && mention?.kind === 'NAME') return { cue: ':', cueStart: colon, mention: first };
  }
  return null;
}

const MORE_FROM = /^(?:More|Also|Much more) from\s+(?=\p{Lu})/u;
const PAIR_OF_NAMES = /^((?:\p{Lu}[\p{L}.’'\-]*\s+){0,2}\p{Lu}[\p{L}.’'\-]*)\s+and\s+(?:\p{Lu}[\p{L}.’'\-]*\s+){0,2}\p{Lu}[\p{L}.’'\-]*$/u;

/**
 * A sign-off paragraph after a quote paragraph (fact-check and round-up layout):
 * `"...."` then `- Bernie Sanders.` on its own. [from, to) is that next paragraph.
 */
export function signoffFrame(text: string, from: number, to: number): Frame | null {
  const line = text.slice(from, to);
  const dash = /^\s*[-—–]\s*/u.exec(line);
  if (!dash || line.length > 80 || !/\.?\s*$/.test(line)) return null;
  const start = from + dash[0].length;
  const mention = subjectAfter(text, start, to);
  // "-President Obama, tweeting ...": a title may come before the name.
  if (!mention || mention.kind !== 'NAME' || !/^(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(text.slice(start, mention.start))) return null;
  // The name, maybe a full stop, or a note set off by a comma ("-Michelle Marks, Philadelphia.",
  // "-President Obama, tweeting after Clinton's speech."): not the opening of a sentence
  // ("- Sanders said ...").
  if (!/^(?:[.\s]*|,\s+[^\n]+)$/.test(text.slice(mention.end, to))) return null;
  return { cue: '-', cueStart: from + dash.index, mention };
}
