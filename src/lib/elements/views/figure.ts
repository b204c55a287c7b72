// What every figure element draws (data, playback, the figure's component): a chunk the elements load on connect.
export { default } from './FigureBody.svelte';
