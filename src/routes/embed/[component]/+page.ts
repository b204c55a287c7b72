import { error } from '@sveltejs/kit';
import { EMBED_COMPONENTS, embedComponent } from '$lib/elements/embed/components.js';
import type { EntryGenerator, PageLoad } from './$types';

// The embed is static HTML with two module scripts and no SvelteKit script: csr = false keeps inline
// scripts out, so the page works under its own `script-src 'self'`.
export const prerender = true;
export const csr = false;

/** One page per embeddable figure. */
export const entries: EntryGenerator = () =>
  EMBED_COMPONENTS.map((component) => ({ component: component.name }));

export const load: PageLoad = ({ params }) => {
  const component = embedComponent(params.component);
  if (!component) error(404, `There is no figure called “${params.component}” to embed.`);
  return { component };
};
