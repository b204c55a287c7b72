// The training lab's component, state and settings reader: a chunk loaded only by a page with <unrolled-train>.
export { default as TrainingLabView } from '../../components/TrainingLab.svelte';
export { labBackendOf, labSettingsFrom } from '../../core/train/lab-settings.js';
export { TrainingLab } from '../../state/training-lab.svelte.js';
