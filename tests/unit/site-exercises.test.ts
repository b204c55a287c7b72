import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEMORY_MODELS } from '$lib/core/site-sentences.js';
import type { Trace } from '$lib/core/trace/types.js';
import { buildExercises, marginOf, MIN_MARGIN } from '../../src/site/exercises.js';
import { percentText } from '../../src/site/memory-readout.js';
import type { ModelMeta } from '../../src/site/model-meta.js';

const json = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

describe('exercise margins', () => {
  it('marginOf calls a tie at the displayed precision 0: input 0.677 vs output 0.682 both print 0.68', () => {
    expect(marginOf([0.677, 0.682, 0.9], (v) => v.toFixed(2), true)).toBe(0);
  });

  it('marginOf gives 99.97 % against 99.95 % a margin far below MIN_MARGIN', () => {
    expect(marginOf([0.9997, 0.9995], percentText)).toBeLessThan(MIN_MARGIN);
  });

  it('marginOf is relative to the larger of the two, and Infinity for a never-vs-number call', () => {
    expect(marginOf([1, 0.5], String)).toBeCloseTo(0.5, 10);
    expect(marginOf([Infinity, 8, 3], String)).toBe(Infinity);
  });

  it('buildExercises on the shipped traces keeps only questions won by at least MIN_MARGIN', () => {
    const traces = Object.fromEntries(
      MEMORY_MODELS.map((id) => [id, json<Trace>(`static/traces/${id}-ireland.json`)])
    );
    const metas = MEMORY_MODELS.map((id) => json<ModelMeta>(`static/models/${id}/meta.json`));
    const gaps = json<{ labels: string[]; gaps: never[] }>('static/traces/memory-gaps.json');
    const exercises = buildExercises({ traces, metas, gaps: gaps.gaps, labels: gaps.labels });
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    for (const exercise of exercises) {
      expect(exercise.margin, exercise.id).toBeGreaterThanOrEqual(MIN_MARGIN);
      expect(exercise.options).toContain(exercise.answer);
    }
  });
});
