// Everything an /exercises figure needs, as one chunk the page imports on demand: the figure component and the code
// that fetches and reads the files it draws.
export { default as ExerciseFigure } from './ExerciseFigure.svelte';
export { loadExerciseFiles } from './exercises/data.js';
