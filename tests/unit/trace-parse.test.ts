import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnrolledError } from '$lib/core/errors.js';
import { MAX_TRACE_PROBLEMS, parseTrace, validateTrace } from '$lib/core/trace/index.js';
import type { LstmGates } from '$lib/core/trace/index.js';
import {
  BAD_TRACES,
  VALID_TRACES,
  broken,
  makeTrace,
  problemPath,
  stackTrace
} from './trace-fixtures.js';

/** The message parseTrace throws for `input`, or undefined when it accepts it. */
function thrown(input: unknown): string | undefined {
  try {
    parseTrace(input);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(UnrolledError);
    expect((error as UnrolledError).code).toBe('bad-trace');
    return (error as UnrolledError).message;
  }
}

describe('parseTrace(trace) accepts valid traces', () => {
  it.each(VALID_TRACES)('parseTrace($name) returns it unchanged', ({ make }) => {
    const trace = make();
    const before = structuredClone(trace);
    expect(parseTrace(trace)).toBe(trace);
    expect(trace).toEqual(before);
  });

  it.each(VALID_TRACES)('parseTrace(JSON.stringify($name)) round-trips', ({ make }) => {
    const trace = make();
    expect(parseTrace(JSON.stringify(trace))).toEqual(trace);
    expect(parseTrace(JSON.stringify(trace, null, 2))).toEqual(trace);
  });

  it('parseTrace(text) ignores a leading byte-order mark', () => {
    const trace = stackTrace();
    expect(parseTrace(`\uFEFF${JSON.stringify(trace)}`)).toEqual(trace);
  });

  it('parseTrace(trace) treats undefined properties as absent, as JSON.stringify does', () => {
    const trace = broken(stackTrace(), (t) => {
      t.layers[2].steps[0].c = undefined;
      t.check.mode = undefined;
    });
    expect(thrown(trace)).toBeUndefined();
  });
});

describe('parseTrace(bad trace) names the broken rule and its path', () => {
  it.each(BAD_TRACES)('$rule → $path', ({ make, path }) => {
    const problems = validateTrace(make());
    expect(problems.map(problemPath)).toEqual([path]);
    expect(thrown(make())).toBe(problems[0]);
  });

  it('every message is one line ending in a full stop', () => {
    for (const { make } of BAD_TRACES) expect(thrown(make())).toMatch(/^Trace [^\n]+\.$/);
  });

  const cases: [string, unknown, string][] = [
    [
      'a short gate',
      broken(makeTrace(3, [{ name: 'lstm', cell: 'lstm', units: 64 }]), (t) =>
        t.layers[0].steps[2].gates.forget.pop()
      ),
      'Trace is invalid at layers[0].steps[2].gates.forget: expected 64 numbers (units), got 63.'
    ],
    [
      'a missing step',
      broken(stackTrace(), (t) => t.layers[1].steps.pop()),
      'Trace is invalid at layers[1].steps: expected 3 steps (tokens), got 2.'
    ],
    [
      'a GRU step with c',
      broken(stackTrace(), (t) => (t.layers[2].steps[0].c = [0, 0, 0])),
      'Trace is invalid at layers[2].steps[0].c: only LSTM steps have a cell state c; this layer is GRU.'
    ],
    [
      'an LSTM step without c',
      broken(stackTrace(), (t) => delete t.layers[0].steps[2].c),
      'Trace is invalid at layers[0].steps[2].c: missing (every LSTM step carries its cell state c).'
    ],
    [
      'a GRU gate on an LSTM',
      broken(stackTrace(), (t) => (t.layers[0].steps[0].gates.update = [0, 0, 0, 0])),
      'Trace is invalid at layers[0].steps[0].gates.update: not a gate of an LSTM cell (its gates: input, forget, candidate, output).'
    ],
    [
      'a NaN',
      broken(stackTrace(), (t) => (t.layers[3].steps[1].h[0] = NaN)),
      'Trace is invalid at layers[3].steps[1].h[0]: expected a finite number, got NaN.'
    ],
    [
      'a split Bidirectional layer',
      broken(stackTrace(), (t) => t.layers.push(...t.layers.splice(1, 1))),
      'Trace is invalid at layers[3].name: "bi" already names layers[0]; the two entries of a Bidirectional layer must be adjacent, forward then backward.'
    ],
    [
      'short influence',
      broken(stackTrace(), (t) => t.influence.pop()),
      'Trace is invalid at influence: expected 3 numbers (tokens), got 2.'
    ],
    [
      'a missing field',
      broken(stackTrace(), (t) => delete t.layers[3].units),
      'Trace is invalid at layers[3].units: missing (expected a positive integer).'
    ],
    [
      'an unknown field',
      broken(stackTrace(), (t) => (t.layers[0].steps[1].mased = true)),
      'Trace is invalid at layers[0].steps[1].mased: unknown property (allowed: h, c, gates, masked, x).'
    ],
    [
      'an odd key',
      broken(stackTrace(), (t) => (t.check['max abs diff'] = 0)),
      'Trace is invalid at check["max abs diff"]: unknown property (allowed: maxAbsDiff, against, backend, mode, compared, skipped, reference).'
    ],
    [
      'a wrong type',
      broken(stackTrace(), (t) => (t.tokens[0].id = '2')),
      'Trace is invalid at tokens[0].id: expected an integer ≥ 0, got a string ("2").'
    ],
    [
      'a later version',
      broken(stackTrace(), (t) => (t.version = 2)),
      'Trace version 2 is not supported by this version of unrolled (supported: 1).'
    ],
    [
      'a version as text',
      broken(stackTrace(), (t) => (t.version = '1')),
      'Trace is invalid at version: expected the number 1, got a string ("1").'
    ],
    [
      'another JSON file',
      { format: 'layers-model', modelTopology: {} },
      'Trace is invalid at format: expected "unrolled-trace", got a string ("layers-model") (is this an unrolled trace?).'
    ],
    ['null', null, 'Trace is invalid: expected an object, got null.'],
    ['JSON null', 'null', 'Trace is invalid: expected an object, got null.']
  ];
  it.each(cases)('parseTrace(%s) says exactly what is wrong', (_, input, message) => {
    expect(thrown(input)).toBe(message);
  });
});

describe('parseTrace(text) explains text that is not JSON', () => {
  const cases: [string, string][] = [
    ['{"a": }', 'Unexpected "}" at position 6 (line 1, column 7)'],
    [
      '{\n  "format": "unrolled-trace",\n  "version": 1,,\n}',
      'Unexpected "," at position 47 (line 3, column 16)'
    ],
    ['{"tokens": [1, 2', 'Unexpected end of input at position 16 (line 1, column 17)'],
    ["{'format': 1}", 'Unexpected "\'" at position 1 (line 1, column 2)'],
    ['{"a": NaN}', 'Unexpected "N" at position 6 (line 1, column 7)'],
    ['{"a": 1} x', 'Unexpected "x" at position 9 (line 1, column 10)'],
    ['{"a": "tab\there"}', 'Unexpected "\\t" at position 10 (line 1, column 11)'],
    ['{"a": "\\x"}', 'Unexpected "x" at position 8 (line 1, column 9)'],
    ['  \n ', 'the text is empty']
  ];
  it.each(cases)('parseTrace(%j) → %s', (text, detail) => {
    expect(thrown(text)).toBe(`Trace is not JSON: ${detail}.`);
  });

  it('parseTrace(text) locates the error whenever JSON.parse rejects a damaged trace', () => {
    const text = JSON.stringify(makeTrace(2, [{ name: 'g', cell: 'gru', units: 2 }]), null, 1);
    let rejected = 0;
    // Delete, then double, each character in turn: JSON.parse is the judge of what is broken.
    for (let i = 0; i < text.length; i++) {
      for (const damaged of [
        text.slice(0, i) + text.slice(i + 1),
        text.slice(0, i + 1) + text.slice(i)
      ]) {
        let parses = true;
        try {
          JSON.parse(damaged);
        } catch {
          parses = false;
        }
        const message = thrown(damaged) ?? '';
        expect(message.startsWith('Trace is not JSON'), damaged).toBe(!parses);
        if (parses) continue;
        rejected++;
        expect(message).toMatch(
          /^Trace is not JSON: Unexpected .+ at position \d+ \(line \d+, column \d+\)\.$/
        );
      }
    }
    expect(rejected).toBeGreaterThan(100);
  });
});

describe('validateTrace(value)', () => {
  it('validateTrace(valid trace) is empty', () => {
    for (const { make } of VALID_TRACES) expect(validateTrace(make())).toEqual([]);
  });

  it('validateTrace(trace) lists every problem in document order', () => {
    const trace = broken(stackTrace(), (t) => {
      t.tokens[0].id = -1;
      t.layers[0].steps[1].h.pop();
      t.layers[2].steps[2].gates.reset = 'r';
      t.check.backend = '';
    });
    expect(validateTrace(trace).map(problemPath)).toEqual([
      'tokens[0].id',
      'layers[0].steps[1].h',
      'layers[2].steps[2].gates.reset',
      'check.backend'
    ]);
  });

  it(`validateTrace(trace) stops after ${MAX_TRACE_PROBLEMS} problems`, () => {
    const trace = broken(makeTrace(30, [{ name: 'r', cell: 'simple_rnn', units: 2 }]), (t) => {
      for (const step of t.layers[0].steps) step.h = [0];
    });
    const problems = validateTrace(trace);
    expect(problems).toHaveLength(MAX_TRACE_PROBLEMS);
    expect(problems[MAX_TRACE_PROBLEMS - 1]).toContain(`steps[${MAX_TRACE_PROBLEMS - 1}].h:`);
  });

  it('validateTrace(text) reads JSON text like parseTrace does', () => {
    expect(validateTrace('{"a": }')).toEqual([thrown('{"a": }')]);
    expect(validateTrace(JSON.stringify(stackTrace()))).toEqual([]);
  });

  it('validateTrace(trace) reports a wrong version alone', () => {
    const trace = broken(stackTrace(), (t) => {
      t.version = 3;
      t.layers = 'none';
    });
    expect(validateTrace(trace)).toEqual([
      'Trace version 3 is not supported by this version of unrolled (supported: 1).'
    ]);
  });
});

describe('parseTrace(docs example)', () => {
  const markdown = readFileSync(new URL('../../docs/trace-format.md', import.meta.url), 'utf8');
  const block = /```json\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
  const example = parseTrace(block);

  it('accepts the example in docs/trace-format.md', () => {
    expect(example.tokens).toHaveLength(2);
    expect(example.layers[0]?.units).toBe(2);
  });

  it('its numbers follow c = f⊙c₋₁ + i⊙g and h = o⊙tanh(c), to the 4 decimals shown', () => {
    let previous = [0, 0];
    for (const step of example.layers[0]?.steps ?? []) {
      const { input, forget, candidate, output } = step.gates as LstmGates;
      const c = previous.map((cell, k) => forget[k]! * cell + input[k]! * candidate[k]!);
      step.c!.forEach((value, k) => expect(value).toBeCloseTo(c[k]!, 4));
      step.h.forEach((value, k) => expect(value).toBeCloseTo(output[k]! * Math.tanh(c[k]!), 4));
      previous = step.c!;
    }
  });
});
