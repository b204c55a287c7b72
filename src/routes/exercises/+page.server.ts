// The questions are built here, at prerender, from the shipped files: the page ships them as text, and the browser
// loads the files (and the figures' code) only when a reader answers. The memory experiment is read here too: its
// headline numbers and the forgetting curves only (a universal load would inline the whole results file into the page).
import { chanceLevel } from '$lib/geometry/layout/forgetting-curve.js';
import { loadExperimentHeadline } from '$site/experiment.js';
import {
  buildExercises,
  exerciseData,
  loadExerciseFiles,
  shownExercise
} from '$site/exercises/index.js';
import { loadMemoryFigures } from '$site/memory-experiment.js';
import { loadModelMeta } from '$site/model-meta.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const meta = await loadModelMeta(fetch, 'memory-rnn');
  const chance = chanceLevel(meta.labels.length);
  const [headline, figures, files] = await Promise.all([
    loadExperimentHeadline(fetch),
    loadMemoryFigures(fetch, chance),
    loadExerciseFiles(fetch)
  ]);
  const regimes = figures.regimes.map(({ name, label, series }) => ({ name, label, series }));
  const exercises = buildExercises(exerciseData(files, headline)).map(shownExercise);
  return { exercises, regimes, chance };
};
