// unrolled/core: pure maths and data, no Svelte, no DOM, no tfjs.
export type { Token } from './token.js';
export { textDirection } from './text-direction.js';
export { splitWords } from './split-words.js';
