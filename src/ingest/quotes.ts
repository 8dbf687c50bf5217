// Quote extraction and speaker attribution (issue 3). Pure and deterministic: regular
// expressions and a lexicon, no parser, so a typical article takes well under a millisecond.
//
// What a quote is here:
// - the words between a pair of double quotation marks in a PARAGRAPH block (headlines and
//   subheads are skipped); `start`/`end` exclude the marks, surrounding white space and the
//   comma that closes `“...,” he said`, and `text === draft.text.slice(start, end)`;
// - a quote that runs over several paragraphs is returned as one ParsedQuote per paragraph
//   (each with its own offsets and paragraphIndex); the later pieces carry the speaker of
//   the first and `cue: null`, like any continuation;
// - FULL when the quote is a sentence of its own (it opens its sentence, or follows a cue
//   and a colon or comma), PARTIAL when it is embedded in reported speech;
// - a quote with no cue of its own, in a paragraph where an earlier quote was attributed,
//   continues that quote's speaker (`cue: null`);
// - scare quotes and quoted titles (short quoted terms with no cue and no speaker) are not
//   quotes and are dropped.
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js';
import { headFrame, tailFrame, type Frame, type Mention } from './quote-frames.js';
import { sentenceEndAfter, sentenceStartBefore, sentenceStarts } from './quote-sentences.js';
import { SpeakerIndex, type Speaker } from './quote-speakers.js';
import type { ArticleDraft, ParsedEntity, ParsedQuote } from './types.js';

/** How many words may precede the cue after a closing mark (`,” Kremlin spokesman Dmitry Peskov told`). */
const TAIL_NEAR = 12;

/** Attribution of one quote before it becomes a ParsedQuote. */
interface Attributed {
  span: QuoteSpan;
  frame: Frame | null;
  speaker: Speaker | null;
  /** The mention that names the speaker (for a continuation, the attributed quote's). */
  mention: Mention | null;
  kind: 'FULL' | 'PARTIAL';
}

const SCARE_PREFIX = /(?:so-called|so called|dubbed|titled|entitled|named|known as|the word|the words|the term|the phrase|the slogan|the hashtag|labeled|labelled|branded|nicknamed)\s*$/i;

// Words before a quoted title: programmes, publications, works ("on NBC’s “Today”").
const TITLE_CONTEXT = /(?:[’']s|\b(?:on|show|program|programme|podcast|series|film|movie|book|memoir|novel|song|album|ad|advert|advertisement|video|documentary|column|op-ed|essay|article|headline|play|musical|tune of|hashtag|slogan|banner|sign|T-shirt|shirt|hat|cap)),?\s*$/i;
const SMALL_WORDS = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|is|as|vs\.?|de|la|el)$/;

/**
 * A quoted title or term rather than speech: after "so-called", "dubbed", "known as";
 * markup residue; or a short Title Case phrase after a programme or publication word.
 */
function isTitleOrTerm(quoted: string, before: string, framed: boolean): boolean {
  if (SCARE_PREFIX.test(before) || /=\s*$/.test(before) || /^\w+:\/\//.test(quoted)) return true;
  const words = quoted.replace(/[.,!?]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length > 8) return false;
  const titleCase = words.every((w, i) => /^[\p{Lu}\d(]/u.test(w) || (i > 0 && SMALL_WORDS.test(w)));
  return titleCase && (TITLE_CONTEXT.test(before) || (!framed && words.length >= 2));
}


export function extractQuotes(draft: ArticleDraft, entities: ParsedEntity[]): ParsedQuote[] {
  const { text } = draft;
  const spans = findQuoteSpans(draft);
  const insideQuote = (at: number): boolean => spans.some((s) => s.open <= at && at < s.close);
  const index = new SpeakerIndex(entities, insideQuote);

  const out: Attributed[] = [];
  // The speaker of the last attributed quote, for pronouns and run-on quotes.
  let lastAttributed: Attributed | null = null;

  const antecedent = (m: Mention): Speaker | null => {
    const word = m.text.toLowerCase();
    if (word === 'they' || word === 'it' || word === 'we') {
      return index.lastMentioned(m.start, 'ORGANIZATION', Math.max(0, m.start - 600))?.entity ?? null;
    }
    if (word === 'you') return null;
    // "he"/"she": the person named last before the pronoun, outside quotes.
    return index.lastMentioned(m.start, 'PERSON')?.entity ?? null;
  };

  const byBlock = new Map<number, QuoteSpan[]>();
  for (const s of spans) byBlock.set(s.blockIndex, [...(byBlock.get(s.blockIndex) ?? []), s]);

  for (const [blockIndex, quotes] of byBlock) {
    const block = draft.blocks[blockIndex]!;
    const starts = sentenceStarts(text, block, quotes.map((q) => ({ start: q.open, end: q.close })));
    let paragraphSpeaker: Attributed | null = null;

    quotes.forEach((q, k) => {
      const prev = quotes[k - 1];
      const next = quotes[k + 1];
      const sentenceStart = sentenceStartBefore(starts, q.open);
      const headFrom = Math.max(sentenceStart, prev ? prev.close : block.start);
      const tailTo = Math.min(sentenceEndAfter(starts, q.close - 1, block.end), next ? next.open : block.end);

      const frame = q.runsOn && q.close === block.end
        ? headFrame(text, headFrom, q.open)
        : tailFrame(text, q.close, tailTo, TAIL_NEAR) ?? headFrame(text, headFrom, q.open) ?? tailFrame(text, q.close, tailTo, 40);

      const head = text.slice(headFrom, q.open).trim();
      const opensSentence = head === '' || /[:]$/.test(head) || (frame !== null && frame.cueStart < q.open && /,$/.test(head) && /^[\p{Lu}\d'‘"“(]/u.test(text.slice(q.start, q.start + 1)));
      const kind: 'FULL' | 'PARTIAL' = opensSentence ? 'FULL' : 'PARTIAL';
      const quoted = text.slice(q.start, q.end);

      let attributed: Attributed | null = null;
      if (frame) {
        const speaker = frame.mention ? index.resolve(frame.mention, antecedent) : null;
        attributed = { span: q, frame, speaker, mention: frame.mention, kind };
      } else if (q.continuesPrevious && lastAttributed) {
        attributed = { span: q, frame: null, speaker: lastAttributed.speaker, mention: lastAttributed.mention, kind };
      } else if (!paragraphSpeaker && k === 0 && head === '' && lastAttributed && lastAttributed.span.blockIndex === blockIndex - 1) {
        // A paragraph that opens with an unattributed quote right after a paragraph with an
        // attributed one: news copy keeps the same speaker.
        attributed = { span: q, frame: null, speaker: lastAttributed.speaker, mention: lastAttributed.mention, kind };
      } else if (paragraphSpeaker) {
        attributed = { span: q, frame: null, speaker: paragraphSpeaker.speaker, mention: paragraphSpeaker.mention, kind };
      } else {
        // No cue and no speaker in reach: still a quote (PolNeAR annotators mark most such
        // short quoted phrases as attributed); titles and terms are dropped just below.
        attributed = { span: q, frame: null, speaker: null, mention: null, kind };
      }
      if (!attributed) return;
      const before = text.slice(Math.max(block.start, q.open - 40), q.open);
      if (isTitleOrTerm(quoted, before, frame !== null)) return;
      out.push(attributed);
      if (attributed.frame) {
        paragraphSpeaker = attributed;
        lastAttributed = attributed;
      } else if (q.runsOn && lastAttributed) {
        // keep the run-on quote's speaker for the next paragraph
      }
    });
  }

  return out.map((a) => toParsedQuote(draft, a));
}

function toParsedQuote(draft: ArticleDraft, a: Attributed): ParsedQuote {
  const quote: ParsedQuote = {
    text: draft.text.slice(a.span.start, a.span.end),
    start: a.span.start,
    end: a.span.end,
    speaker: a.speaker?.name ?? null,
    speakerAsWritten: a.mention?.text ?? null,
    speakerType: a.speaker?.type ?? null,
    cue: a.frame?.cue ?? null,
    kind: a.kind,
    paragraphIndex: a.span.blockIndex,
  };
  if (a.mention) {
    quote.speakerStart = a.mention.start;
    quote.speakerEnd = a.mention.end;
  }
  return quote;
}
