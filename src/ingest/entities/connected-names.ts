// One name across a connector: the tagger may cut "Annenberg Institute for School Reform",
// "Alliance to Reclaim Our Schools" or "Erikson Prize for Excellence in Mental Coverage"
// at the lower-case word. When the left part ends with a head word of an organisation or a
// named thing (Institute, Alliance, Prize; words.json orgHeads, otherHeads, connectorHeads)
// and the right part follows right after the connector, they are one name, of the left's type.
import { CONNECTOR_HEADS, ORG_HEADS, OTHER_HEADS } from '../gazetteer/index.js';
import type { Found } from './found.js';

const CONNECTOR = /^ (?:for|of|to|in|on|and)(?: the)? $/;

const endsWithHead = (name: string): boolean => {
  const last = name.split(' ').at(-1)!;
  return ORG_HEADS.has(last) || OTHER_HEADS.has(last) || CONNECTOR_HEADS.has(last);
};

/** Joins organisation and other names split at a connector. */
export function connectNames<T extends Found>(text: string, mentions: readonly T[]): T[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: T[] = [];
  for (const m of sorted) {
    const left = out.at(-1);
    const joinable =
      left !== undefined &&
      (left.type === 'ORGANIZATION' || left.type === 'OTHER') &&
      m.type !== 'PERSON' &&
      m.type !== 'GROUP' &&
      left.paragraphIndex === m.paragraphIndex &&
      endsWithHead(text.slice(left.start, left.end)) &&
      CONNECTOR.test(text.slice(left.end, m.start));
    if (!joinable) {
      out.push(m);
      continue;
    }
    const written = text.slice(left.start, m.end).replace(/\s+/g, ' ');
    out[out.length - 1] = { ...left, end: m.end, name: written, known: false };
  }
  return out;
}
