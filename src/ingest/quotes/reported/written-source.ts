// The tagger's Source as a speaker mention, its kind by how it is written: "Peskov" a name,
// "he" a pronoun, "the Kremlin spokesman" a description; a Source that sets a name off
// ("Nevada's governor, Brian Sandoval, a Republican,") is that name.
import { mention, type Mention } from '../mentions.js';
import { WEEKDAYS } from '../../lexicon/index.js';
import { lookupForm } from '../../gazetteer/index.js';
import type { Span } from '../../types.js';

const PRONOUN = /^(?:he|she|they|it|we|I|you|who|which)$/i;
// Every word capitalised but joiners ("the Kremlin", "Bank of America"); "the Kremlin
// spokesman" is a description.
const NAME = /^(?:the\s+)?\p{Lu}[\p{L}\p{N}.’'&\-]*(?:\s+(?:(?:of|and|for|de|la|van|von|the)\s+)?\p{Lu}[\p{L}\p{N}.’'&\-]*)*$/u;

/** Written like a name: every word capitalised but joiners, a leading "the" allowed ("the Kremlin", "Bank of America"). */
export const nameShaped = (written: string): boolean => NAME.test(written.replace(/^The\s+/, 'the '));
const isName = (written: string): boolean => nameShaped(written) && !NOT_A_NAME.test(written);
// Capitalised words that name no one on their own.
const NOT_A_NAME = /^(?:The|A|An|He|She|They|It|We|I|You|Who|Which)$/;
// What may close a Source after the name: a party tag, a time, a floating quantifier, punctuation
// ("Sen. Bernie Sanders (I-Vt.)", "The New York Times on Tuesday,", "Hillary Clinton and Bernie Sanders both").
const SOURCE_TAIL = new RegExp(String.raw`(?:\s*\([^()]{1,40}\)|\s+(?:on|last|this)\s+(?:${WEEKDAYS.join('|')})|\s+(?:both|all|each|too|alone)|\s*[,;:.—–-]+)+$`, 'u');
// What sets the parts of a Source off: commas and dashes.
const PART_BREAK = /[,;—–]|\s--?(?=\s)/gu;

/** A place as the gazetteer knows it, its abbreviation's full stop cut off or not ("Ill", "Wisconsin"). */
const isPlace = (written: string): boolean => (lookupForm(written) ?? lookupForm(`${written}.`))?.type === 'LOCATION';

/**
 * The tagger's Source as a mention, its kind by how it is written. A Source that sets a name
 * off ("Nevada's governor, Brian Sandoval, a Republican,", "Charles Chamberlain, Democracy for
 * America’s executive director,") is that name: the first part set off by commas or dashes that
 * is one.
 */
export function writtenMention(text: string, source: Span): Mention {
  const written = text.slice(source.start, source.end);
  if (PRONOUN.test(written)) return mention(text, source.start, source.end, 'PRONOUN');
  if (isName(written)) return mention(text, source.start, source.end, 'NAME');
  const tail = SOURCE_TAIL.exec(written);
  const bare = tail && tail.index > 0 ? written.slice(0, tail.index) : written;
  if (isName(bare)) return mention(text, source.start, source.start + bare.length, 'NAME');
  let from = 0;
  for (const cut of [...bare.matchAll(PART_BREAK), { index: bare.length, 0: '' }]) {
    const part = bare.slice(from, cut.index);
    const lead = part.length - part.trimStart().length;
    const body = part.trim();
    // "The Podesta Group's CEO, Kimberley Fritts,": a possessed description names the possessor,
    // not the speaker; "a retiree in Carthage, Ill.,": a place sets off no speaker.
    if (body && body !== bare && isName(body) && !/[’']s?\s/.test(body) && !isPlace(body)) return mention(text, source.start + from + lead, source.start + from + lead + body.length, 'NAME');
    from = cut.index! + cut[0].length;
  }
  return mention(text, source.start, source.end, 'NOMINAL');
}
