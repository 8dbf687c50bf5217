// Every word list of ingestion, once: abbreviations, name particles, titles, honorifics,
// company suffixes and the like. Modules import from here instead of keeping their own copy.

// Abbreviations that keep their full stop; any other trailing stop ends a sentence.
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Maj', 'Adm', 'Jr', 'Sr', 'St',
  'Rev', 'Prof', 'Sec', 'Sens', 'Reps', 'Govs', 'Pres', 'Supt', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'Inc', 'Corp', 'Co',
  'Ltd', 'Mt', 'Ft', 'No', 'vs', 'Ph.D',
  // AP-style state abbreviations ("Henderson, Nev.").
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'Md', 'Mass', 'Mich',
  'Minn', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Vt', 'Va', 'Wis', 'Wyo',
]);

/**
 * A regex alternation of `words`, longest first and escaped, for building patterns from a
 * list: `new RegExp(\`^(?:${alternation(NAME_PARTICLES)})$\`)`.
 */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

// Lower-case particles inside a person's name, never its first word: "Bill de Blasio",
// "Osama bin Laden", "Ludwig van Beethoven", "Bashar al-Assad" (before a hyphen, too).
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'abu', 'ben', 'ould', 'de', 'di', 'da', 'du', 'dos', 'la', 'le', 'van', 'von', 'der', 'den', 'del', 'della',
]);
