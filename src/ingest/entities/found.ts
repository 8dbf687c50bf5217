// A mention as the entity rules see it: the tagger's span and type, with what the rules add.
import type { EntityType } from '../types.js';

export interface Found {
  /** The canonical name when known (gazetteer), else the name as written. */
  name: string;
  type: EntityType;
  start: number;
  end: number;
  /** The gazetteer decided the canonical name: keep it over longer written forms. */
  known: boolean;
  /** Titles and roles written with the name ("Chancellor of the Exchequer"). */
  descriptions: string[];
  /** Index into the draft's blocks; -1 for the title. */
  paragraphIndex: number;
  /** Position among the article's paragraphs (0 = lead). */
  ordinal: number;
}
