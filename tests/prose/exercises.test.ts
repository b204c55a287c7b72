// /exercises against the shipped files: its questions are built from the models' numbers at prerender, so every
// number its prerendered page prints must be one that building the exercises from today's files prints again.
import { describe, expect, it } from 'vitest';
import type { Trace } from '../../src/lib/core/trace/types.js';
import { buildExercises, type Exercise } from '../../src/site/exercises/index.js';
import { shippedExerciseData } from '../unit/site-exercises-data.js';
import { builtChapter } from './check.js';
import { readProse, type ChapterProse } from './walk.js';

// Numbers that are not measurements: the questions' own numbering.
const ALLOWED = [/Question \d+/g, /\d+ of \d+ answered/g];

/** Every number in the page's prose that no question built from `exercises` prints at that place, one line each. */
function exerciseProblems(prose: ChapterProse, exercises: readonly Exercise[]): string[] {
  const covered: [number, number][] = [];
  const cover = (pattern: RegExp) => {
    for (const match of prose.text.matchAll(pattern))
      covered.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  };
  ALLOWED.forEach(cover);
  // A quote covers its number only inside text that the rebuilt questions print (prompt or option), so a stale
  // page whose question still reads "0.68" fails once the files give 0.69, even if 0.69 appears elsewhere.
  for (const exercise of exercises)
    for (const printed of [exercise.prompt, ...exercise.options]) {
      const at = prose.text.indexOf(printed);
      if (at >= 0) covered.push([at, at + printed.length]);
    }
  return prose.bare
    .filter(({ index }) => !covered.some(([from, to]) => index >= from && index < to))
    .map(
      ({ number, context }) =>
        `/exercises: ${number} is not what today's files give: “…${context}…”`
    );
}

describe('/exercises', () => {
  const prose = readProse(builtChapter('/exercises'));

  it('prints only numbers that the shipped files give its questions', () => {
    expect(prose.bare.length, 'a page with no numbers would check nothing').toBeGreaterThan(0);
    expect(exerciseProblems(prose, buildExercises(shippedExerciseData()))).toEqual([]);
  });

  // The explanations are built with the questions at prerender but printed only after a check, so the prose holds
  // the prompts and options: what a stale page gets wrong is their text, which quotes the files' sizes and distances.
  it("fails when the notebook model's vocabulary in meta.json changes", () => {
    const data = shippedExerciseData();
    data.notebook = { ...data.notebook!, vocabSize: data.notebook!.vocabSize + 1 };
    expect(exerciseProblems(prose, buildExercises(data)).join('\n')).toMatch(/383 is not what/);
  });

  it('fails when the LSTM trace has one unit fewer', () => {
    const data = shippedExerciseData();
    const trace = structuredClone(data.traces['memory-lstm-ireland']) as Trace;
    for (const step of trace.layers[0]!.steps)
      for (const values of Object.values(step.gates ?? {})) (values as number[]).pop();
    trace.layers[0]!.units -= 1;
    data.traces['memory-lstm-ireland'] = trace;
    expect(exerciseProblems(prose, buildExercises(data)).join('\n')).toMatch(/32 is not what/);
  });
});
