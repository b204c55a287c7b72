// The training lab (its component, state and settings reader): a chunk only a page with <unrolled-train> loads.
export { default } from './TrainBody.svelte';
