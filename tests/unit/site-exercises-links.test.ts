import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_MODELS } from '$lib/core/site-sentences.js';
import { buildExercises } from '../../src/site/exercises/index.js';
import { CHAPTER_STATES, linkProblem } from '../../src/site/exercises/routes.js';
import type { Trace } from '$lib/core/trace/types.js';
import { shipped, shippedExerciseData } from './site-exercises-data.js';

const data = shippedExerciseData();
const exercises = buildExercises(data);
const context = {
  traces: {
    ...data.traces,
    'memory-rnn-ireland': shipped<Trace>('traces/memory-rnn-ireland.json')
  },
  gaps: data.gaps.length,
  models: SHIPPED_MODELS
};

/** The source of a chapter: its page, load and the site components it renders that read the URL. */
function chapterSource(path: string): string {
  const dir = `src/routes${path}`;
  const files = ['+page.svelte', '+page.ts', '+page.server.ts'].map((f) => `${dir}/${f}`);
  const own = files.filter(existsSync).map((f) => readFileSync(f, 'utf8'));
  const used = own
    .join('\n')
    .match(/\$site\/[\w-]+\.svelte(\.js)?/g)
    ?.map((m) => `src/site/${m.slice('$site/'.length).replace(/\.js$/, '.ts')}`)
    .filter(existsSync)
    .map((f) => readFileSync(f, 'utf8'));
  return [...own, ...(used ?? [])].join('\n');
}

/** How a page reads each query key back. */
const READERS: Record<string, RegExp> = {
  step: /stepFromUrl\(|StepAndUnitInUrl/,
  unit: /StepAndUnitInUrl/,
  gap: /intFromUrl\(page\.url, 'gap'/,
  regime: /searchParams\.get\('regime'\)/,
  text: /searchParams\.get\('text'\)/,
  m: /params\.get\('m'\)/,
  s: /params\.get\('s'\)/
};

describe('exercise links', () => {
  it('every exercise links to a page state that exists (route, step in the trace, unit in the layer)', () => {
    for (const e of exercises) expect(linkProblem(e, context), e.id).toBeUndefined();
  });

  it('CHAPTER_STATES is true of the chapters: each reads its keys and loads its trace', () => {
    for (const [path, state] of Object.entries(CHAPTER_STATES)) {
      const source = chapterSource(path);
      expect(source, path).not.toBe('');
      for (const key of state.reads) expect(source, `${path} ?${key}=`).toMatch(READERS[key]!);
      if (state.trace) {
        const stem = state.trace.replace(/^memory-rnn-/, '${model}-');
        expect(source.includes(state.trace) || source.includes(stem), path).toBe(true);
      }
      if (state.allUnits) expect(source, path).toMatch(/allowAll: true/);
      for (const hash of state.hashes ?? [])
        expect(source, `${path}#${hash}`).toMatch(`id="${hash}"`);
    }
  });

  it('linkProblem names a step past the trace, an unread key and an unknown route', () => {
    const e = exercises.find((x) => x.link.path === '/lstm')!;
    const at = (link: object) => linkProblem({ ...e, link: { ...e.link, ...link } }, context);
    expect(at({ query: { step: 99 } })).toMatch(
      /step 99 is outside memory-lstm-ireland's 14 steps/
    );
    expect(at({ query: { unit: 32 } })).toMatch(/unit 32 is outside/);
    expect(at({ query: { gap: 1 } })).toBe('/lstm does not read ?gap=');
    expect(at({ path: '/nowhere' })).toMatch(/not a chapter/);
  });
});
