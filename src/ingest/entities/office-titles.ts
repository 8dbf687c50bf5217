// Titles and offices describe a person; they are not part of the name. "Chancellor of the
// Exchequer Nigel Lawson" is Nigel Lawson, described as "Chancellor of the Exchequer";
// "Minister of Mines Subroto" is Subroto; "President Reagan" is Reagan.
import { TITLE_WORDS } from '../gazetteer/index.js';
import type { Found } from './found.js';

// "... Minister of ", "... Secretary of the ", "... Minister for Trade and ": the mention's
// first word names the office's field.
const OFFICE_OF = /(\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)*) (?:of|for)(?: the)? (?:\p{Lu}[\p{L}\-]* and )?$/u;

// "Mr", "Adm", "Rep": British and wire style write titles without their stop.
const isTitleWord = (word: string): boolean => TITLE_WORDS.has(word) || TITLE_WORDS.has(`${word}.`);

/** Moves office words at the start of a person's name into its descriptions. */
export function detachOfficeTitles<T extends Found>(text: string, mentions: readonly T[]): T[] {
  return mentions.map((m) => {
    if (m.type !== 'PERSON') return m;
    const written = text.slice(m.start, m.end);
    const words = written.split(' ');
    let drop = 0;
    const office = OFFICE_OF.exec(text.slice(Math.max(0, m.start - 60), m.start));
    const holder = office !== null && office[1]!.split(' ').some((w) => TITLE_WORDS.has(w));
    if (holder && words.length > 1) drop = 1;
    while (drop < words.length - 1 && isTitleWord(words[drop]!)) drop++;
    if (drop === 0) return m;
    const start = m.start + words.slice(0, drop).join(' ').length + 1;
    const title = holder ? `${office![0]}${words.slice(0, drop).join(' ')}`.trim() : words.slice(0, drop).join(' ');
    const name = text.slice(start, m.end);
    return { ...m, start, name: m.known ? m.name : name, descriptions: [...m.descriptions, title] };
  });
}

/**
 * The field of an office tagged as a name of its own, right before the holder ("Chancellor
 * of the Exchequer Nigel Lawson", where "Exchequer" came out as a name): it is part of the
 * holder's title, so it is dropped as a mention and completes the description.
 */
export function absorbOfficeFields<T extends Found>(text: string, mentions: readonly T[]): T[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const dropped = new Set<T>();
  const out = new Map<T, T>();
  for (let i = 1; i < sorted.length; i++) {
    const field = sorted[i - 1]!;
    const holder = sorted[i]!;
    if (holder.type !== 'PERSON' || field.type === 'PERSON' || text.slice(field.end, holder.start) !== ' ') continue;
    const office = OFFICE_OF.exec(text.slice(Math.max(0, field.start - 60), field.start));
    if (!office || !office[1]!.split(' ').some(isTitleWord)) continue;
    const title = `${office[0]}${text.slice(field.start, field.end)}`.trim();
    dropped.add(field);
    out.set(holder, { ...holder, descriptions: [...holder.descriptions.filter((d) => !title.startsWith(d)), title] });
  }
  return mentions.filter((m) => !dropped.has(m)).map((m) => out.get(m) ?? m);
}
