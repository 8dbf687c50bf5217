// "Ferguson, Missouri, erupted", "Everett, Mass., on Friday": a name set before its state or
// country, the place closing the phrase, is a place, whatever it would be alone.
import { isStateAbbreviation, lookupForm } from '../gazetteer/index.js';

const PLACE_AFTER = /^,\s+(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)(?=[,.;)]|\s*$)/u;

/** Whether the name ending at `end` is followed by ", <its state or country>". */
export function isBeforeItsPlace(text: string, end: number): boolean {
  const m = PLACE_AFTER.exec(text.slice(end, end + 40));
  if (!m) return false;
  const place = m[1]!;
  // The sentence's stop is not the place's ("Kyiv, Ukraine."), though an abbreviation's is ("Mass.").
  return isStateAbbreviation(place) || isStateAbbreviation(`${place}.`) || lookupForm(place.replace(/\.$/, ''))?.type === 'LOCATION';
}

/**
 * Whether an AP state abbreviation ("Mass.", "Ill.") stands where it names a state: after a
 * place ("Everett, Mass.") or a party letter ("R-Ill."). Elsewhere "Mass." is a church
 * service and "Ill." an adjective.
 */
export function isStateAbbreviationInPlace(text: string, start: number): boolean {
  return /(?:,\s*|[RDI]-)$/.test(text.slice(Math.max(0, start - 3), start));
}
