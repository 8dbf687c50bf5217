// Every word list of ingestion, once: abbreviations, name particles, titles, honorifics,
// company suffixes and the like. Modules import from here instead of keeping their own copy.
// Longer lists stay in the gazetteer's words.json; the sets made from them are made here.
import words from '../gazetteer/words.json' with { type: 'json' };

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

// Prefixes written onto a surname before a second capital: "O’Donnell", "McConnell",
// "MacArthur", "DeSantis", "DiMaggio", "LaHood", "LeBlanc".
export const SURNAME_PREFIXES: ReadonlySet<string> = new Set(['O’', "O'", 'Mc', 'Mac', 'De', 'Di', 'La', 'Le']);

// Courtesy titles, written with or without their stop: the word after one is a surname,
// whatever else it may be ("Mr. King", "Ms. White").
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Dr']);
/** "Mr.", "Mrs", "Dr.": one courtesy title as written. */
export const COURTESY_TITLE = new RegExp(`^(?:${alternation(COURTESY_TITLES)})\\.?$`);

// Generational suffixes after a surname, written with or without a stop: "Martin Luther
// King Jr.", "Henry Ford II".
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);
/** "Jr.", "Sr", "III": one generational suffix as written. */
export const NAME_SUFFIX = new RegExp(`^(?:${alternation(NAME_SUFFIXES)})\\.?$`);

// Words dropped from a person's name when names are compared, as written: courtesy titles
// with their stop, the abbreviated titles and forms of address of words.json "honorifics"
// ("Sen.", "Sir", "Prof.") and the generational suffixes ("Mr. Trump’s" -> "Trump").
export const HONORIFICS: ReadonlySet<string> = new Set([
  ...[...COURTESY_TITLES].map((t) => `${t}.`),
  ...words.honorifics,
  ...[...NAME_SUFFIXES].flatMap((s) => (ABBREVIATIONS.has(s) ? [s, `${s}.`] : [s])),
]);

// Company suffixes, written without their stop ("Texaco Inc", "Philips NV", "Aceto Corp."):
// part of an organisation's name, never a name alone.
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'Inc', 'Incorporated', 'Corp', 'Corporation', 'Co', 'Cos', 'Company', 'Ltd', 'Limited', 'Plc', 'PLC', 'plc', 'LLC', 'LLP', 'LP', 'L.P',
  'NV', 'N.V', 'BV', 'B.V', 'AG', 'SA', 'S.A', 'SpA', 'S.p.A', 'GmbH', 'AB', 'ASA', 'A/S', 'Oy', 'Oyj', 'KK', 'K.K', 'Bhd', 'Berhad', 'Pty', 'Pte', 'SE', 'NL',
]);

// Capitalised words that open a title before a name, as written: "President", "Sen.",
// "Prime" (of "Prime Minister"), "Prof."; words.json "titles". "Sen" without its stop is
// a title word too: TITLE_WORD tests either form.
export const TITLE_WORDS: ReadonlySet<string> = new Set([...words.titles, 'Prof.']);
/** "Sen", "Sen.", "President": one title word, with or without a stop. */
export const TITLE_WORD = new RegExp(`^(?:${alternation(new Set([...TITLE_WORDS].map((w) => w.replace(/\.$/, ''))))})\\.?$`);
// Titles of more than one word, matched before the words one by one: "Secretary of State";
// words.json "titlePhrases".
export const TITLE_PHRASES: readonly string[] = words.titlePhrases;

// The month names in calendar order ("January" is MONTH_NAMES[0]; datelines and dates
// abbreviate them to three letters, or "Sept"); words.json "months".
export const MONTH_NAMES: readonly string[] = words.months;
// The days of the week, spelled out, Monday first: a time word, never a name ("on Monday").
export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// Lower-case role and kin nouns that make a description of a person: "Kremlin spokesman",
// "his wife, Melania", "former Utah governor"; words.json "roles".
export const ROLE_WORDS: ReadonlySet<string> = new Set(words.roles);

// News agencies and wire services, which sign copy where a reporter's name would stand
// ("By Patti Domm, Reuter", "By Reuters Staff", "(AP)"): the name each goes by first, then
// other ways it is written. An agency is the story's source, never a journalist.
export const AGENCIES: ReadonlyArray<readonly string[]> = [
  ['Reuters', 'Reuter'],
  ['AP', 'Associated Press', 'The Associated Press'],
  ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  ['UPI', 'United Press International'],
  ['Bloomberg', 'Bloomberg News'],
  ['Dow Jones', 'Dow Jones Newswires'],
  ['Xinhua', 'New China News Agency'],
  ['Kyodo', 'Kyodo News'],
  ['Tass', 'Itar-Tass'],
  ['Interfax'],
  ['dpa', 'Deutsche Presse-Agentur'],
  ['ANSA'],
  ['EFE'],
  ['Yonhap'],
  ['Jiji', 'Jiji Press'],
  ['PTI', 'Press Trust of India'],
  ['AAP', 'Australian Associated Press'],
  ['Canadian Press', 'The Canadian Press'],
  ['Press Association', 'PA'],
];

const AGENCY_BY_FORM = new Map(AGENCIES.flatMap((forms) => forms.map((form) => [form.toLowerCase(), forms[0]!] as const)));

/**
 * The agency a byline part names, by the name it goes by, or null: "Reuter", "REUTERS",
 * "Reuters Staff" and "Reuters." are Reuters, "Associated Press" is AP. A teletype's stray
 * last letter is forgiven in a longer form ("Reutersd" is Reuters), so "APT" is not AP.
 */
export function agencyName(written: string): string | null {
  const form = written
    .trim()
    .replace(/[.,;:]+$/, '')
    .replace(/\s+staff(?:\s+writers?)?$/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  return AGENCY_BY_FORM.get(form) ?? (form.length >= 6 ? AGENCY_BY_FORM.get(form.slice(0, -1)) ?? null : null);
}

// The field an office is "of" ("Chancellor of the Exchequer", "Minister of Mines", "Secretary
// of State"): written before a holder's name, it belongs to the title, not the name.
export const OFFICE_FIELDS: ReadonlySet<string> = new Set([
  'Exchequer', 'State', 'Treasury', 'Finance', 'Trade', 'Agriculture', 'Energy', 'Mines', 'Oil', 'Petroleum', 'Economy', 'Industry',
  'Commerce', 'Labour', 'Labor', 'Defence', 'Defense', 'Interior', 'Justice', 'Health', 'Education', 'Transport', 'Communications',
]);

// Religious and political groups and their adjectives (with the gazetteer's demonyms, the
// GROUP entities): "Republicans", "Muslim", "Communist". Singular forms; plurals are read off.
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  'Republican', 'Democrat', 'Democratic', 'Muslim', 'Moslem', 'Christian', 'Jew', 'Jewish', 'Catholic', 'Protestant', 'Islamic', 'Islam',
  'Christianity', 'Judaism', 'Hindu', 'Sikh', 'Buddhist', 'Sunni', 'Shiite', "Shi'ite", 'Shia', 'Communist', 'Socialist', 'Latino', 'Latina',
  'Hispanic', 'Arab', 'Kurd', 'Kurdish', 'Evangelical', 'Mormon', 'Nazi', 'Marxist', 'Zionist', 'Tory', 'Tories', 'Maoist', 'Islamist',
  // Race, capitalised as AP style has since 2020 ("Black and Brown communities").
  'Black', 'Brown', 'White',
  // A nationality the gazetteer's demonyms lack ("Saudi-led"); listed here, not there, because
  // the gazetteer's words are tagger features and the model was trained without it.
  'Saudi',
]);

// Participles that make an adjective of a name ("Kremlin-backed", "New York-based",
// "Western-supplied"): the name ends at the hyphen.
export const COMPOUND_PARTICIPLES: ReadonlySet<string> = new Set([
  'based', 'backed', 'born', 'led', 'owned', 'style', 'era', 'run', 'funded', 'controlled', 'affiliated', 'allied', 'linked', 'made',
  'bound', 'sponsored', 'appointed', 'leaning', 'friendly', 'like', 'centric', 'focused', 'aligned', 'supported', 'inspired', 'related',
  'supplied', 'held', 'dominated', 'occupied', 'built', 'brokered',
]);

// The last word of a law's, treaty's or accord's name ("Election Law", "Freedom of Information
// Act", "Paris Accord"): such a name is OTHER, not an organisation.
export const LAW_HEADS: ReadonlySet<string> = new Set(['Act', 'Law', 'Amendment', 'Treaty', 'Accord', 'Agreement', 'Bill', 'Protocol', 'Doctrine']);

// Words an acronym skips ("CWA" for "Communications Workers of America").
export const ACRONYM_SKIPPED_WORDS: ReadonlySet<string> = new Set(['The', 'of', 'the', 'and', 'for', 'on', 'to', 'in', 'a', '&']);
