// What the tagger reads of an article: its title (when the text holds it), its paragraphs
// without a dateline left in the lead, and its subheads, in text order.
import type { ArticleDraft } from '../types.js';
import type { Paragraph } from './located.js';

// "WASHINGTON —", "NEW YORK (AP) —", "KYIV, Ukraine -", "LOS ANGELES, Sept. 28 (UPI) —": a dateline left in a plain-text lead.
const DATELINE = /^\s*\p{Lu}[\p{Lu}.'’\- ]+(?:,\s*[\p{L}.]+(?: (?:[\p{L}.]+|\d{1,2}))?){0,2}\s*(?:\([^)]{1,30}\))?\s*[—–-]+\s*/u;

/** The paragraphs to read names in, without a dateline left in the lead. */
export function paragraphsOf(draft: ArticleDraft): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  draft.blocks.forEach((block, paragraphIndex) => {
    if (block.kind !== 'PARAGRAPH') return;
    const d = paragraphs.length === 0 ? DATELINE.exec(block.text) : null;
    paragraphs.push({ start: block.start + (d ? d[0].length : 0), end: block.end, paragraphIndex });
  });
  return paragraphs;
}

/** The title's place in the text, when the text holds it before the first block (wire text). */
function titleSpan(draft: ArticleDraft): Paragraph | null {
  if (draft.title === '') return null;
  const at = draft.text.indexOf(draft.title);
  const first = draft.blocks[0]?.start ?? draft.text.length;
  return at >= 0 && at + draft.title.length <= first ? { start: at, end: at + draft.title.length, paragraphIndex: -1 } : null;
}

/**
 * What the tagger reads, in text order: the title (when the text holds it), the paragraphs
 * (without a dateline in the lead) and the subheads. The rules only know paragraphs.
 */
export function taggedRanges(draft: ArticleDraft): Paragraph[] {
  const title = titleSpan(draft);
  const subheads = draft.blocks.flatMap((b, paragraphIndex) => (b.kind === 'SUBHEAD' ? [{ start: b.start, end: b.end, paragraphIndex }] : []));
  return [...(title ? [title] : []), ...paragraphsOf(draft), ...subheads].sort((a, b) => a.start - b.start);
}
