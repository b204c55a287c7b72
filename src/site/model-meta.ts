// The parts of a shipped model's meta.json (static/models/<id>/meta.json) the site's pages read.
import type { ForgettingBucket } from '$lib/geometry/layout/forgetting-curve.js';

/** One epoch of a model's training curve. */
export interface TrainingPoint {
  epoch: number;
  loss: number;
  accuracy: number;
  valAccuracy: number;
}

/** A shipped model's meta.json, as far as the pages use it. */
export interface ModelMeta {
  id: string;
  title: string;
  description: string;
  cell: string;
  task: string;
  labels: string[];
  maxLength: number;
  tokenizer: string | null;
  architecture: string;
  training: {
    epochs: number;
    optimizer: string;
    learningRate: number;
    batchSize: number;
    samples: number;
    curriculum?: string;
    curve: TrainingPoint[];
  } | null;
  evaluation: {
    samples: number;
    accuracy: number;
    buckets: ForgettingBucket[];
    sampling: string;
  };
}

/** Every shipped model, in the order the site lists them. */
export const SHIPPED_MODELS = [
  'memory-rnn',
  'memory-lstm',
  'memory-gru',
  'sentiment-bilstm',
  'sentiment-stacked-bilstm',
  'sentiment-gru',
  'fibonacci'
] as const;

/** The shipped models a reader can type a sentence into (they come with a tokenizer). */
export const TYPEABLE_MODELS = SHIPPED_MODELS.filter((id) => id !== 'fibonacci');

/** Fetches /models/<id>/meta.json with SvelteKit's fetch (so prerendering inlines it). */
export async function loadModelMeta(
  fetch: typeof globalThis.fetch,
  id: string
): Promise<ModelMeta> {
  const response = await fetch(`/models/${id}/meta.json`);
  if (!response.ok)
    throw new Error(`Could not load the description of ${id} (${response.status}).`);
  return response.json();
}
