// Writes one model folder: model.json + weights, the tokenizer file and meta.json.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type * as tf from '@tensorflow/tfjs';
import type { Tokenizer } from '../../src/lib/core/tokenize/types.js';
import { saveModelToFile } from '../../src/lib/tf/node-fs.js';
import type { ModelMeta } from '../../src/lib/tf/models/meta.js';

/** The tokenizer's file name: Keras JSON for word tokenizers, a TFDS vocabulary for subwords. */
export function tokenizerFileName(tokenizer: Tokenizer): string {
  return tokenizer.kind === 'word' ? 'tokenizer.json' : 'tokenizer.subwords';
}

/** Writes `folder` with the model, its tokenizer (if any) and meta.json. */
export async function writeModelFolder(
  folder: string,
  model: tf.LayersModel,
  meta: ModelMeta,
  tokenizer: Tokenizer | null
): Promise<void> {
  await mkdir(folder, { recursive: true });
  await saveModelToFile(model, path.join(folder, 'model.json'));
  if (tokenizer)
    await writeFile(path.join(folder, tokenizerFileName(tokenizer)), tokenizer.serialize());
  await writeFile(path.join(folder, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
}
