// Who counts as an author or an editor of the whole collection, for the API's journalist lists.
// Which credits make the authors of one story is decided in ingest/credits.ts.
import { authorCredits, editorCredits } from '../ingest/credits.js';
import type { CreditRole } from '../ingest/types.js';

/** Credits that make a journalist an author of a story (everything but editing). */
export const AUTHOR_ROLES: CreditRole[] = ['BYLINE', 'REPORTING', 'WRITING', 'ADDITIONAL_REPORTING'];
export const EDITOR_ROLES: CreditRole[] = ['EDITING'];

interface RoleCredit<J> {
  role: CreditRole;
  journalist: J;
}

/** An article's authors, each once, in credit order. */
export function articleAuthors<J extends { id: number }>(credits: RoleCredit<J>[]): J[] {
  return unique(authorCredits(credits).map((c) => c.journalist));
}

export function articleEditors<J extends { id: number }>(credits: RoleCredit<J>[]): J[] {
  return unique(editorCredits(credits).map((c) => c.journalist));
}

function unique<J extends { id: number }>(journalists: J[]): J[] {
  return [...new Map(journalists.map((j) => [j.id, j])).values()];
}
