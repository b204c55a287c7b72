// The course notebook's sentiment model, Embedding(vocab, 64) → Bidirectional(LSTM(64)) → Dense(64, relu) →
// Dense(1, sigmoid): each layer's output shape and parameter count, by the textbook formulas.

/** The sizes that fix the notebook model. */
export interface NotebookSizes {
  /** Embedding input size (the tokenizer's vocabulary plus padding). */
  vocab: number;
  /** Embedding width. */
  embedding: number;
  /** Units of each LSTM direction. */
  units: number;
  /** Units of the hidden Dense layer. */
  dense: number;
  /** Tokens per padded sentence. */
  maxLength: number;
}

/** One layer: its Keras name, output shape (null for the batch) and trainable parameters. */
export interface NotebookLayer {
  name: string;
  shape: (number | null)[];
  params: number;
}

/** An LSTM's parameters: four blocks (input, forget, candidate, output), each a kernel, a recurrent kernel and a bias. */
export const lstmParams = (input: number, units: number) =>
  4 * (input * units + units * units + units);

/** A Dense layer's parameters: a kernel and a bias. */
export const denseParams = (input: number, units: number) => input * units + units;

/** The layers of the notebook model with their shapes and parameter counts, in order. */
export function notebookLayers(s: NotebookSizes): NotebookLayer[] {
  return [
    { name: 'embedding', shape: [null, s.maxLength, s.embedding], params: s.vocab * s.embedding },
    // Two LSTMs with their own weights; their last hidden states are joined (merge_mode 'concat').
    {
      name: 'bidirectional',
      shape: [null, 2 * s.units],
      params: 2 * lstmParams(s.embedding, s.units)
    },
    { name: 'dense', shape: [null, s.dense], params: denseParams(2 * s.units, s.dense) },
    { name: 'dense_1', shape: [null, 1], params: denseParams(s.dense, 1) }
  ];
}

/** The whole model's trainable parameters. */
export const notebookParams = (s: NotebookSizes) =>
  notebookLayers(s).reduce((sum, layer) => sum + layer.params, 0);

/** Shapes as Keras prints them: [null, 128] → "(batch, 128)". */
export const shapeText = (shape: readonly (number | null)[]) =>
  `(${shape.map((d) => (d === null ? 'batch' : String(d))).join(', ')})`;
