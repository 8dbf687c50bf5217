// Plain data produced by ingestion. No database, no GraphQL: everything downstream
// keys off the character offsets below, which are JavaScript string indices into
// `ParsedArticle.text` (for a single-article file, the file's text exactly as read).

export type CreditRole = 'BYLINE' | 'REPORTING' | 'WRITING' | 'EDITING' | 'ADDITIONAL_REPORTING';
export type BlockKind = 'PARAGRAPH' | 'SUBHEAD';
export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'GROUP' | 'OTHER';
/**
 * FULL: a quoted sentence of its own. PARTIAL: quoted words inside a sentence of narration.
 * INDIRECT: reported speech, no quotation marks ("Peskov said Putin had no plans to call Trump").
 */
export type QuoteKind = 'FULL' | 'PARTIAL' | 'INDIRECT';

/** A half-open range [start, end) of `ParsedArticle.text`. */
export interface Span {
  start: number;
  end: number;
}

/** A paragraph or subhead; `text` is `article.text.slice(start, end)`. */
export interface Block extends Span {
  kind: BlockKind;
  text: string;
}

export interface Credit {
  role: CreditRole;
  name: string;
}

export interface ParsedQuote extends Span {
  /**
   * `article.text.slice(start, end)`: for FULL and PARTIAL the words inside the quotation marks;
   * for INDIRECT the reported content ("Putin had no plans to call Trump" of "Peskov said Putin
   * had no plans to call Trump"), which has no quotation marks to leave out.
   */
  text: string;
  /** The resolved canonical name of the speaker ("Dmitry Peskov"), null when unknown. */
  speaker: string | null;
  /** How the speaker is written at the cue ("Peskov", "he", "The Kremlin"), null when none. */
  speakerAsWritten: string | null;
  speakerType: 'PERSON' | 'ORGANIZATION' | null;
  /**
   * The reporting cue ("said", "told reporters", "according to"), null for continuations. For
   * INDIRECT it is the verb or phrase that reports the content ("said" of "Peskov said Putin ...").
   */
  cue: string | null;
  kind: QuoteKind;
  /** Index into `ParsedArticle.blocks`. */
  paragraphIndex: number;
  /**
   * Offsets of `speakerAsWritten` in the article text: the mention at the cue, or for a
   * continuation the mention of the quote it continues. Absent when there is none.
   */
  speakerStart?: number;
  speakerEnd?: number;
  /**
   * Offsets of the cue in the article text, when known: both or neither, and only with a `cue`.
   * The text there is the cue as written; `cue` may differ from it in case and spacing.
   */
  cueStart?: number;
  cueEnd?: number;
}

export interface EntityMention extends Span {
  text: string;
  /** Index into `ParsedArticle.blocks`; -1 for a mention in the title (wire text, whose title is part of `text`). */
  paragraphIndex: number;
}

export interface ParsedEntity {
  /** Canonical name, the longest form used in the article ("Dmitry Peskov"). */
  name: string;
  type: EntityType;
  /** Other forms that refer to it in this article ("Peskov"), without the canonical name. */
  aliases: string[];
  /** Titles and roles attached to the name ("Kremlin spokesman"). */
  descriptions: string[];
  mentions: EntityMention[];
  /** Share of the article's attention, from mention count and position; 0..1, summing to 1 over the article's entities. */
  salience: number;
}

export interface ParsedArticle {
  /** The file name, plus `#<record id>` for files that hold many records. */
  sourceKey: string;
  text: string;
  title: string;
  /** ISO 8601: a date (YYYY-MM-DD) or a date and time in UTC. */
  publishedAt: string | null;
  /** The agency named in the dateline or byline ("Reuters"). */
  source: string | null;
  dateline: string | null;
  readingMinutes: number | null;
  blocks: Block[];
  credits: Credit[];
  quotes: ParsedQuote[];
  entities: ParsedEntity[];
}

/** What a format reader produces: the article before quote and entity extraction. */
export type ArticleDraft = Omit<ParsedArticle, 'quotes' | 'entities'>;

/**
 * What reading one record of a multi-record file gives (a single-article file is one record).
 * `key` is the record's `sourceKey` (`file#NEWID`), or `file:line` when the record has no id.
 * `line` is the 1-based line where the record starts in the file.
 * - `article`: the record is a story; `article` carries it. `warnings`, when present, say what
 *   was read other than as written (a DATE whose time is garbled): the article still loads,
 *   and the seed run's summary lists them.
 * - `skipped`: the record is well formed but not an article (no body); counted, not stored.
 * - `failed`: the record is malformed; `reason` says why. The other records still count.
 */
export type RecordResult<T = ParsedArticle> =
  | { kind: 'article'; key: string; line: number; article: T; warnings?: string[] }
  | { kind: 'skipped'; key: string; line: number; reason: string }
  | { kind: 'failed'; key: string; line: number; reason: string };
