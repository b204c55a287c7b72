// Writes one model folder (Node only): model.json + weights, the tokenizer file and meta.json.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type * as tf from '@tensorflow/tfjs';
import type { Tokenizer } from '../../core/tokenize/types.js';
import { saveModelToFile } from '../node-fs.js';
import type { ModelMeta } from '../models/meta.js';
import { tokenizerFileName } from './tokenizer-file.js';

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
