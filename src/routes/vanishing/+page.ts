import { loadMemoryGradients } from '$site/vanishing.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => ({
  gradients: await loadMemoryGradients(fetch)
});
