// features.ts: word shapes, distance buckets, quoted flags, and the layout of a sentence's
// features (a word's own, shared by its every occurrence, then the token's context). No model.
import { describe, expect, it } from 'vitest';
import { FEATURE_SET, clusterFeatures, distanceBucket, quotedFlags, sentenceFeatures, sentenceWords, shapeOf, tokenFeatures } from '../../../../src/ingest/quotes/reported/features.js';
import { tokensOf } from './helpers.js';

describe('shapeOf', () => {
  it('collapses runs of capitals, small letters and digits, and keeps other characters', () => {
    expect(['Peskov', 'U.S.', '2016', ',', 'NATO', 'said', 'McDonald', "O'Brien", 'Jean-Luc', 'iPhone', 'COVID-19', '3-1/2', '“'].map(shapeOf)).toEqual([
      'Xx', 'X.X.', 'd', ',', 'X', 'x', 'XxXx', "X'Xx", 'Xx-Xx', 'xXx', 'X-d', 'd-d/d', '“',
    ]);
  });

  it('reads any script’s capitals and small letters', () => {
    expect(['Песков', 'Straße', 'Élysée', 'ÉTÉ'].map(shapeOf)).toEqual(['Xx', 'Xx', 'Xx', 'X']);
  });

  it('keeps at most six characters', () => {
    expect(shapeOf('A1b2C3d4')).toBe('XdxdXd');
    expect(shapeOf('a.b.c.d.')).toBe('x.x.x.');
    expect(shapeOf('')).toBe('');
  });
});

describe('distanceBucket', () => {
  it('keeps 0 to 3, then buckets 4-5, 6-8, 9-13, 14-20 and 21 up', () => {
    const d = Array.from({ length: 25 }, (_, i) => distanceBucket(i));
    expect(d).toEqual([0, 1, 2, 3, 4, 4, 6, 6, 6, 9, 9, 9, 9, 9, 14, 14, 14, 14, 14, 14, 14, 21, 21, 21, 21]);
    expect(distanceBucket(50_000)).toBe(21);
  });
});

describe('quotedFlags', () => {
  const text = 'Peskov said “no plans” and “none” today.';
  const tokens = tokensOf(text);
  const quote = (open: string, close: string, from = 0) => ({ open: text.indexOf(open, from), close: text.indexOf(close, from) + close.length });

  it('flags the tokens from the opening mark to the closing one, the marks included', () => {
    const flags = quotedFlags(tokens, [quote('“no', 'plans”')]);
    expect(tokens.map((t, i) => `${t.text}:${flags[i]}`)).toEqual(['Peskov:0', 'said:0', '“:1', 'no:1', 'plans:1', '”:1', 'and:0', '“:0', 'none:0', '”:0', 'today:0', '.:0']);
  });

  it('flags the tokens of each of several quotes', () => {
    const flags = quotedFlags(tokens, [quote('“no', 'plans”'), quote('“none', 'none”')]);
    expect(Array.from(flags)).toEqual([0, 0, 1, 1, 1, 1, 0, 1, 1, 1, 0, 0]);
  });

  it('a token starting at a quote’s close is outside it', () => {
    const q = quote('“no', 'plans');
    expect(tokens.find((t) => t.start === q.close)?.text).toBe('”');
    expect(Array.from(quotedFlags(tokens, [q]))).toEqual([0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('flags nothing without quotes, and is empty without tokens', () => {
    expect(Array.from(quotedFlags(tokens, []))).toEqual(new Array(12).fill(0));
    expect(quotedFlags([], [quote('“no', 'plans”')])).toEqual(new Uint8Array(0));
  });
});

describe('sentenceFeatures', () => {
  const said = new Set(['said']);
  const tokens = tokensOf('Peskov said that Putin had no plans');
  const features = (t = tokens, cues: ReadonlySet<string> = said, quoted: ArrayLike<number> = new Uint8Array(t.length)) => sentenceFeatures(t, quoted, cues);
  /** How many context features each token has. */
  const counts = (f: ReturnType<typeof sentenceFeatures>) => f.words.map((_, i) => f.offsets[i + 1]! - f.offsets[i]!);

  it('gives a token the same number of context features as any other, plus some for a cue word on its left and some for one on its right', () => {
    // The baseline: no cue words at all.
    const base = counts(features(tokens, new Set()));
    expect(new Set(base).size).toBe(1);
    const b = base[0]!;
    // Peskov: a cue on its right; said: none on either side (itself is not counted); the rest: a cue on their left.
    const [peskov, cue, ...rest] = counts(features());
    const right = peskov! - b;
    const left = rest[0]! - b;
    expect(right).toBeGreaterThan(0);
    expect(left).toBeGreaterThan(0);
    expect([peskov, cue, ...rest]).toEqual([b + right, b, ...new Array(5).fill(b + left)]);
    // Each "said" sees the other: the first on its right, the second on its left; "he" both.
    expect(counts(features(tokensOf('Peskov said he said so'), said))).toEqual([b + right, b + right, b + left + right, b + left, b + left]);
  });

  it('lays the tokens’ features end to end: offsets run from 0 to the end of the used part', () => {
    const f = features();
    expect(f.offsets.length).toBe(8);
    expect(f.offsets[0]).toBe(0);
    for (let i = 0; i < 7; i++) expect(f.offsets[i + 1]).toBeGreaterThan(f.offsets[i]!);
    expect(f.flat.length).toBeGreaterThanOrEqual(f.offsets[7]!);
  });

  it('an empty sentence has no features', () => {
    const f = features([]);
    expect(f.words).toEqual([]);
    expect(Array.from(f.offsets)).toEqual([0]);
  });

  it('a word’s own features are the bias, form, shape, suffix and four cluster prefixes, shared by its every occurrence', () => {
    const words = sentenceWords(tokensOf('said Said said SAID'));
    expect(words.map((w) => w.lower)).toEqual(['said', 'said', 'said', 'said']);
    expect(words.map((w) => w.own.length)).toEqual([8, 8, 8, 8]);
    expect(words[0]!.own.slice(4)).toEqual(clusterFeatures('said'));
    // The same word is the same object; its cases share the bias, form and suffix, not the shape.
    expect(words[2]).toBe(words[0]);
    expect(words[1]).not.toBe(words[0]);
    expect(words[1]!.own.filter((id, k) => id === words[0]!.own[k])).toEqual([words[0]!.own[0], words[0]!.own[1], words[0]!.own[3]]);
    expect(new Set(words.map((w) => w.shape)).size).toBe(3);
    // Every word has the same bias feature.
    expect(sentenceWords(tokensOf('Peskov ,'))[1]!.own[0]).toBe(words[0]!.own[0]);
  });

  it('the words given are used as they are', () => {
    const words = sentenceWords(tokens);
    expect(sentenceFeatures(tokens, new Uint8Array(7), said, words).words).toBe(words);
  });

  it('depends on the words and cues, not on where the sentence lies in its text', () => {
    const text = 'Earlier. Peskov said that Putin had no plans';
    const later = tokensOf(text).slice(2);
    expect(later[0]!.start).toBe(9);
    expect(Array.from(features(later).flat)).toEqual(Array.from(features().flat));
  });

  it('the quoted flag changes one feature of its token and nothing else', () => {
    const plain = tokenFeatures(features());
    const quoted = tokenFeatures(features(tokens, said, [0, 0, 0, 1, 0, 0, 0]));
    plain.forEach((f, i) => {
      const differ = Array.from(f).filter((id, k) => quoted[i]![k] !== id).length;
      expect(differ).toBe(i === 3 ? 1 : 0);
    });
  });

  it('with reuse, gives the same features in arrays shared by the next such call (the tagger’s way); without, arrays of the caller’s own', () => {
    const used = (f: ReturnType<typeof sentenceFeatures>) => Array.from(f.flat.subarray(0, f.offsets[f.words.length]));
    const kept = features();
    const shared = sentenceFeatures(tokens, new Uint8Array(7), said, undefined, true);
    expect(used(shared)).toEqual(used(kept));
    expect(Array.from(shared.offsets.subarray(0, 8))).toEqual(Array.from(kept.offsets));
    const other = tokensOf('Peskov said so');
    const next = sentenceFeatures(other, new Uint8Array(3), said, undefined, true);
    expect(next.flat).toBe(shared.flat);
    expect(used(next)).toEqual(used(features(other)));
    // The kept arrays are untouched by later calls.
    expect(used(kept)).toEqual(used(features()));
    expect(features().flat).not.toBe(kept.flat);
  });

  it('a cue word changes the features of every other token of its sentence', () => {
    const none = tokenFeatures(features(tokens, new Set()));
    const cued = tokenFeatures(features());
    none.forEach((f, i) => {
      if (i !== 1) expect(Array.from(f)).not.toEqual(Array.from(cued[i]!));
    });
  });
});

describe('clusterFeatures', () => {
  it('gives one id per prefix of the word’s Brown cluster path: 4, 8 and 12 bits, and the whole path', () => {
    // "said" is 0100010 and "told" 0100011000: they share the 4-bit prefix only.
    const said = clusterFeatures('said');
    const told = clusterFeatures('told');
    expect(said.length).toBe(4);
    expect(told.map((id, k) => id === said[k])).toEqual([true, false, false, false]);
    // A path of 7 bits is its own 8- and 12-bit prefix, yet each length has its own id.
    expect(new Set(said).size).toBe(4);
  });

  it('reads the word as written, else in lower case: "ACCORDING" (not clustered) as "according", "Said" (clustered) on its own', () => {
    expect(clusterFeatures('ACCORDING')).toEqual(clusterFeatures('according'));
    expect(clusterFeatures('Said').filter((id) => clusterFeatures('said').includes(id))).toEqual([]);
  });

  it('a word too rare to cluster has the same four ids as any other such word', () => {
    expect(clusterFeatures('Zqxwvy')).toEqual(clusterFeatures('Qzxwvk'));
    expect(clusterFeatures('Zqxwvy').filter((id) => clusterFeatures('said').includes(id))).toEqual([]);
  });
});

describe('tokenFeatures', () => {
  it('gives each token its word’s own features first, then its context', () => {
    const tokens = tokensOf('Peskov said that Putin had no plans');
    const f = sentenceFeatures(tokens, new Uint8Array(7), new Set(['said']));
    const per = tokenFeatures(f);
    expect(per.map((x) => x.length)).toEqual(f.words.map((_, i) => 8 + f.offsets[i + 1]! - f.offsets[i]!));
    per.forEach((x, i) => {
      expect(Array.from(x.subarray(0, 8))).toEqual(f.words[i]!.own);
      expect(Array.from(x.subarray(8))).toEqual(Array.from(f.flat.subarray(f.offsets[i], f.offsets[i + 1])));
    });
  });
});

describe('FEATURE_SET', () => {
  it('names the reported-speech feature set and its version', () => {
    expect(FEATURE_SET).toMatch(/^reported\/\d+$/);
  });
});
