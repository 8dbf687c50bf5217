// Brown word clusters (Brown et al. 1992) for the entity tagger's features, written to
// models/word-clusters.tsv as `word<TAB>bit-string`, one line per word, sorted by word.
//   npm run train:clusters [-- --clusters 256 --min-count 3]
//
// Unlabeled text, tokenized with the tagger's own tokenizer (src/ingest/entities/tokens.ts),
// case kept ("Apple" and "apple" are two words), read from ../shared (never copied here):
//   Reuters-21578 (all 22 files): each article's title and each paragraph block;
//   PolNeAR train texts (not dev, a test set): one unit per line;
//   CoNLL-2003 train (not valid.txt): the first column as the corpus cut it (tokenize agrees
//   on all but 1.5% of them: "'s" alone, "2.", "US$"), one unit per sentence.
// Each unit is a sequence of its own: the stream is `<s> unit <s> unit ...`, read as a
// circle, so no bigram crosses units and every token has one left and one right neighbour
// (left and right marginals are both the unigram counts, exactly). Words seen fewer than
// --min-count times become `<unk>`, which keeps their neighbours' context; `<s>` and `<unk>`
// are clustered like words but not written out.
//
// The algorithm is Percy Liang's wcluster (Liang 2005, "Semi-supervised learning for natural
// language", MIT): words sorted by frequency; a window of C active clusters, to which
// the next word is added as a cluster of its own, then the pair whose merge loses the least
// average mutual information (AMI) is merged; when all words are in, the C clusters are merged
// the same way down to one, which gives a binary tree over them. A word's bit-string is its
// cluster's path from the root (0 = the child holding the more frequent words). Exact ties
// are broken by frequency rank (then the word string, which breaks ties in the ranking).
//
// Working in counts rather than probabilities (N bigrams, n(a,b) the count of a followed by
// b, n(a) a unigram count, f(x) = x ln x):
//   N * AMI = sum_ab f(n(a,b)) - 2 sum_a f(n(a)) + N ln N,
// so every term is f of an integer count: f is a table, and no logarithm is taken in the loop.
// With h(a, b) = f(a + b) - f(a) - f(b) (zero when a or b is), the loss of merging i and j is
//   L(i,j) = G(i,i) + G(j,j) + G(i,j) - f(n(i,i) + n(i,j) + n(j,i) + n(j,j)) + 2 h(n(i), n(j))
//            - sum_{y not i,j} [h(n(i,y), n(j,y)) + h(n(y,i), n(y,j))]
// (G(a,b) = f(n(a,b)) + f(n(b,a)), G(a,a) = f(n(a,a))), kept for every active pair and
// updated as in Liang's implementation: a new word y changes L(i,j) by -[h(n(i,y), n(j,y)) +
// h(n(y,i), n(y,j))], only for pairs of its neighbours; merging s and t changes L(i,j) by the
// y = s and y = t terms out, the y = s+t term in. Each step costs O(C^2).
import { Command } from 'commander';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tokenize } from '../../src/ingest/entities/tokens.js';
import { readReutersSgml } from '../../src/ingest/formats/reuters-sgml.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BOUNDARY = '<s>';
export const UNKNOWN = '<unk>';

/** Code-point order (JavaScript's `<` compares UTF-16 units, which differs above U+FFFF). */
export function byCodePoint(a: string, b: string): number {
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(j)!;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

// ---- the corpus ------------------------------------------------------------------------------

export interface Source {
  name: string;
  units: number;
  tokens: number;
}

/** The three corpora as units of tokens, in a fixed order (files sorted by name). */
export function* readUnits(shared: string, sources: Source[]): Generator<string[]> {
  const corpus = join(shared, 'corpus');
  const words = (text: string, start?: number, end?: number): string[] => tokenize(text, start, end).map((t) => t.text);
  const counted = function* (source: Source, units: Iterable<string[]>): Generator<string[]> {
    sources.push(source);
    for (const unit of units) {
      if (unit.length === 0) continue;
      source.units++;
      source.tokens += unit.length;
      yield unit;
    }
  };

  const reuters = join(corpus, 'reuters-21578');
  const sgml = readdirSync(reuters)
    .filter((f) => /^reut2-\d+\.sgm$/.test(f))
    .sort();
  if (sgml.length === 0) throw new Error(`no reut2-*.sgm in ${reuters}`);
  yield* counted(
    { name: 'Reuters-21578', units: 0, tokens: 0 },
    (function* () {
      for (const file of sgml) {
        // ASCII with SGML entities (which the reader decodes); read as Latin-1, no byte can fail.
        for (const record of readReutersSgml(readFileSync(join(reuters, file), 'latin1'), file)) {
          if (record.kind !== 'article') continue;
          const { article } = record;
          yield words(article.title);
          for (const block of article.blocks) yield words(article.text, block.start, block.end);
        }
      }
    })(),
  );

  const polnear = join(corpus, 'polnear/train/text');
  const texts = readdirSync(polnear).sort();
  if (texts.length === 0) throw new Error(`no texts in ${polnear}`);
  yield* counted(
    { name: 'PolNeAR train', units: 0, tokens: 0 },
    (function* () {
      for (const file of texts) for (const line of readFileSync(join(polnear, file), 'utf8').split(/\r\n|\n|\r/)) yield words(line);
    })(),
  );

  yield* counted(
    { name: 'CoNLL-2003 train', units: 0, tokens: 0 },
    (function* () {
      let sentence: string[] = [];
      for (const line of readFileSync(join(corpus, 'conll2003/train.txt'), 'utf8').split('\n')) {
        if (line.startsWith('-DOCSTART-') || line.trim() === '') {
          yield sentence;
          sentence = [];
        } else sentence.push(line.split(' ')[0]!);
      }
      yield sentence;
    })(),
  );
}

export interface Corpus {
  /** Words by rank: count descending, then code-point order. */
  vocab: { word: string; count: number }[];
  /** The text as ranks, `<s>` before each unit; read as a circle. */
  stream: Int32Array;
  rareTypes: number;
}

/** Interns the units into one stream; words seen fewer than `minCount` times become `<unk>`. */
export function buildCorpus(units: Iterable<readonly string[]>, minCount: number): Corpus {
  const ids = new Map<string, number>([[BOUNDARY, 0]]);
  const names: string[] = [BOUNDARY];
  let stream = new Int32Array(1 << 16);
  let length = 0;
  const push = (id: number): void => {
    if (length === stream.length) {
      const grown = new Int32Array(stream.length * 2);
      grown.set(stream);
      stream = grown;
    }
    stream[length++] = id;
  };
  for (const unit of units) {
    if (unit.length === 0) continue;
    push(0);
    for (const word of unit) {
      let id = ids.get(word);
      if (id === undefined) {
        id = names.length;
        ids.set(word, id);
        names.push(word);
      }
      push(id);
    }
  }
  stream = stream.slice(0, length);
  const counts = new Int32Array(names.length);
  for (const id of stream) counts[id]!++;
  const vocab: { word: string; count: number; id: number }[] = [];
  let rareTypes = 0;
  let rareTokens = 0;
  for (let id = 0; id < names.length; id++) {
    if (id === 0 || counts[id]! >= minCount) vocab.push({ word: names[id]!, count: counts[id]!, id });
    else {
      rareTypes++;
      rareTokens += counts[id]!;
    }
  }
  if (rareTokens > 0) vocab.push({ word: UNKNOWN, count: rareTokens, id: -1 });
  vocab.sort((a, b) => b.count - a.count || byCodePoint(a.word, b.word));
  const rankOf = new Int32Array(names.length).fill(vocab.findIndex((v) => v.id === -1));
  vocab.forEach((v, rank) => {
    if (v.id >= 0) rankOf[v.id] = rank;
  });
  for (let i = 0; i < length; i++) stream[i] = rankOf[stream[i]!]!;
  return { vocab: vocab.map(({ word, count }) => ({ word, count })), stream, rareTypes };
}

// ---- Brown clustering ------------------------------------------------------------------------

export interface Clustering {
  /** Per word rank, its leaf (one of at most C clusters). */
  leafOfWord: Int32Array;
  /** Per leaf, its path from the root. */
  paths: string[];
}

export interface ClusterOptions {
  onProgress?: (wordsIn: number, merges: number) => void;
  /** Test hook: checks every kept loss against the AMI recomputed from scratch (tiny inputs only). */
  verify?: boolean;
}

/** Liang's wcluster on a stream of word ranks 0..V-1 (rank order = the order words come in). */
export function brownClusters(stream: Int32Array, V: number, C: number, options: ClusterOptions = {}): Clustering {
  const N = stream.length; // bigrams, the stream read as a circle
  const following = (i: number): number => stream[i + 1 === N ? 0 : i + 1]!;

  // Bigram counts in both directions as sparse rows (CSR), sorted keys: deterministic.
  const sparseRows = (key: (i: number) => number): { start: Int32Array; next: Int32Array; count: Int32Array } => {
    const keys = new Float64Array(N);
    for (let i = 0; i < N; i++) keys[i] = key(i);
    keys.sort();
    let distinct = 0;
    for (let i = 0; i < N; i++) if (i === 0 || keys[i] !== keys[i - 1]) distinct++;
    const start = new Int32Array(V + 1);
    const next = new Int32Array(distinct);
    const count = new Int32Array(distinct);
    let k = -1;
    for (let i = 0; i < N; i++) {
      if (i === 0 || keys[i] !== keys[i - 1]) {
        k++;
        const a = Math.floor(keys[i]! / V);
        next[k] = keys[i]! - a * V;
        start[a + 1]!++;
      }
      count[k]!++;
    }
    for (let a = 0; a < V; a++) start[a + 1]! += start[a]!;
    return { start, next, count };
  };
  const right = sparseRows((i) => stream[i]! * V + following(i)); // a -> b, by a
  const left = sparseRows((i) => following(i) * V + stream[i]!); // a -> b, by b
  const unigram = new Int32Array(V);
  for (let i = 0; i < N; i++) unigram[stream[i]!]!++;

  // f(x) = x ln x for every count that can occur.
  const F = new Float64Array(N + 1);
  for (let x = 1; x <= N; x++) F[x] = x * Math.log(x);
  const h = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : F[a + b]! - F[a]! - F[b]!);

  // The active clusters, in K = C + 1 slots.
  const K = C + 1;
  const n2 = new Int32Array(K * K); // n2[a*K+b]: bigrams from cluster a to cluster b
  const G = new Float64Array(K * K); // f(n(a,b)) + f(n(b,a)); on the diagonal f(n(a,a))
  const L = new Float64Array(K * K); // loss of merging a and b, at [min*K+max]
  const count = new Int32Array(K); // unigram count of the cluster
  const rank = new Int32Array(K); // its most frequent word's rank (tie-breaks)
  const members: number[][] = Array.from({ length: K }, () => []);
  const slotOfWord = new Int32Array(V).fill(-1);
  const active: number[] = []; // slots in use, ascending
  const free: number[] = [];
  for (let s = K - 1; s >= 0; s--) free.push(s);

  const setG = (a: number, b: number): void => {
    if (a === b) G[a * K + a] = F[n2[a * K + a]!]!;
    else G[a * K + b] = G[b * K + a] = F[n2[a * K + b]!]! + F[n2[b * K + a]!]!;
  };
  const setL = (i: number, j: number, value: number): void => {
    L[i < j ? i * K + j : j * K + i] = value;
  };
  /** L(i,j) from scratch, summing over `ys` (at least the slots that can contribute). */
  const loss = (i: number, j: number, ys: readonly number[]): number => {
    const self = n2[i * K + i]! + n2[i * K + j]! + n2[j * K + i]! + n2[j * K + j]!;
    let l = G[i * K + i]! + G[j * K + j]! + G[i * K + j]! - F[self]! + 2 * h(count[i]!, count[j]!);
    for (const y of ys) {
      if (y === i || y === j) continue;
      l -= h(n2[i * K + y]!, n2[j * K + y]!) + h(n2[y * K + i]!, n2[y * K + j]!);
    }
    return l;
  };

  /** Adds word `w` as a cluster of its own. */
  const addWord = (w: number): void => {
    const n = free.pop()!;
    members[n] = [w];
    slotOfWord[w] = n;
    count[n] = unigram[w]!;
    rank[n] = w;
    // Its bigrams with the words in: row and column n of n2; the neighbours' slots.
    const touched = new Set<number>([n]);
    for (let k = right.start[w]!; k < right.start[w + 1]!; k++) {
      const y = slotOfWord[right.next[k]!]!;
      if (y < 0) continue;
      n2[n * K + y]! += right.count[k]!;
      touched.add(y);
    }
    for (let k = left.start[w]!; k < left.start[w + 1]!; k++) {
      const y = slotOfWord[left.next[k]!]!;
      if (y < 0 || y === n) continue; // w -> w is in the row already
      n2[y * K + n]! += left.count[k]!;
      touched.add(y);
    }
    const ys = [...touched].sort((a, b) => a - b);
    for (const y of ys) setG(n, y);
    // Pairs of its neighbours gain the term y = n (other pairs' terms are zero).
    const around = ys.filter((y) => y !== n);
    for (let a = 0; a < around.length; a++) {
      const i = around[a]!;
      for (let b = a + 1; b < around.length; b++) {
        const j = around[b]!;
        L[i < j ? i * K + j : j * K + i]! -= h(n2[i * K + n]!, n2[j * K + n]!) + h(n2[n * K + i]!, n2[n * K + j]!);
      }
    }
    for (const x of active) setL(n, x, loss(n, x, ys));
    let at = active.length;
    while (at > 0 && active[at - 1]! > n) at--;
    active.splice(at, 0, n);
  };

  /** The pair to merge: least loss; on a tie, the pair of the most frequent words. */
  const bestPair = (): [number, number] => {
    let best = Infinity;
    let bi = -1;
    let bj = -1;
    const m = active.length;
    for (let a = 0; a < m; a++) {
      const i = active[a]!;
      const row = i * K;
      for (let b = a + 1; b < m; b++) {
        const j = active[b]!;
        const l = L[row + j]!;
        if (l < best || (l === best && tieFirst(i, j, bi, bj))) {
          best = l;
          bi = i;
          bj = j;
        }
      }
    }
    return rank[bi]! < rank[bj]! ? [bi, bj] : [bj, bi];
  };
  const tieFirst = (i: number, j: number, bi: number, bj: number): boolean => {
    const lo = Math.min(rank[i]!, rank[j]!);
    const blo = Math.min(rank[bi]!, rank[bj]!);
    return lo !== blo ? lo < blo : Math.max(rank[i]!, rank[j]!) < Math.max(rank[bi]!, rank[bj]!);
  };

  const toS = new Int32Array(K);
  const toT = new Int32Array(K);
  const fromS = new Int32Array(K);
  const fromT = new Int32Array(K);
  const H = new Float64Array(K);

  /** Merges clusters s and t; returns the slot of the merged cluster. */
  const merge = (s: number, t: number): number => {
    const others = active.filter((y) => y !== s && y !== t);
    for (const y of others) {
      toS[y] = n2[y * K + s]!;
      toT[y] = n2[y * K + t]!;
      fromS[y] = n2[s * K + y]!;
      fromT[y] = n2[t * K + y]!;
      H[y] = h(toS[y]!, toT[y]!) + h(fromS[y]!, fromT[y]!);
    }
    // Every other pair: the terms y = s and y = t out, y = s+t in.
    for (let a = 0; a < others.length; a++) {
      const i = others[a]!;
      const row = i * K;
      const Hi = H[i]!;
      const iS = toS[i]!;
      const iT = toT[i]!;
      const Si = fromS[i]!;
      const Ti = fromT[i]!;
      for (let b = a + 1; b < others.length; b++) {
        const j = others[b]!;
        const lo = i < j ? row + j : j * K + i;
        L[lo]! += Hi + H[j]! - h(iS + toS[j]!, iT + toT[j]!) - h(Si + fromS[j]!, Ti + fromT[j]!);
      }
    }
    // The merged cluster takes the slot of the one with more words (fewer to relabel).
    const [keep, gone] = members[s]!.length >= members[t]!.length ? [s, t] : [t, s];
    const self = n2[s * K + s]! + n2[s * K + t]! + n2[t * K + s]! + n2[t * K + t]!;
    for (const y of others) {
      n2[keep * K + y]! += n2[gone * K + y]!;
      n2[y * K + keep]! += n2[y * K + gone]!;
    }
    n2[keep * K + keep] = self;
    for (let y = 0; y < K; y++) {
      n2[gone * K + y] = n2[y * K + gone] = 0;
      G[gone * K + y] = G[y * K + gone] = 0;
    }
    count[keep]! += count[gone]!;
    rank[keep] = Math.min(rank[s]!, rank[t]!);
    for (const w of members[gone]!) {
      slotOfWord[w] = keep;
      members[keep]!.push(w);
    }
    members[gone] = [];
    active.splice(active.indexOf(gone), 1);
    free.push(gone);
    for (const y of active) setG(keep, y);
    for (const x of active) if (x !== keep) setL(keep, x, loss(keep, x, active));
    return keep;
  };

  /** Test hook: every kept L against N*AMI before minus after, from the counts. */
  const verify = (): void => {
    const ami = (cluster: (slot: number) => number, m: number): number => {
      const pair = new Map<number, number>();
      const uni = new Map<number, number>();
      for (const a of active) {
        uni.set(cluster(a), (uni.get(cluster(a)) ?? 0) + count[a]!);
        for (const b of active) {
          const key = cluster(a) * m + cluster(b);
          pair.set(key, (pair.get(key) ?? 0) + n2[a * K + b]!);
        }
      }
      let sum = 0;
      for (const n of pair.values()) sum += F[n]!;
      for (const n of uni.values()) sum -= 2 * F[n]!;
      return sum;
    };
    const before = ami((a) => a, K);
    for (const i of active) {
      for (const j of active) {
        if (i >= j) continue;
        const expected = before - ami((a) => (a === j ? i : a), K);
        const kept = L[i * K + j]!;
        if (Math.abs(kept - expected) > 1e-6 * Math.max(1, Math.abs(expected))) {
          throw new Error(`L(${i},${j}) is ${kept}, expected ${expected}`);
        }
      }
    }
  };

  // Phase 1: words in by rank, C clusters kept.
  let merges = 0;
  for (let w = 0; w < V; w++) {
    addWord(w);
    if (options.verify) verify();
    if (active.length > C) {
      const [s, t] = bestPair();
      merge(s, t);
      merges++;
      if (options.verify) verify();
    }
    options.onProgress?.(w + 1, merges);
  }

  // Phase 2: the clusters merged down to one, which makes the tree. Nodes 0..leaves-1 are
  // the clusters, then one per merge; a node's first child (bit 0) holds the more frequent word.
  const leafOfSlot = new Int32Array(K).fill(-1);
  const leaves = active.length;
  active.forEach((slot, i) => (leafOfSlot[slot] = i));
  const leafOfWord = Int32Array.from(slotOfWord, (slot) => leafOfSlot[slot]!);
  const nodeOfSlot = Int32Array.from(leafOfSlot);
  const children: [number, number][] = [];
  while (active.length > 1) {
    const [s, t] = bestPair();
    const node = leaves + children.length;
    children.push([nodeOfSlot[s]!, nodeOfSlot[t]!]);
    nodeOfSlot[merge(s, t)] = node;
    if (options.verify) verify();
  }
  const path = new Array<string>(leaves + children.length).fill('');
  for (let node = leaves + children.length - 1; node >= leaves; node--) {
    const [zero, one] = children[node - leaves]!;
    path[zero] = `${path[node]}0`;
    path[one] = `${path[node]}1`;
  }
  if (leaves === 1) path[0] = '0';
  return { leafOfWord, paths: path.slice(0, leaves) };
}

// ---- the command ----------------------------------------------------------------------------

function main(): void {
  const opts = new Command('train-clusters')
    .description('Brown clusters from Reuters-21578, PolNeAR train and CoNLL-2003 train -> models/word-clusters.tsv')
    .option('--clusters <n>', 'C: active clusters, and leaves of the final tree', '256')
    .option('--min-count <n>', 'words seen fewer times are not clustered', '3')
    .option('--shared <dir>', 'the shared folder holding corpus/', join(root, '../shared'))
    .option('--out <file>', 'output file', join(root, 'models/word-clusters.tsv'))
    .option(
      '--show <words>',
      'words whose 8-bit cluster-mates are printed at the end (comma-separated)',
      'January,Japan,Germany,Inc,John,Clinton,Monday,Japanese,spokesman,said',
    )
    .parse()
    .opts<{ clusters: string; minCount: string; shared: string; out: string; show: string }>();
  const C = Number(opts.clusters);
  const minCount = Number(opts.minCount);
  if (!Number.isInteger(C) || C < 2) throw new Error(`--clusters must be an integer >= 2, not "${opts.clusters}"`);
  if (!Number.isInteger(minCount) || minCount < 1) throw new Error(`--min-count must be an integer >= 1, not "${opts.minCount}"`);

  const started = performance.now();
  const log = (message: string): void => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);

  const sources: Source[] = [];
  const { vocab, stream, rareTypes } = buildCorpus(readUnits(resolve(opts.shared), sources), minCount);
  for (const s of sources) log(`${s.name}: ${s.units} units, ${s.tokens} tokens`);
  const V = vocab.length;
  const unknown = vocab.find((v) => v.word === UNKNOWN)?.count ?? 0;
  log(
    `${stream.length} tokens with ${BOUNDARY}; ${V} words clustered (count >= ${minCount}, with ${BOUNDARY} and ${UNKNOWN}); ${rareTypes} rarer types (${unknown} tokens) are ${UNKNOWN}`,
  );

  log(`clustering into C = ${C} clusters`);
  const every = Math.max(1000, Math.round(V / 20));
  const { leafOfWord, paths } = brownClusters(stream, V, C, {
    onProgress: (n, merges) => {
      if (n % every === 0 || n === V) log(`  ${n}/${V} words in, ${merges} merges`);
    },
  });
  const depths = paths.map((p) => p.length);
  log(`tree over ${paths.length} clusters: bit-strings of ${Math.min(...depths)} to ${Math.max(...depths)} bits`);

  // By rank (most frequent first), without the two markers.
  const out = vocab.flatMap(({ word, count }, rank) => (word === BOUNDARY || word === UNKNOWN ? [] : [{ word, count, bits: paths[leafOfWord[rank]!]! }]));
  const tsv = [...out]
    .sort((a, b) => byCodePoint(a.word, b.word))
    .map((o) => `${o.word}\t${o.bits}\n`)
    .join('');
  const file = resolve(opts.out);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, tsv, 'utf8');
  log(`wrote ${relative(process.cwd(), file)}: ${out.length} words, ${(Buffer.byteLength(tsv) / 1024).toFixed(0)} KiB`);

  // A look at the result: the words sharing the first 8 bits, and those of the same leaf
  // cluster, most frequent first.
  for (const word of opts.show
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean)) {
    const me = out.find((o) => o.word === word);
    if (!me) {
      console.log(`  ${word}: not clustered`);
      continue;
    }
    const prefix = me.bits.slice(0, 8);
    const mates = out.filter((o) => o !== me && o.bits.startsWith(prefix));
    const leaf = out.filter((o) => o !== me && o.bits === me.bits);
    const top = (list: typeof out): string =>
      list
        .slice(0, 12)
        .map((o) => o.word)
        .join(' ');
    console.log(`  ${word} ${me.bits}\n    ${prefix}* (${mates.length}): ${top(mates)}\n    same leaf (${leaf.length}): ${top(leaf)}`);
  }
  const total = (performance.now() - started) / 1000;
  console.log(`done in ${Math.floor(total / 60)} min ${(total % 60).toFixed(1)} s (C = ${C}, ${out.length} words)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
