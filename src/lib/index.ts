// unrolled: Svelte 5 components that show what recurrent networks do inside.
export { default as TokenStrip } from './components/TokenStrip.svelte';
export type { Token } from './core/token.js';
