// The /exercises figures' code (the chains, cell diagrams, curves and tables with their layouts) loads once, when the
// reader first picks an option, so the page's first load carries only the questions.
import { lazyModule } from '$lib/state/lazy-module.js';

/** Imports ExerciseFigure.svelte on first call; every card shares the one import. */
export const loadExerciseFigure = lazyModule(() => import('./ExerciseFigure.svelte'));
