// The Reuters-21578 audit of issue #18, as counts over parsed articles: people named like
// companies ("Texaco Inc"), entities that are only a company suffix ("Co", "Co Inc"), titles
// glued to names ("Exchequer Nigel Lawson", "President Reagan") and agencies credited as
// journalists ("Reuter"). `npm run eval:entities` prints them on reut2-000..002.sgm.
import { TITLE_WORDS } from '../../src/ingest/gazetteer/index.js';
import { COMPANY_SUFFIXES, OFFICE_FIELDS, agencyName } from '../../src/ingest/lexicon/index.js';
import type { ParsedArticle } from '../../src/ingest/types.js';

export interface AuditCounts {
  personWithCompanySuffix: string[];
  suffixOnly: string[];
  titleGlued: string[];
  agencyJournalist: string[];
}

const words = (name: string): string[] => name.split(/\s+/).map((w) => w.replace(/\.$/, ''));
const isSuffix = (w: string): boolean => COMPANY_SUFFIXES.has(w);

/** Distinct entity and credit names that break each rule, sorted. */
export function audit(articles: Iterable<ParsedArticle>): AuditCounts {
  const found = { personWithCompanySuffix: new Set<string>(), suffixOnly: new Set<string>(), titleGlued: new Set<string>(), agencyJournalist: new Set<string>() };
  for (const a of articles) {
    for (const e of a.entities) {
      const w = words(e.name);
      if (w.every((x) => isSuffix(x) || x === '&')) found.suffixOnly.add(e.name);
      if (e.type !== 'PERSON') continue;
      if (isSuffix(w.at(-1)!)) found.personWithCompanySuffix.add(e.name);
      if (w.length > 1 && (TITLE_WORDS.has(w[0]!) || TITLE_WORDS.has(`${w[0]!}.`) || OFFICE_FIELDS.has(w[0]!))) found.titleGlued.add(e.name);
    }
    for (const c of a.credits) if (agencyName(c.name) !== null) found.agencyJournalist.add(c.name);
  }
  const sorted = (s: Set<string>): string[] => [...s].sort();
  return {
    personWithCompanySuffix: sorted(found.personWithCompanySuffix),
    suffixOnly: sorted(found.suffixOnly),
    titleGlued: sorted(found.titleGlued),
    agencyJournalist: sorted(found.agencyJournalist),
  };
}
