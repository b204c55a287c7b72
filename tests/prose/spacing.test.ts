// Words run together where Svelte trims the white space at the start of an {#if} block: "is cut.The memory models",
// "the same ids— sorted". Read from the prerendered pages, so it fails on what a reader would see.
import { describe, expect, it } from 'vitest';
import { builtChapter, PROSE_CHAPTERS } from './check.js';

/** Two sentences with no space between them, or a spaced dash missing its space on one side. */
const RUN_TOGETHER = [/[a-z]{2}[.;:!?][A-Z][a-z]/g, /\w—|—\w/g];
// Elements that sit inside a line of text: removing them joins what a reader sees as one run of text. Block elements
// stay, so list items and paragraphs are never read as one run.
const INLINE = /<\/?(?:span|a|em|strong|b|i|code|var|bdi|abbr|sub|sup|kbd|small|mark)\b[^>]*>/g;

/** The runs of text a reader sees as continuous in a prerendered page's <main>. */
function textRuns(html: string): string[] {
  const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
  return main
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(INLINE, '')
    .split(/<[^>]*>/)
    .map((run) => run.replace(/\s+/g, ' '));
}

describe('prose spacing', () => {
  for (const route of [...PROSE_CHAPTERS, '/playground', '/exercises', '/embed']) {
    it(`${route} has no words run together`, () => {
      const found = textRuns(builtChapter(route)).flatMap((run) =>
        RUN_TOGETHER.flatMap((pattern) => [...run.matchAll(pattern)].map(() => run.trim()))
      );
      expect(found).toEqual([]);
    });
  }
});
