// A mention as the entity pass carries it: the hand rules' mention, placed in its paragraph.
import type { Mention } from './hand-rules/classify.js';
import type { EntityType } from '../types.js';

export interface Located extends Mention {
  /** A title of a work in quotation marks ("“Good Morning America”"): the marks decide it. */
  quoted?: boolean;
  paragraphIndex: number;
  /** Position of the paragraph among the article's paragraphs (0 = lead). */
  ordinal: number;
}

/** A mention whose type is decided. */
export type Named = Located & { type: EntityType };

export interface Paragraph {
  start: number;
  end: number;
  /** Index into the draft's blocks; -1 for the title. */
  paragraphIndex: number;
}
