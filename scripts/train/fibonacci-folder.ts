// The Fibonacci model's folder: fixed weights, no tokenizer, no training, checked exactly.
import path from 'node:path';
import { evaluateModel } from '../../src/lib/tf/evaluate.js';
import { fibonacciModel } from '../../src/lib/tf/models/fibonacci.js';
import type { ModelMeta } from '../../src/lib/tf/models/meta.js';
import { writeModelFolder } from '../../src/lib/tf/train/write-folder.js';

/** Steps the Fibonacci model is checked on: F(30) = 832040 is the course's range. */
export const FIBONACCI_STEPS = 30;

/** Writes static/models/fibonacci (or its twin under `outDir`); returns its meta. */
export async function writeFibonacci(outDir: string): Promise<ModelMeta> {
  const model = fibonacciModel();
  const draft: Omit<ModelMeta, 'evaluation'> = {
    id: 'fibonacci',
    title: 'Fibonacci as a recurrent network',
    description:
      'Not trained: a SimpleRNN with 2 units, linear activation and fixed weights. Reading 1, 0, 0, … its hidden state after step n is (F(n+1), F(n)).',
    cell: 'simple_rnn',
    task: 'fibonacci',
    labels: ['F(n+1)', 'F(n)'],
    maxLength: FIBONACCI_STEPS,
    padding: 'none',
    tokenizer: null,
    architecture:
      'Embedding(2, 1): id 0 → 0, id 1 → 1 → SimpleRNN(2, linear, kernel [[1, 1]], recurrent kernel [[1, 1], [1, 0]], bias 0)',
    vocabSize: 2,
    embeddingSize: 1,
    units: [2],
    recurrentActivation: 'none (SimpleRNN has no gates)',
    training: null
  };
  const evaluation = evaluateModel(model, draft, { seed: 0, samples: FIBONACCI_STEPS });
  const meta: ModelMeta = { ...draft, evaluation };
  await writeModelFolder(path.join(outDir, meta.id), model, meta, null);
  model.dispose();
  return meta;
}
