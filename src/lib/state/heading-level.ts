// The heading level of figure titles below a component: a chapter's figures sit under its h2 sections (h3), while a
// figure embedded on a course page right under the page's h1 needs h2, or the outline skips a level.
import { createContext } from 'svelte';

const [getLevel, setLevel, hasLevel] = createContext<number>();

/** Figure titles below the calling component use `<h{level}>` (clamped to 2–6). */
export function provideHeadingLevel(level: number): void {
  setLevel(Math.min(6, Math.max(2, Math.round(level))));
}

/** The heading level for a figure title: the one provided above, else 3. */
export function headingLevel(): number {
  return hasLevel() ? getLevel() : 3;
}
