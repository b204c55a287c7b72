// The /exercises figures (the chains, cell diagrams, curves and tables, their layouts, and the traces and files they
// draw) load once, when the reader first picks an option: the page's first load carries only the questions.
import { lazyModule } from '$lib/state/lazy-module.js';

/** The figure component and the exercises' files, imported and fetched on the first call; every card shares them. */
export const loadExerciseFigure = lazyModule(async () => {
  const { ExerciseFigure, loadExerciseFiles } = await import('./exercise-figure-module.js');
  return { ExerciseFigure, files: await loadExerciseFiles(fetch) };
});
