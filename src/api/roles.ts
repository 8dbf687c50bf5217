// Who counts as an author or an editor: decided here once for the whole API.
import type { CreditRole } from '../ingest/types.js';

/** Credits that make a journalist an author of a story (everything but editing). */
export const AUTHOR_ROLES: CreditRole[] = ['BYLINE', 'REPORTING', 'WRITING', 'ADDITIONAL_REPORTING'];
export const EDITOR_ROLES: CreditRole[] = ['EDITING'];

interface RoleCredit<J> {
  role: CreditRole;
  journalist: J;
}

/**
 * An article's authors: its byline, or, for stories without one, the journalists credited
 * with reporting or writing. Credits arrive in credit-line order; each journalist once.
 */
export function articleAuthors<J extends { id: number }>(credits: RoleCredit<J>[]): J[] {
  const byline = credits.filter((c) => c.role === 'BYLINE');
  const chosen = byline.length > 0 ? byline : credits.filter((c) => c.role === 'REPORTING' || c.role === 'WRITING');
  return unique(chosen.map((c) => c.journalist));
}

export function articleEditors<J extends { id: number }>(credits: RoleCredit<J>[]): J[] {
  return unique(credits.filter((c) => EDITOR_ROLES.includes(c.role)).map((c) => c.journalist));
}

function unique<J extends { id: number }>(journalists: J[]): J[] {
  return [...new Map(journalists.map((j) => [j.id, j])).values()];
}
