// The tokenizer a .keras archive carries: its TextVectorization layer's vocabulary (inline in
// config.json or in assets/…/vocabulary.txt), read without the HDF5 reader.
import {
  VocabularyTokenizer,
  vocabularyWithSpecialTokens
} from '../../core/tokenize/vocabulary-tokenizer.js';
import { forEachLayer, isJsonObject, layerName, type LayerEntry } from '../keras-compat.js';
import { kerasFileKind } from './names.js';
import { unzipArchive } from './read.js';

function vectorizerOf(config: unknown): LayerEntry | undefined {
  if (!isJsonObject(config) || !isJsonObject(config['config'])) return undefined;
  const layers = config['config']['layers'];
  if (!Array.isArray(layers)) return undefined;
  let found: LayerEntry | undefined;
  forEachLayer(layers as LayerEntry[], (entry) => {
    if (entry.class_name === 'TextVectorization') found ??= entry;
  });
  return found;
}

function assetVocabulary(files: Record<string, Uint8Array>, layer: string): string[] | undefined {
  const paths = Object.keys(files).filter(
    (path) => path.startsWith('assets/') && path.endsWith('/vocabulary.txt')
  );
  const path = paths.find((candidate) => candidate.split('/').includes(layer)) ?? paths[0];
  if (path === undefined) return undefined;
  return new TextDecoder().decode(files[path]).split('\n');
}

/** The tokenizer of a .keras archive's TextVectorization layer, or undefined when it has none (or is not a .keras file). */
export async function archiveTokenizer(
  bytes: Uint8Array,
  name: string
): Promise<VocabularyTokenizer | undefined> {
  if (kerasFileKind(name) !== 'keras') return undefined;
  const files = await unzipArchive(bytes, name);
  const configBytes = files['config.json'];
  if (configBytes === undefined) return undefined;
  let vectorizer: LayerEntry | undefined;
  try {
    vectorizer = vectorizerOf(JSON.parse(new TextDecoder().decode(configBytes)));
  } catch {
    return undefined;
  }
  if (vectorizer === undefined) return undefined;
  const config = vectorizer.config;
  const inline = config['vocabulary'];
  const tokens = Array.isArray(inline)
    ? inline.map(String)
    : assetVocabulary(files, layerName(vectorizer));
  if (tokens === undefined) return undefined;
  return new VocabularyTokenizer(vocabularyWithSpecialTokens(tokens), {
    standardize: config['standardize'] as string | null | undefined,
    split: config['split'] as string | null | undefined
  });
}
