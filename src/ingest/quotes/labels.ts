// Frames that name the speaker without an ordinary "X said": a speaker label before a colon
// (transcripts and debate round-ups: `Bush: “The mission is ...”`, `Rep. Trey Gowdy
// (R-S.C.): “...”`) and a sentence-initial inverted cue (`Said Dorothy Poynter, who grew up
// with Ali, “...”`, `Continued Stone: “...”`), which the lower-case cue pattern cannot see.
import type { Frame } from './frames.js';
import { mention, subjectAfter, subjectBefore, type Mention } from './mentions.js';
import { isReportingVerb } from '../lexicon/reporting-verbs.js';

/**
 * A head that opens with a capitalised reporting verb and ends in a comma or colon: "Said
 * Dorothy Poynter, who ...,", "Continued Stone:", "Said one U.S. analyst of Baker's weekend
 * remarks," (a description speaks too; the name in its post-modifier does not).
 */
export function invertedCueFrame(text: string, from: number, to: number, strict = false): Frame | null {
  const head = text.slice(from, to);
  const trimmed = head.trimEnd();
  const lead = head.length - head.trimStart().length;
  const start = from + lead;
  const inverted = /^(\p{Lu}\p{Ll}+)\s+/u.exec(head.slice(lead));
  if (!inverted || !isReportingVerb(inverted[1]!.toLowerCase()) || !/[,:]$/.test(trimmed)) return null;
  const cueEnd = start + inverted[1]!.length;
  const end = from + trimmed.length - 1;
  const mention = indefiniteSubject(text, cueEnd, end) ?? subjectAfter(text, cueEnd, end);
  if (!mention || mention.kind === 'PRONOUN') return null;
  // Strict (before any other frame is tried): the subject follows the cue at once and only a
  // post-modifier follows it, so "Asked whether Putin had plans, Peskov said:" is no frame.
  if (strict && (text.slice(cueEnd, mention.start).trim() !== '' || !POST_MODIFIER.test(text.slice(mention.end, end)))) return null;
  return { cue: inverted[1]!.toLowerCase(), cueStart: start, mention };
}

const POST_MODIFIER = /^(?:\s+(?:of|at|for|from|in|with)\s[^,;:]*|,\s+(?:who|which)\s[^;:]*)?\s*$/u;

// "one U.S. analyst of Baker's weekend remarks": an indefinite description up to its post-modifier.
const INDEFINITE = /^\s*((?:one|a|an|another)\s+[^,;:]*?)(?=\s+(?:of|for|at|with|from|in|on)\s|\s*$)/iu;

/** An indefinite description after an inverted cue, which the name rules would cut to the name inside it ("U.S."). */
function indefiniteSubject(text: string, from: number, to: number): Mention | null {
  const m = INDEFINITE.exec(text.slice(from, to));
  if (!m) return null;
  const start = from + m[0].length - m[1]!.length;
  return mention(text, start, start + m[1]!.length, 'NOMINAL');
}

/** A frame from a head that is only a speaker label or an inverted capitalised cue. */
export function labelFrame(text: string, from: number, to: number): Frame | null {
  const inverted = invertedCueFrame(text, from, to);
  if (inverted) return inverted;
  const head = text.slice(from, to);
  const trimmed = head.trimEnd();
  const lead = head.length - head.trimStart().length;
  const start = from + lead;
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
