// The tagger's features for each token of a sequence (a paragraph, a headline): the word's
// own features, its neighbours' words, shapes and clusters, where it sits (sentence start, a
// line in capitals) and gazetteer names that span several tokens ("New York Stock Exchange").
import { lookupForm } from '../gazetteer/index.js';
import { hashString, mix } from './hash.js';
import type { FeatureRows } from './rows.js';
import type { TagToken } from './tokens.js';
import { wordInfo, type WordInfo } from './word-features.js';

const T = (name: string): number => hashString(name);
const LOWER_AT = [T('lw-2'), T('lw-1'), T('lw+1'), T('lw+2')];
const SHAPE_PREV = T('ss-1');
const SHAPE_NEXT = T('ss+1');
const CLUSTER_PREV = T('c-1');
const CLUSTER_NEXT = T('c+1');
const BIGRAM_PREV = T('bi-1');
const BIGRAM_NEXT = T('bi+1');
const SHAPES = T('ss3');
const SENTENCE_FIRST = T('first');
const CAPS_LINE = T('capsline');
const GAZETTEER = T('gz');
const BIAS = T('bias');
const EDGE = hashString('<edge>');

const ENDS_SENTENCE = new Set(['.', '!', '?']);
const OPENS = new Set(['"', '(', '“', '‘', "'", '[']);
// Longest gazetteer name tried, in tokens.
const MAX_GAZETTEER_TOKENS = 6;

/** The BILOU-typed gazetteer label of each token (longest match first), or '' outside. */
function gazetteerLabels(words: readonly string[], infos: readonly WordInfo[]): string[] {
  const out = new Array<string>(words.length).fill('');
  for (let i = 0; i < words.length; ) {
    if (!infos[i]!.startsName) {
      i++;
      continue;
    }
    let matched = 0;
    let type = '';
    for (let j = Math.min(words.length, i + MAX_GAZETTEER_TOKENS); j > i + 1; j--) {
      const known = lookupForm(words.slice(i, j).join(' '));
      if (known) {
        matched = j - i;
        type = known.type;
        break;
      }
    }
    if (matched === 0) {
      i++;
      continue;
    }
    out[i] = `B-${type}`;
    for (let k = i + 1; k < i + matched - 1; k++) out[k] = `I-${type}`;
    out[i + matched - 1] = `L-${type}`;
    i += matched;
  }
  return out;
}

// Most features one token can have (the templates below); sizes the work array.
const MAX_PER_TOKEN = 16;
let scratch = new Uint32Array(0);

/** The hashed features of every token of a sequence. */
export function sequenceFeatures(tokens: readonly TagToken[]): FeatureRows {
  const words = tokens.map((t) => t.text);
  const infos = words.map(wordInfo);
  let letters = 0;
  let capitals = 0;
  for (const w of infos) {
    if (!w.letter) continue;
    letters++;
    if (w.allCaps) capitals++;
  }
  const capsLine = letters >= 3 && capitals * 2 >= letters;
  const gazetteer = gazetteerLabels(words, infos);
  if (scratch.length < infos.length * MAX_PER_TOKEN) scratch = new Uint32Array(infos.length * MAX_PER_TOKEN * 2);
  const flat = scratch;
  let k = 0;
  const offsets = new Uint32Array(infos.length + 1);
  const own: Uint32Array[] = [];
  for (let i = 0; i < infos.length; i++) {
    offsets[i] = k;
    const w = infos[i]!;
    own.push(w.own);
    const prev = infos[i - 1];
    const next = infos[i + 1];
    const prevLower = prev ? prev.lower : EDGE;
    const nextLower = next ? next.lower : EDGE;
    const prevShape = prev ? prev.shortShape : EDGE;
    const nextShape = next ? next.shortShape : EDGE;
    flat[k++] = BIAS;
    flat[k++] = mix(LOWER_AT[0]!, infos[i - 2]?.lower ?? EDGE);
    flat[k++] = mix(LOWER_AT[1]!, prevLower);
    flat[k++] = mix(LOWER_AT[2]!, nextLower);
    flat[k++] = mix(LOWER_AT[3]!, infos[i + 2]?.lower ?? EDGE);
    flat[k++] = mix(SHAPE_PREV, prevShape);
    flat[k++] = mix(SHAPE_NEXT, nextShape);
    flat[k++] = mix(CLUSTER_PREV, prev ? prev.cluster : EDGE);
    flat[k++] = mix(CLUSTER_NEXT, next ? next.cluster : EDGE);
    flat[k++] = mix(mix(BIGRAM_PREV, prevLower), w.lower);
    flat[k++] = mix(mix(BIGRAM_NEXT, w.lower), nextLower);
    flat[k++] = mix(mix(mix(SHAPES, prevShape), w.shortShape), nextShape);
    const first = i === 0 || ENDS_SENTENCE.has(words[i - 1]!) || (OPENS.has(words[i - 1]!) && (i === 1 || ENDS_SENTENCE.has(words[i - 2]!)));
    if (first) flat[k++] = mix(SENTENCE_FIRST, w.shortShape);
    if (capsLine) flat[k++] = mix(CAPS_LINE, w.shortShape);
    if (gazetteer[i]) flat[k++] = mix(GAZETTEER, hashString(gazetteer[i]!));
  }
  offsets[infos.length] = k;
  return { flat: flat.slice(0, k), offsets, own };
}
