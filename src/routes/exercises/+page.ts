// The files the figures draw once a question is answered: the same traces, gap sentences, training curves,
// tokenizer and meta.json the questions were built from (fetched here so the prerendered page carries them).
import { loadExerciseFiles } from '$site/exercises/data.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, data }) => ({
  ...data,
  files: await loadExerciseFiles(fetch)
});
