// How much an article is about each of its entities: mentions, weighted by how early they come.
import type { ArticleDraft, EntityMention, ParsedEntity } from '../types.js';

// Position weight: the lead counts most, later paragraphs less (1, 0.71, 0.58, 0.5, ...).
const positionWeight = (ordinal: number): number => 1 / Math.sqrt(1 + ordinal);
const bySalience = (a: ParsedEntity, b: ParsedEntity): number =>
  b.salience - a.salience || a.name.localeCompare(b.name, 'en') || a.type.localeCompare(b.type);

/**
 * The one salience rule, for the entity pass and again after the quote pass added speakers
 * it missed: each entity's share of the article's mention weight (position weights over
 * the mentions kept), sorted by salience, then name. The shares are not rounded, so an
 * article's saliences sum to 1 (to a few ulps; rounding each to 4 places left sums from
 * 0.9993 to 1.0003), and an article without mentions has none to share out (all 0).
 */
export function withSalience(draft: ArticleDraft, entities: ParsedEntity[]): ParsedEntity[] {
  const ordinal = new Map<number, number>();
  draft.blocks.forEach((b, i) => b.kind === 'PARAGRAPH' && ordinal.set(i, ordinal.size));
  const weight = (m: EntityMention): number => positionWeight(ordinal.get(m.paragraphIndex) ?? 0);
  // Summed largest first, whatever order the mentions come in: two entities with the same
  // weights get the very same salience, so ties are broken by name, not by rounding noise.
  const weights = entities.map((e) => e.mentions.map(weight).sort((a, b) => b - a).reduce((s, w) => s + w, 0));
  const total = weights.reduce((s, w) => s + w, 0);
  return entities.map((e, i) => ({ ...e, salience: total === 0 ? 0 : weights[i]! / total })).sort(bySalience);
}
