// The chain figure's drawing: a chunk of its own, loaded only by a page that shows it.
export { default } from '../../components/UnrolledChain.svelte';
