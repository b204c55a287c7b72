// The parts of a shipped model's meta.json (static/models/<id>/meta.json) the site's pages read.
import { SHIPPED_MODELS } from '$lib/core/site-sentences.js';
import type { ForgettingBucket } from '$lib/geometry/layout/forgetting-curve.js';

import type { TrainingPoint } from '$lib/geometry/layout/training-curve.js';

export type { TrainingPoint };

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
  /** Numbers per token out of the embedding. */
  embeddingSize: number;
  /** Ids in the vocabulary, padding and out-of-vocabulary ids included. */
  vocabSize: number;
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

export { SHIPPED_MODELS };

/** The shipped models a reader can type a sentence into (they come with a tokenizer). */
export const TYPEABLE_MODELS = SHIPPED_MODELS.filter((id) => id !== 'fibonacci');

/** What pages that only list or pick models need of a meta.json. */
export type ModelSummary = Pick<
  ModelMeta,
  'id' | 'title' | 'cell' | 'labels' | 'tokenizer' | 'vocabSize' | 'task'
>;

/**
 * The summaries of `ids`, for a server load at prerender: only these fields reach the page (a universal load would
 * inline the whole files, training curves and all, into its HTML).
 */
export async function loadModelSummaries(
  fetch: typeof globalThis.fetch,
  ids: readonly string[]
): Promise<ModelSummary[]> {
  const metas = await Promise.all(ids.map((id) => loadModelMeta(fetch, id)));
  return metas.map(({ id, title, cell, labels, tokenizer, vocabSize, task }) => ({
    id,
    title,
    cell,
    labels,
    tokenizer,
    vocabSize,
    task
  }));
}

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
