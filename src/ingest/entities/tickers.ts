// Reuters writes a company's ticker after its name: "Texaco Inc <TX> said". The ticker names
// the same company, so it becomes a mention of it, whatever the tagger made of it.
import type { Found } from './found.js';

const TICKER = /^ ?<([A-Z][A-Z0-9.]{0,7})>/;

/** Ticker mentions, linked to the organisation written just before them. */
export function linkTickers<T extends Found>(text: string, mentions: readonly T[]): T[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const tickers: T[] = [];
  for (const m of sorted) {
    if (m.type !== 'ORGANIZATION') continue;
    const t = TICKER.exec(text.slice(m.end, m.end + 12));
    if (!t) continue;
    const start = m.end + t[0].indexOf('<') + 1;
    tickers.push({ ...m, start, end: start + t[1]!.length, descriptions: [] });
  }
  if (tickers.length === 0) return [...mentions];
  const taken = new Set(tickers.map((t) => t.start));
  return [...mentions.filter((m) => !taken.has(m.start)), ...tickers];
}
