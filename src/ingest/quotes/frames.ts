// Reporting frames around a quote: the cue ("said", "told reporters", "according to") and
// the speaker mention next to it ("Peskov", "he", "the Kremlin spokesman"), before the quote
// (headFrame) or after it (tailFrame). Pure text work on one paragraph; the mention next to a
// cue is found by mentions.ts, resolving it to an entity is speakers.ts.
import { CUE_FIRST_WORDS, CUE_PREPOSITION_SOURCE, CUE_VERB_SOURCE, isBaseForm, isFrameOnly, isParticiple, reportsWithThat } from '../lexicon/reporting-verbs.js';
import { mention, subjectAfter, subjectBefore, WEEKDAY, type Mention } from './mentions.js';
import { clauseSubject } from './subjects.js';
import { invertedCueFrame } from './labels.js';

export interface Frame {
  cue: string;
  cueStart: number;
  /** The speaker as written at the cue; null when the cue has no subject of its own. */
  mention: Mention | null;
  /** A tail frame that starts right at the closing mark (`,” Peskov said`). */
  direct?: boolean;
}

// Sticky: tried only where a word from CUE_FIRST_WORDS starts (the full alternation at
// every position would cost most of the extraction time).
const CUE = new RegExp(`${CUE_VERB_SOURCE}|${CUE_PREPOSITION_SOURCE}`, 'yu');
const WORD = /[\p{L}\-]+/gu;

// How many cues of one head are tried, last first: a sentence has a handful; a paragraph of
// thousands (`said "said "said ...`) would otherwise cost cues x reach.
const MAX_HEAD_CUES = 24;
const GAP_REACH = 160;
const AS_CLAUSE = /(?:^|[^\p{L}])[Aa]s\s+[^,;:.!?"“”]{1,70}$/u;
const COORDINATED = /(?:^|[^\p{L}])(?:and|but)\s+(?:(?:then|later|also|again|finally|quickly|simply)\s+)?$/u;

interface CueMatch {
  cue: string;
  start: number;
  end: number;
  prepositional: boolean;
}

// A cue word after a determiner, a possessive or "of" is a noun or an adjective, not a
// verb: "his home state", "secretary of state", "her tweet", "Trump’s call", "his continued"
// ("he’s said" is a contraction of "has").
const NOUN_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|his|her|its|their|our|my|your|this|these|those|every|each|no|any|another|of|home|(?!(?:he|she|it|who|that|there|what|one)[’']s)[\p{L}]+[’']s|[\p{L}]+s[’'])\s+$/iu;

// "state" and "states" are nouns far more often than verbs ("GOP state leaders", "in states
// across the country"); as verbs they come before "that", "in", a colon, a full stop or the quote itself.
const STATE_NOUN = /^states?$/;
const STATE_VERB_AFTER = /^\s*(?:that\b|in\b|[:;.“"])/u;

// "an unprompted call", "a thunderous chant": after "a", "an" or "another" and one word, a
// verb's base form is a noun (a singular subject would take "calls" or "called").
const INDEFINITE_AND_WORD = /(?:^|[^\p{L}])(?:a|an|another)\s+[\p{L}\-]+\s+$/iu;

// "popular in states across the country", "a call for comment": a finite verb never follows a
// preposition right away; an -ing form does ("after saying") and stays a cue. Not "on" or
// "over", which are also particles ("a voice over says", "signed on said").
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|for|with|from|by|about|into|under|without|against|among)\s+$/u;

// "after the staffer was charged with battery", "Trump was asked": a passive participle
// reports nothing its subject said ("was quoted as saying" does, and stays).
const PASSIVE_BEFORE = /(?:^|[^\p{L}])(?:was|were|been|being|is|are|be)\s+(?:\p{Ll}+ly\s+)?$/u;
const PARTICIPLE_FORM = /^(?:(?!quoted$)\p{Ll}+ed|told|said|read)$/u;

/** Reporting cues in [from, to), in text order. */
export function cuesIn(text: string, from: number, to: number, max = Infinity): CueMatch[] {
  const out: CueMatch[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let w = WORD.exec(slice); w; w = WORD.exec(slice)) {
    if (!CUE_FIRST_WORDS.has(w[0])) continue;
    CUE.lastIndex = w.index;
    const m = CUE.exec(slice);
    if (!m) continue;
    if (m[1] !== undefined && NOUN_BEFORE.test(text.slice(Math.max(0, from + m.index - 24), from + m.index))) continue;
    if (STATE_NOUN.test(m[0]) && !STATE_VERB_AFTER.test(text.slice(from + m.index + m[0].length, from + m.index + m[0].length + 24))) continue;
    if (m[1] !== undefined && isBaseForm(m[1].split(/\s+/)[0]!) && INDEFINITE_AND_WORD.test(text.slice(Math.max(0, from + m.index - 40), from + m.index))) continue;
    if (m[1] !== undefined && !isParticiple(m[1]) && PREPOSITION_BEFORE.test(text.slice(Math.max(0, from + m.index - 12), from + m.index))) continue;
    // "Trump said, and I quote, “...”": the writer's aside is no frame.
    if (m[1] === 'quote' && /\bI\s+$/.test(text.slice(Math.max(0, from + m.index - 8), from + m.index))) continue;
    if (m[1] !== undefined && PARTICIPLE_FORM.test(m[1].split(/\s+/)[0]!) && PASSIVE_BEFORE.test(text.slice(Math.max(0, from + m.index - 24), from + m.index))) continue;
    const cue = m[1] ?? m[2]!;
    out.push({ cue: cue.replace(/\s+/g, ' '), start: from + m.index, end: from + m.index + m[0].length, prepositional: m[2] !== undefined });
    if (out.length >= max) break;
    WORD.lastIndex = m.index + m[0].length;
  }
  return out;
}

// A document and the verb of its making before its author: "a court document filed by", "a memo written by".
const AUTHORED_BY = /^\s+(?:the|a|an)\s+(?:[\p{L}\-]+\s+){0,3}(?:filed|released|issued|written|signed|prepared|published|sent)\s+by\s+/u;

function frameFor(text: string, cue: CueMatch, from: number, to: number, inverted: boolean): Frame | null {
  if (cue.prepositional) {
    // "according to a court document filed by state attorney Dave Aronberg": the author speaks.
    const by = AUTHORED_BY.exec(text.slice(cue.end, Math.min(to, cue.end + 80)));
    const authored = by ? subjectAfter(text, cue.end + by[0].length, to) : null;
    if (authored && authored.kind === 'NAME') return { cue: cue.cue, cueStart: cue.start, mention: authored };
    const m = subjectAfter(text, cue.end, to);
    return m ? { cue: cue.cue, cueStart: cue.start, mention: m } : null;
  }
  const before = subjectBefore(text, from, cue.start);
  if (before) return { cue: cue.cue, cueStart: cue.start, mention: before };
  if (inverted) {
    const after = subjectAfter(text, cue.end, to);
    if (after) return { cue: cue.cue, cueStart: cue.start, mention: after };
  }
  return null;
}

// After a frame that closes a sentence-final quote ("“... today.” Peskov said on Monday."),
// only the rest of that short clause may follow: not "that ...", a colon or a new quote,
// which make it the frame of the next sentence ("“...” She added that “...”").
const CLAUSE_ENDS = new RegExp(String.raw`^\s*(?:[.;!?)]|,(?!\s*["“])|$|\p{Ll}+ly\s+(?:on|in|at|to|into|during|after|before|while|when|as)\b|(?:on|in|at|during|to|about|after|before|while|when|as|last|this|earlier|later|yesterday|today|tonight|${WEEKDAY}|of)\b)`, 'u');
// Verbs that take the person addressed as object ("Trump asked the crowd.").
const ADDRESSING = /^(?:told|tells|tell|asked|asks|ask|assured|assures|reminded|reminds|warned|warns|urged|urges|thanked|thanks)$/;

// A clause that goes on to a "that" clause of its own ("“arbitrary.” Hendler warned Saturday
// that ...") frames what follows, not the quote before it.
const CLAUSE_GOES_ON = /^[^.;!?“”"\n]{0,40}\bthat\b/u;

function closesClause(text: string, frame: Frame, cueEnd: number): boolean {
  const end = frame.mention && frame.mention.start > cueEnd ? frame.mention.end : cueEnd;
  // Looks past the tail's end: the quote that follows a comma is what decides.
  const rest = text.slice(end, end + 60);
  if (CLAUSE_ENDS.test(rest)) return !CLAUSE_GOES_ON.test(text.slice(end, end + 100));
  if (!ADDRESSING.test(frame.cue.split(' ')[0]!)) return false;
  if (/^\s+(?:[\p{L}’'.\-]+\s+){0,3}[\p{L}’'.\-]+\s*(?:[.;]|,(?!\s*["“])|$)/u.test(rest)) return true;
  // "“...?” Trump told Britain’s ITV television station in an interview aired on Monday.": the
  // person addressed, then a phrase of time or place that closes the clause.
  const addressed = ADDRESSED_THEN_CLOSE.exec(text.slice(end, end + 100));
  return addressed !== null && !/\b(?:he|she|they|it|that|I|we|you|him|her|them)\b/.test(addressed[1]!);
}
const ADDRESSED_THEN_CLOSE = /^\s+((?:[\p{L}’'.\-]+\s+){0,5}?[\p{L}’'.\-]+)\s+(?:in|on|at|during|after|before|while|when|last|this|earlier|later|yesterday|today|tonight)\b/u;

// A description that fills the whole tail before its cue may be long: `,” the Florida senator
// and Republican presidential candidate said`, `,” the bespectacled, 71-year-old diplomat said`.
const TAIL_DESCRIPTION = new RegExp(String.raw`^([\s,—–-]*)((?:the|a|an|one|another)\s+(?:[\p{L}\p{N}'’\-.&]+,?\s+){0,7}[\p{L}\p{N}'’\-]*\p{L})\s*$`, 'u');

/** A determiner phrase that runs from the closing mark to a verb cue, as the cue's subject. */
function tailDescription(text: string, from: number, cue: CueMatch): Frame | null {
  if (cue.prepositional || cue.start - from > 120) return null;
  const d = TAIL_DESCRIPTION.exec(text.slice(from, cue.start));
  if (!d) return null;
  const start = from + d[1]!.length;
  return { cue: cue.cue, cueStart: cue.start, mention: mention(text, start, start + d[2]!.length, 'NOMINAL') };
}

/**
 * The frame right after a closing mark: `,” Peskov said`, `,” said Peskov`,
 * `,” Peskov, the Kremlin spokesman, told reporters`, `,” according to the Kremlin`.
 * `near` limits how far into the tail the cue may start (in words). `direct` is set when
 * the frame starts right at the mark (the cue or its subject is the first word).
 * `newSentence`: the quote ended a sentence, so the frame must close its clause.
 */
const SUBORDINATE_AFTER = /^[\s,]*(?:when|whenever|if|because|after|before|while|since|until|unless)\s[^,;:—–]*$/;
const SET_OFF_RELATIVE = /,\s+(?:who|which)\s[^,;:.!?“”"]{1,120},/gu;

export function tailFrame(text: string, from: number, to: number, near: number, newSentence = false): Frame | null {
  for (const cue of cuesIn(text, from, to)) {
    // A relative clause set off by commas ("an intelligence source, who was not authorized to
    // speak, told") does not count towards the distance.
    const gap = text.slice(from, cue.start);
    const words = (/\bwh(?:o|ich)\s/.test(gap) ? gap.replace(SET_OFF_RELATIVE, ',') : gap).split(/\s+/).filter(Boolean).length;
    if (words > near) return null;
    if (isParticiple(cue.cue) && !cue.prepositional) continue;
    // "“bu, bu, bu” when I ask a question": a cue in a subordinate clause after the quote is
    // that clause's, not a frame of the quote ("as he said" is one, and stays).
    if (SUBORDINATE_AFTER.test(gap)) return null;
    // "“...” in the 2008 primary, said Paul Beck": an inverted cue after a comma.
    // Not a verb of address: in "“...,” ..., told POLITICO" the name after the cue is the listener.
    const frame = frameFor(text, cue, from, to, words === 0 || (/,\s*$/.test(text.slice(from, cue.start)) && !ADDRESSING.test(cue.cue.split(' ')[0]!))) ?? tailDescription(text, from, cue);
    // "the “Fight for 15” movement, which said": a relative clause after the quote is about
    // a phrase that holds it, not a frame of it.
    if (!frame || frame.mention?.antecedent !== undefined) continue;
    if (newSentence && !closesClause(text, frame, cue.end)) return null;
    // "“...” and Trump says he is “...”": a coordinated clause with its own subject frames
    // the quote that follows, not this one.
    if (frame.mention && frame.mention.start < cue.start && /^[\s,—–-]*(?:and|but)\s+$/.test(text.slice(from, frame.mention.start))) return null;
    const first = from + (/^[\s,—–-]*/.exec(text.slice(from, to))?.[0].length ?? 0);
    frame.direct = first === cue.start || (frame.mention !== null && frame.mention.start <= first + 4);
    return frame;
  }
  return null;
}

const SUBORDINATE_OPENING = /^(?:When|After|As|While|Before|Since|Once|If|Although|Though)\b/;
const MAIN_CLAUSE_PRONOUN = /,\s+(?:he|she|they|we|I)\s+\p{Ll}/u;

// "..., with Sen. John McCain calling it a “": an absolute "with" clause, set off by a comma
// and running unbroken to the quote; the phrase after "with" is the subject of its -ing verb
// and speaks. Without the comma "with" is mostly a plain preposition ("walking with his
// grandchildren watching").
const WITH_CLAUSE = /[,;—–(]\s*with\s+(?=\S)((?:[^\s,;:!?"“”]+\s+){1,7}?)(?:\p{Ll}+ly\s+)?(\p{Ll}+ing)\b[^,;.!?"“”]{0,120}[\s,:]*$/du;
const WITH_REACH = 220;

function withClauseFrame(text: string, from: number, to: number): Frame | null {
  const at = Math.max(from, to - WITH_REACH);
  const m = WITH_CLAUSE.exec(text.slice(at, to));
  if (!m?.indices) return null;
  const npStart = at + m.indices[1]![0];
  const verbStart = at + m.indices[2]![0];
  const subject = subjectBefore(text, npStart, verbStart);
  // The subject must be the whole phrase after "with" ("with his wife calling"), not a name at its end.
  if (!subject || subject.kind === 'PRONOUN' || (subject.start !== npStart && !/^(?:the|The)\s+$/.test(text.slice(npStart, subject.start)))) return null;
  // "with Cruz’s aides saying" is no subject "Cruz’s"; a cue inside the phrase makes it a clause of its own.
  if (/[’']s?$/.test(subject.text) || cuesIn(text, npStart, verbStart).length > 0) return null;
  return { cue: m[2]!, cueStart: verbStart, mention: subject };
}

/**
 * The frame before an opening mark, within the same sentence: `Peskov said: “`,
 * `Putin said on Sept. 12 that ... would mean “`, `According to Peskov, “`. The last cue
 * with a subject wins, so the subject of the cue beats other names in the sentence.
 * A participle cue ("..., adding “") takes the subject of the sentence.
 */
export function headFrame(text: string, from: number, to: number): Frame | null {
  // "Said one U.S. analyst of Baker's weekend remarks, “": the opening cue frames the quote,
  // not the noun of speech inside its subject.
  const inverted = invertedCueFrame(text, from, to, true);
  if (inverted) return inverted;
  const absolute = withClauseFrame(text, from, to);
  if (absolute) return absolute;
  const cues = cuesIn(text, from, to);
  for (let k = cues.length - 1; k >= Math.max(0, cues.length - MAX_HEAD_CUES); k--) {
    const cue = cues[k]!;
    // Adjacent: only punctuation and "that", or at most four words, between cue and quote.
    // A gap longer than GAP_REACH is neither; bounding it keeps each cue's test short.
    const gap = to - cue.end > GAP_REACH ? null : text.slice(cue.end, to);
    const adjacent = gap !== null && (/^[\s,:;—–-]*(?:that\s*)?$/.test(gap) || (!/[,;:.]/.test(gap) && gap.trim().split(/\s+/).length <= 4));
    // "When Trump announced his candidacy, he referred to ... as “...”": a cue in an opening
    // subordinate clause is not the main clause's; its subject (the pronoun) is found later.
    if (!cue.prepositional && SUBORDINATE_OPENING.test(text.slice(from, to).trimStart()) && MAIN_CLAUSE_PRONOUN.test(text.slice(cue.end, to))) return null;
    // "he doesn't have small hands - as Rubio has said - and he can “": a cue inside an aside
    // between dashes that closes before the quote belongs to the aside.
    if (/^\s{0,2}[-—–]{1,2}\s/.test(text.slice(cue.end, cue.end + 4)) && /\s[-—–]{1,2}\s[^-—–]{0,60}$/.test(text.slice(Math.max(from, cue.start - 64), cue.start))) continue;
    // "As The Daily Caller reported, ... “": an "as" clause frames its whole sentence.
    const asClause = /^\s*,/.test(text.slice(cue.end, cue.end + 3)) && AS_CLAUSE.test(text.slice(Math.max(from, cue.start - 80), cue.start));
    if (isFrameOnly(cue.cue) && !adjacent && !asClause && !reportsWithThat(cue.cue, text.slice(cue.end, cue.end + 6))) continue;
    // "He praised those who left but said “": a verb coordinated with an earlier one shares
    // its subject; the words before "and" are that verb's object, not a subject.
    const coordinated = COORDINATED.test(text.slice(Math.max(from, cue.start - 40), cue.start));
    if (!cue.prepositional && (isParticiple(cue.cue) || coordinated)) {
      // "Trump said ..., adding “": the subject of the clause, through an earlier finite cue
      // or the clause's own subject; the words right before ", saying" are usually an
      // object ("appeared to assert his leadership plans by saying").
      let earlier: CueMatch | undefined;
      for (let j = k - 1; j >= Math.max(0, cues.length - MAX_HEAD_CUES) && !earlier; j--) {
        if (!isParticiple(cues[j]!.cue) && !cues[j]!.prepositional) earlier = cues[j];
      }
      const finite = earlier ? frameFor(text, earlier, from, cue.start, false) : null;
      // A coordinated verb belongs to the main clause ("when I asked him, he ... and said"):
      // its subject first, then an earlier cue's.
      const clause = coordinated ? coordinatedPronoun(text, from, cue.start) ?? clauseSubject(text, from, cue.start)?.mention : undefined;
      const subject = clause ?? finite?.mention ?? clauseSubject(text, from, cue.start)?.mention ?? subjectBefore(text, from, cue.start);
      if (subject && (subject.kind !== 'NOMINAL' || finite || clause)) return { cue: cue.cue, cueStart: cue.start, mention: subject };
      continue;
    }
    const frame = frameFor(text, cue, from, to, false) ?? invertedHeadFrame(text, cue, from, to);
    if (frame) return frame;
  }
  return null;
}

// "When Clinton's campaign manager was asked ..., he laughed and said": the pronoun that opens
// the main clause right before the coordinated verbs is their subject.
const COORDINATED_PRONOUN = /(?:^|,\s+)(he|she|they)\s+(?:\p{Ll}[\p{Ll}’'\-]*\s+){1,4}(?:and|but)\s+(?:(?:then|later|also|again|finally|quickly|simply)\s+)?$/u;

function coordinatedPronoun(text: string, from: number, cueStart: number): Mention | undefined {
  const at = Math.max(from, cueStart - 80);
  const m = COORDINATED_PRONOUN.exec(text.slice(at, cueStart));
  // At the window's start only when that is the clause's start (not inside "the", "she").
  if (!m || (m.index === 0 && !m[0].startsWith(',') && at !== from)) return undefined;
  const start = at + m.index + m[0].indexOf(m[1]!, m[0].startsWith(',') ? 1 : 0);
  return mention(text, start, start + m[1]!.length, 'PRONOUN');
}

const CLAUSE_WORD = /\b(?:that|when|if|whether|how|what|why|which|who|where)\b/;

/**
 * "Because of how the schedule was drawn, explained Rosenberg, “...”": an inverted cue after
 * a comma, its subject after it and nothing but a comma or colon between that subject and
 * the quote.
 */
function invertedHeadFrame(text: string, cue: CueMatch, from: number, to: number): Frame | null {
  if (cue.prepositional || !/,\s*$/.test(text.slice(from, cue.start)) || ADDRESSING.test(cue.cue.split(' ')[0]!)) return null;
  const m = subjectAfter(text, cue.end, to);
  // A name (after its title words) right after the cue; "said the days when ..." and "said
  // Wednesday that Netanyahu “" have an object or a clause there, not the speaker.
  const gap = text.slice(cue.end, m?.start ?? cue.end);
  if (!m || m.kind !== 'NAME' || gap.trim().split(/\s+/).length > 3 || CLAUSE_WORD.test(gap) || !/^[\s,:]*$/.test(text.slice(m.end, to))) return null;
  return { cue: cue.cue, cueStart: cue.start, mention: m };
}

// Nouns of speech: "Trump's accusation that ...", "Bush's statement: “...”".
const SPEECH_NOUN = String.raw`(?:statement|comment|comments|remark|remarks|response|reply|answer|claim|accusation|argument|assertion|contention|conclusion|message|tweet|dictum|slogan|catchphrase|quip|retort|promise|pledge|warning|suggestion|speech|declaration|testimony|explanation|prediction|vow|mantra|motto|complaint|insistence)`;
const SPEECH_POSSESSOR = new RegExp(String.raw`^((?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}.\-]*)(?:[’']s|s[’'])\s+(?:[\p{Ll}\-]+\s+){0,2}${SPEECH_NOUN}\b`, 'u');

/**
 * "Donald Trump's accusation that Hillary Clinton is playing the “...”": a subject headed by
 * a noun of speech speaks through its possessor (PolNeAR annotators give "Donald Trump's").
 */
export function speechPossessor(m: Mention): Mention | null {
  if (m.kind === 'PRONOUN') return null;
  const p = SPEECH_POSSESSOR.exec(m.text);
  return p ? { start: m.start, end: m.start + p[1]!.length, text: p[1]!, kind: 'NAME' } : null;
}

const POSSESSOR_BEFORE = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}.\-]*)(?:[’']s|s[’'])\s*$/u;
const SPEECH_NOUN_AFTER = new RegExp(String.raw`^\s*${SPEECH_NOUN}\b`, 'u');

const POSSESSED_CLAIM_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])((?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}.\-]*)(?:[’']s|s[’'])\s+(?:[\p{Ll}\-]+\s+){0,2}(${SPEECH_NOUN})\s+that\s+$`, 'u');

/** "Trump's recent evidence-free assertion that “thousands” ...": the possessor of a noun of speech right before the quote speaks. */
export function possessedClaimFrame(text: string, from: number, open: number): Frame | null {
  const at = Math.max(from, open - 120);
  const p = POSSESSED_CLAIM_BEFORE.exec(text.slice(at, open));
  if (!p) return null;
  const start = at + p.index + p[0].indexOf(p[1]!);
  const name = p[1]!;
  return { cue: p[2]!, cueStart: at + p.index + p[0].lastIndexOf(p[2]!), mention: { start, end: start + name.length, text: name, kind: 'NAME' } };
}

/** "Mitt Romney’s “47 percent” comment": a possessive name before the quote and a noun of speech after it. */
export function possessedQuoteFrame(text: string, from: number, open: number, close: number): Frame | null {
  const at = Math.max(from, open - 80);
  const p = POSSESSOR_BEFORE.exec(text.slice(at, open));
  const noun = SPEECH_NOUN_AFTER.exec(text.slice(close, close + 30));
  if (!p || !noun) return null;
  const start = at + p.index + p[0].length - p[0].trimStart().length;
  const name = p[1]!;
  return { cue: noun[0].trim(), cueStart: close, mention: { start, end: start + name.length, text: name, kind: 'NAME' } };
}
