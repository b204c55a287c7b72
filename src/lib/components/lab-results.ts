// The lab's result views (curves, heatmaps, the per-epoch trace figures, the download and playground buttons) load on
// Start, not with the page: before a run there is nothing for them to draw.
import { lazyModule } from '../state/lazy-module.js';

/** Imports LabResults.svelte on first call (Start, or the first results of a run started elsewhere). */
export const loadLabResults = lazyModule(() => import('./LabResults.svelte'));
