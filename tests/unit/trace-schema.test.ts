import { readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv/dist/2020.js';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { TRACE_SCHEMA, validateTrace } from '$lib/core/trace/index.js';
import { BAD_TRACES, VALID_TRACES, stackTrace } from './trace-fixtures.js';

// strict: true turns ajv's warnings about sloppy schemas (unknown keywords, missing types) into errors.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const schemaValidates = ajv.compile(TRACE_SCHEMA);

/** Runs ajv; returns the JSON pointers it complains about, naming the property for missing and extra keys. */
function schemaErrors(value: unknown): string[] {
  if (schemaValidates(value)) return [];
  return (schemaValidates.errors ?? []).map((error: ErrorObject) => {
    const key = error.params.missingProperty ?? error.params.additionalProperty;
    return typeof key === 'string' ? `${error.instancePath}/${key}` : error.instancePath;
  });
}

/** layers[1].steps[0].h → /layers/1/steps/0/h */
function pointer(path: string): string {
  return path
    .split(/[.[\]]+/)
    .filter((part) => part !== '')
    .map((part) => `/${part}`)
    .join('');
}

describe('TRACE_SCHEMA', () => {
  it.each(VALID_TRACES)('ajv accepts $name', ({ make }) => {
    expect(schemaErrors(make())).toEqual([]);
  });

  const expressible = BAD_TRACES.filter((bad) => bad.schema);
  it.each(expressible)('ajv and parseTrace both reject "$rule" at $path', ({ make, path }) => {
    expect(validateTrace(make())).toHaveLength(1);
    expect(schemaErrors(make())).toContain(pointer(path));
  });

  const crossField = BAD_TRACES.filter((bad) => !bad.schema && bad.json !== false);
  it.each(crossField)('ajv cannot see "$rule"; parseTrace rejects it', ({ make }) => {
    expect(schemaErrors(make())).toEqual([]);
    expect(validateTrace(make())).toHaveLength(1);
  });

  it('parseTrace rejects every random damage that ajv rejects', () => {
    // Seeded walk: replace or delete one random node of a valid trace, many times over.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const replacements = [null, 'text', -1, 0, 2.5, true, [], {}, [1, 'a'], { h: [0] }];
    let rejectedBySchema = 0;
    for (let round = 0; round < 1500; round++) {
      const trace: unknown = stackTrace();
      let parent = trace as Record<string, unknown>;
      let key = '';
      // Descend a random number of levels, picking a random child each time.
      for (let depth = 0; depth < 1 + Math.floor(random() * 8); depth++) {
        const keys = Object.keys(parent);
        const next = keys[Math.floor(random() * keys.length)];
        if (next === undefined) break;
        key = next;
        const child = parent[key];
        if (typeof child !== 'object' || child === null || depth === 7) break;
        parent = child as Record<string, unknown>;
      }
      if (key === '') continue;
      if (random() < 0.2) delete parent[key];
      else parent[key] = replacements[Math.floor(random() * replacements.length)];
      if (schemaErrors(trace).length === 0) continue;
      rejectedBySchema++;
      expect(validateTrace(trace), JSON.stringify(schemaErrors(trace))).not.toEqual([]);
    }
    expect(rejectedBySchema).toBeGreaterThan(500);
  });

  it('has a description on every property', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, child] of Object.entries(node)) {
        if (key === 'if') continue; // conditions, not fields
        if (key === 'properties') {
          for (const [name, property] of Object.entries(child as object)) {
            const isSchema = typeof property === 'object';
            if (isSchema && typeof property.description !== 'string') {
              undocumented.push(`${at}/properties/${name}`);
            }
          }
        }
        walk(child, `${at}/${key}`);
      }
    };
    walk(TRACE_SCHEMA, '#');
    expect(undocumented).toEqual([]);
  });

  it('static/schemas/unrolled-trace-v1.schema.json holds exactly TRACE_SCHEMA', async () => {
    const file = new URL('../../static/schemas/unrolled-trace-v1.schema.json', import.meta.url);
    // After changing schema.ts: WRITE_TRACE_SCHEMA=1 npx vitest run --project unit tests/unit/trace-schema.test.ts
    if (process.env.WRITE_TRACE_SCHEMA === '1') {
      const options = await prettier.resolveConfig(file.pathname);
      const text = await prettier.format(JSON.stringify(TRACE_SCHEMA, null, 2), {
        ...options,
        parser: 'json'
      });
      writeFileSync(file, text);
    }
    expect(JSON.parse(readFileSync(file, 'utf8'))).toStrictEqual(TRACE_SCHEMA);
  });
});
