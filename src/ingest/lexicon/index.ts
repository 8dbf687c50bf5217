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
