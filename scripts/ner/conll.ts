// CoNLL-2003 for training and evaluation: documents of sentences of (token, IOB tag), and
// each document rendered as wire text the way a user's file would look (the headline on the
// first line, then one paragraph per sentence, tokens joined with ordinary spacing), with the
// gold mentions as character spans of that text. The corpus stays in ../shared.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

export interface Sentence {
  tokens: string[];
  /** IOB tags as in the file ("B-PER", "I-PER", "O"). */
  tags: string[];
}

export interface Doc {
  sentences: Sentence[];
}

export interface GoldSpan {
  start: number;
  end: number;
  type: NerType;
}

export interface RenderedDoc {
  text: string;
  /** Per sentence, each token's [start, end) in `text`. */
  offsets: [number, number][][];
  gold: GoldSpan[];
}

export const conllDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/conll2003');

export function conllAvailable(): boolean {
  return existsSync(join(conllDir, 'train.txt'));
}

/** Reads a CoNLL-2003 file (`TOKEN POS CHUNK NER` lines) into documents. */
export function readConll(file: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc | null = null;
  let sentence: Sentence = { tokens: [], tags: [] };
  const flush = (): void => {
    if (sentence.tokens.length > 0) {
      if (!doc) docs.push((doc = { sentences: [] }));
      doc.sentences.push(sentence);
    }
    sentence = { tokens: [], tags: [] };
  };
  for (const line of readFileSync(join(conllDir, file), 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      doc = null;
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const parts = line.split(' ');
    sentence.tokens.push(parts[0]!);
    sentence.tags.push(parts.at(-1)!);
  }
  flush();
  return docs;
}

/** Gold spans of a sentence as token ranges [from, to) with their type (IOB1 or IOB2). */
export function tokenSpans(tags: readonly string[]): { from: number; to: number; type: NerType }[] {
  const out: { from: number; to: number; type: NerType }[] = [];
  let open: { from: number; type: NerType } | null = null;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? null : (tag.slice(2) as NerType);
    const begins = type !== null && (tag.startsWith('B-') || open === null || open.type !== type);
    if (open && (type === null || begins)) {
      out.push({ from: open.from, to: i, type: open.type });
      open = null;
    }
    if (type !== null && begins) open = { from: i, type };
  });
  if (open) out.push({ from: (open as { from: number }).from, to: tags.length, type: (open as { type: NerType }).type });
  return out;
}

// No space before closing punctuation and clitics, none after opening brackets.
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'S|n't|'re|'m|'ve|'ll|'d|\.\.\.)$/;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Joins tokens with ordinary spacing; straight double quotes alternate open and close. */
function renderSentence(tokens: readonly string[], at: number): { line: string; offsets: [number, number][] } {
  let line = '';
  const offsets: [number, number][] = [];
  let quoteOpen = false;
  let glueNext = false;
  for (const token of tokens) {
    let space = line.length > 0 && !glueNext && !NO_SPACE_BEFORE.test(token);
    glueNext = NO_SPACE_AFTER.test(token);
    if (token === '"') {
      if (quoteOpen) space = false;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    if (space) line += ' ';
    offsets.push([at + line.length, at + line.length + token.length]);
    line += token;
  }
  return { line, offsets };
}

/** The document as wire text: headline line, then one paragraph per sentence. */
export function renderDoc(doc: Doc): RenderedDoc {
  let text = '';
  const offsets: [number, number][][] = [];
  const gold: GoldSpan[] = [];
  doc.sentences.forEach((s, i) => {
    if (i > 0) text += '\n\n';
    const { line, offsets: o } = renderSentence(s.tokens, text.length);
    text += line;
    offsets.push(o);
    for (const span of tokenSpans(s.tags)) gold.push({ start: o[span.from]![0], end: o[span.to - 1]![1], type: span.type });
  });
  return { text: `${text}\n`, offsets, gold };
}
