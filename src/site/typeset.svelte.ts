// KaTeX loaded on demand: its ~75 KB (gzipped) stay out of a chapter's first load. The server loads it before it
// prerenders a page, so the equations arrive as markup and the browser needs KaTeX only once their numbers change.
import type katexModule from 'katex';
import { KATEX_OPTIONS } from '$lib/geometry/layout/equation.js';

type Katex = typeof katexModule;

// Loaded ahead of need (on the server, or on the reader's first move): typesets, redraws nothing.
let preloaded: Katex | undefined;
// Set only when KaTeX arrives after an equation fell back to text, so only then do equations redraw.
let arrived: Katex | undefined = $state.raw();
let fellBack = false;
let loading: Promise<void> | undefined;

/** Loads KaTeX once; equations that fell back to text while it loaded redraw when it arrives. */
export function loadTypesetter(): Promise<void> {
  loading ??= import('katex').then((module) => {
    preloaded = module.default;
    if (fellBack) arrived = module.default;
  });
  return loading;
}

/** KaTeX's markup for some TeX, or undefined while KaTeX is not loaded. */
export function typeset(tex: string): string | undefined {
  return (arrived ?? preloaded)?.renderToString(tex, KATEX_OPTIONS);
}

/** Loads KaTeX for equations showing their text now: they redraw when it arrives. */
export function requestTypesetter(): void {
  fellBack = true;
  void loadTypesetter();
}

/** Like typeset, but a miss starts loading KaTeX and redraws the caller when it arrives. */
export function typesetOrLoad(tex: string): string | undefined {
  const html = typeset(tex);
  if (html === undefined) requestTypesetter();
  return html;
}
