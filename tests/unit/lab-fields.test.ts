import { describe, expect, it } from 'vitest';
import { LAB_DEFAULTS, type LabSettings } from '$lib/core/train/lab-settings.js';
import { labFields, toggledCells } from '$lib/state/lab-fields.js';

const fresh = (): LabSettings => ({ ...LAB_DEFAULTS, distances: { ...LAB_DEFAULTS.distances } });
const field = (settings: LabSettings, label: string) =>
  labFields(settings).find((one) => one.label === label)!;

describe('the lab form', () => {
  it('takes values in bounds and keeps the last good one otherwise', () => {
    const settings = fresh();
    expect(field(settings, 'Units').set(32)).toBe(true);
    expect(settings.units).toBe(32);
    for (const bad of [NaN, 0, 129]) expect(field(settings, 'Units').set(bad)).toBe(false);
    expect(settings.units).toBe(32);
    expect(field(settings, 'Learning rate').set(0.003)).toBe(true);
    expect(settings.learningRate).toBe(0.003);
  });

  it('keeps the shortest distance at or below the longest, and the other way round', () => {
    const settings = fresh();
    settings.distances = { min: 5, max: 10 };
    expect(field(settings, 'Shortest distance')).toMatchObject({ min: 2, max: 10, value: 5 });
    expect(field(settings, 'Shortest distance').set(11)).toBe(false);
    expect(field(settings, 'Longest distance')).toMatchObject({ min: 5, max: 40, value: 10 });
    expect(field(settings, 'Longest distance').set(4)).toBe(false);
    expect(field(settings, 'Longest distance').set(40)).toBe(true);
    expect(settings.distances).toEqual({ min: 5, max: 40 });
  });

  it('never leaves no cell chosen, and keeps the site order', () => {
    expect(toggledCells(['lstm'], 'simple_rnn', true)).toEqual(['simple_rnn', 'lstm']);
    expect(toggledCells(['lstm'], 'lstm', false)).toEqual(['lstm']);
    expect(toggledCells(['gru', 'lstm'], 'gru', false)).toEqual(['lstm']);
  });
});
