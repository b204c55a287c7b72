// The precomputed traces in static/traces/ still match the shipped models: each is recomputed the way
// scripts/make-site-traces.ts makes it and compared with the file (ids exactly, numbers within 1e-6).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MEMORY_GAPS, SITE_SENTENCES } from '$lib/core/site-sentences.js';
import { siteTraceMaker } from '../../scripts/site-traces.js';

tf.env().set('IS_TEST', true);
beforeAll(async () => {
  await tf.setBackend('cpu');
});

const TOLERANCE = 1e-6;
/** Keys whose numbers are identities or counts, never measurements: they must match exactly. */
const EXACT_KEYS = new Set(['id', 'ids', 'version', 'units', 'gap', 'distance', 'countryPosition']);
/** Both sides are rounded to 6 decimals, so a value on a rounding edge may move by one last digit. */
const SLACK = 1e-12;

/** Paths where `actual` differs from `expected`: structure and strings exactly, numbers within TOLERANCE. */
function differences(expected: unknown, actual: unknown, at = '$', exact = false): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const gap = Math.abs(expected - actual);
    return (exact ? gap === 0 : gap <= TOLERANCE + SLACK)
      ? []
      : [`${at}: file ${expected}, recomputed ${actual}`];
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      return [`${at}: file has ${expected.length} items, recomputed ${actual.length}`];
    }
    return expected.flatMap((item, i) => differences(item, actual[i], `${at}[${i}]`, exact));
  }
  if (isRecord(expected) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    return keys.flatMap((key) =>
      differences(expected[key], actual[key], `${at}.${key}`, exact || EXACT_KEYS.has(key))
    );
  }
  return Object.is(expected, actual)
    ? []
    : [`${at}: file ${JSON.stringify(expected)}, recomputed ${JSON.stringify(actual)}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as it looks once written to JSON and read back (drops undefined, as the files do). */
const asSaved = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const readTrace = async (name: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join('static', 'traces', `${name}.json`), 'utf8'));

const maker = siteTraceMaker(path.join('static', 'models'));

describe('static/traces', () => {
  for (const site of SITE_SENTENCES) {
    it(`siteTraceMaker(static/models).sentence(${site.name}) matches ${site.name}.json`, async () => {
      const found = differences(await readTrace(site.name), asSaved(await maker.sentence(site)));
      expect(found.slice(0, 5)).toEqual([]);
    }, 60_000);
  }

  it('siteTraceMaker(static/models).memoryGaps(MEMORY_GAPS) matches memory-gaps.json', async () => {
    const found = differences(
      await readTrace('memory-gaps'),
      asSaved(await maker.memoryGaps(MEMORY_GAPS))
    );
    expect(found.slice(0, 5)).toEqual([]);
    // 93 full traces plus 1023 replays with the country swapped.
  }, 180_000);
});

describe('differences(expected, actual)', () => {
  it('differences(1, 1 + 2e-6) finds the number; within 1e-6 it finds none', () => {
    expect(differences({ h: [1] }, { h: [1 + 2e-6] })).toEqual([
      '$.h[0]: file 1, recomputed 1.000002'
    ]);
    expect(differences({ h: [1] }, { h: [1 + 1e-6] })).toEqual([]);
  });

  it('differences(tokens) wants ids exactly and the same keys and lengths', () => {
    expect(differences({ tokens: [{ id: 2 }] }, { tokens: [{ id: 2 + 1e-9 }] })).toHaveLength(1);
    expect(differences({ a: 1 }, { a: 1, b: 2 })).toEqual(['$.b: file undefined, recomputed 2']);
    expect(differences([1, 2], [1])).toEqual(['$: file has 2 items, recomputed 1']);
    expect(differences({ text: 'Ireland' }, { text: 'Irland' })).toHaveLength(1);
  });
});
