// Shapes and parameter counts of the course notebook's model, with the shipped sentiment-bilstm's real sizes.
import { quote, shuffled, whole } from './common.js';
import { clearDistractors, spreadOf } from './margin.js';
import {
  lstmParams,
  notebookLayers,
  notebookParams,
  shapeText,
  type NotebookSizes
} from './notebook-model.js';
import type { Exercise, Quote } from './types.js';

/** The part of sentiment-bilstm's meta.json that fixes the notebook model's sizes. */
export interface NotebookMeta {
  id: string;
  architecture: string;
  vocabSize: number;
  embeddingSize: number;
  units: number[];
  maxLength: number;
}

/** The sizes of the shipped model; the hidden Dense width is read from its architecture line. */
export function notebookSizes(meta: NotebookMeta): NotebookSizes | undefined {
  const dense = /Dense\((\d+), relu\)/.exec(meta.architecture)?.[1];
  const units = meta.units[0];
  if (!dense || !units) return undefined;
  return {
    vocab: meta.vocabSize,
    embedding: meta.embeddingSize,
    units,
    dense: Number(dense),
    maxLength: meta.maxLength
  };
}

/** The sizes as printed, each with its source in the meta file. */
function sizeQuotes(meta: NotebookMeta, s: NotebookSizes) {
  const at = `models/${meta.id}/meta.json`;
  return {
    vocab: quote(s.vocab, String, `${at} vocabSize`),
    embedding: quote(s.embedding, String, `${at} embeddingSize`),
    units: quote(s.units, String, `${at} units[0]`),
    dense: quote(s.dense, String, `${at} architecture, Dense(…, relu)`),
    out: quote(1, String, `${at} architecture, the sigmoid output`),
    maxLength: quote(s.maxLength, String, `${at} maxLength`)
  };
}

type Sizes = ReturnType<typeof sizeQuotes>;
const architecture = (q: Sizes) =>
  `Embedding(${q.vocab.text}, ${q.embedding.text}) → Bidirectional(LSTM(${q.units.text})) → Dense(${q.dense.text}, relu) → Dense(${q.out.text}, sigmoid)`;
const link = (meta: NotebookMeta) => ({
  path: '/models',
  query: {},
  hash: `model-${meta.id}`,
  text: `/models, the card of ${meta.id}`
});

/** "How many trainable parameters?": the formula's total, against the totals of common slips that differ clearly. */
export function notebookParamsExercise(meta: NotebookMeta): Exercise | undefined {
  const s = notebookSizes(meta);
  if (!s) return undefined;
  const q = sizeQuotes(meta, s);
  const total = notebookParams(s);
  const lstm = lstmParams(s.embedding, s.units);
  const slips = [
    { value: total - lstm, source: 'one LSTM instead of two' },
    { value: total - (3 * lstm) / 4, source: 'one weight block instead of four' },
    {
      value: total - s.units * s.dense,
      source: `the Dense layer reading ${s.units} numbers, not ${2 * s.units}`
    },
    { value: total - s.vocab * s.embedding, source: 'the embedding left out' }
  ];
  const kept = clearDistractors(
    total,
    slips.map((slip) => slip.value),
    whole
  ).slice(0, 3);
  if (kept.length < 2) return undefined;
  const answer = quote(total, whole, `notebookParams of models/${meta.id}/meta.json sizes`);
  const layers = notebookLayers(s).map((layer) =>
    quote(layer.params, whole, `notebookLayers(…) ${layer.name}.params`)
  );
  const wrong: Quote[] = kept.map((v) =>
    quote(v, whole, `distractor: ${slips.find((slip) => slip.value === v)!.source}`)
  );
  return {
    id: 'notebook-params',
    prompt: `How many trainable parameters does the course notebook's model ${architecture(q)} have?`,
    options: shuffled([answer.text, ...wrong.map((w) => w.text)]),
    answer: answer.text,
    explanation: `Layer by layer: embedding ${layers[0]!.text} (a vector per id), bidirectional ${layers[1]!.text} (two LSTMs, each four blocks of kernel, recurrent kernel and bias), dense ${layers[2]!.text}, output ${layers[3]!.text}; together ${answer.text}.`,
    margin: spreadOf(total, kept, whole),
    quotes: [...Object.values(q).filter((v) => v !== q.maxLength), answer, ...layers, ...wrong],
    link: link(meta),
    figure: { kind: 'model-table', model: meta.id }
  };
}

/** "What shape does the Bidirectional layer hand to Dense?": (batch, 2 × units), against the usual confusions. */
export function notebookShapeExercise(meta: NotebookMeta): Exercise | undefined {
  const s = notebookSizes(meta);
  if (!s) return undefined;
  const q = sizeQuotes(meta, s);
  const shape = notebookLayers(s)[1]!.shape;
  const both = quote(2 * s.units, String, `2 × models/${meta.id}/meta.json units[0]`);
  const answer = shapeText(shape);
  const options = shuffled([
    ...new Set([
      answer,
      shapeText([null, s.units]),
      shapeText([null, s.maxLength, 2 * s.units]),
      shapeText([null, s.maxLength, s.units])
    ])
  ]);
  return {
    id: 'notebook-shape',
    prompt: `In ${architecture(q)}, sentences are padded to ${q.maxLength.text} tokens. What shape does the Bidirectional layer pass to the first Dense layer?`,
    options,
    answer,
    explanation: `Without return_sequences each LSTM returns only its last hidden state, ${q.units.text} numbers, and Bidirectional joins the forward and backward ones: ${both.text} numbers per sentence, ${answer}.`,
    margin: options.length === 4 ? Infinity : 0,
    quotes: [...Object.values(q), both],
    link: link(meta),
    figure: { kind: 'model-table', model: meta.id }
  };
}
