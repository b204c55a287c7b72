// Reads a trace and says exactly what is wrong with it: everything TRACE_SCHEMA says, plus the rules
// that need two fields at once. Hand-written loops, because a 500-step two-direction LSTM trace
// holds close to a million numbers and a generic schema validator would be a library dependency.
import { UnrolledError } from '../errors.js';
import { interventionProblem } from './intervention.js';
import type { CellKind, Trace } from './types.js';

/** The most problems validateTrace lists; it stops looking after that many. */
export const MAX_TRACE_PROBLEMS = 20;

const SUPPORTED_VERSION = 1;
const CELLS: readonly CellKind[] = ['simple_rnn', 'lstm', 'gru'];
const DIRECTIONS = ['forward', 'backward'];
const CELL_NAMES: Record<CellKind, string> = { simple_rnn: 'SimpleRNN', lstm: 'LSTM', gru: 'GRU' };
const A_CELL: Record<CellKind, string> = {
  simple_rnn: 'a SimpleRNN',
  lstm: 'an LSTM',
  gru: 'a GRU'
};
const GATES: Record<CellKind, readonly string[]> = {
  simple_rnn: [],
  lstm: ['input', 'forget', 'candidate', 'output'],
  gru: ['update', 'reset', 'candidate']
};
const TRACE_KEYS = [
  'format',
  'version',
  'tokens',
  'layers',
  'output',
  'influence',
  'check',
  'gradients',
  'interventions'
];
const TOKEN_KEYS = ['text', 'id'];
const LAYER_KEYS = [
  'name',
  'cell',
  'direction',
  'units',
  'steps',
  'activation',
  'recurrentActivation',
  'resetAfter'
];
const STEP_KEYS = ['h', 'c', 'gates', 'masked', 'x'];
const CHECK_KEYS = ['maxAbsDiff', 'against', 'backend', 'mode', 'compared', 'skipped', 'reference'];
const REFERENCE_KEYS = ['replay', 'tfjs'];
const INPUTS_RULE = 'keep x on every step of a layer or on none.';

type Json = Record<string, unknown>;

/** Problems found so far, and how many are worth finding. */
interface Findings {
  readonly problems: string[];
  readonly limit: number;
}

/** What a scalar field must be: a phrase for messages and the test itself. */
interface Rule {
  readonly expected: string;
  readonly test: (value: unknown) => boolean;
}

/** What a vector must look like; `why` names where an exact length comes from. */
interface VectorRule {
  readonly length?: number;
  readonly why?: string;
  readonly nonEmpty?: boolean;
  readonly nonNegative?: boolean;
}

/** What every step of one layer must agree on. */
interface LayerShape {
  readonly cell: CellKind | undefined;
  readonly units: number | undefined;
  readonly keepsInputs: boolean;
  readonly inputLength: number | undefined;
}

const anyString: Rule = { expected: 'a string', test: (v) => typeof v === 'string' };
const nonEmptyString: Rule = {
  expected: 'a non-empty string',
  test: (v) => typeof v === 'string' && v.length > 0
};
const boolean: Rule = { expected: 'true or false', test: (v) => typeof v === 'boolean' };
const positiveInteger: Rule = {
  expected: 'a positive integer',
  test: (v) => Number.isInteger(v) && (v as number) >= 1
};
const nonNegativeInteger: Rule = {
  expected: 'an integer ≥ 0',
  test: (v) => Number.isInteger(v) && (v as number) >= 0
};
const nonNegativeNumber: Rule = {
  expected: 'a finite number ≥ 0',
  test: (v) => Number.isFinite(v) && (v as number) >= 0
};
const oneOf = (values: readonly string[]): Rule => ({
  expected: `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
  test: (v) => values.includes(v as string)
});
const cellRule = oneOf(CELLS);
const directionRule = oneOf(DIRECTIONS);
const modeRule = oneOf(['absolute', 'relative']);
const comparedRule = oneOf(['all', 'partial', 'none']);
const stringList: Rule = {
  expected: 'an array of strings',
  test: (v) => Array.isArray(v) && v.every((item) => typeof item === 'string')
};

/** Parses (when given a string) and validates a trace; throws UnrolledError('bad-trace') with a one-line message naming the first problem's JSON path. Returns the input value itself, not a copy. */
export function parseTrace(input: unknown): Trace {
  const value = typeof input === 'string' ? parseJson(input) : input;
  const [problem] = findProblems(value, 1);
  if (problem !== undefined) throw new UnrolledError('bad-trace', problem);
  return value as Trace;
}

/** Every problem with a trace (a JSON string or a parsed value), as the one-line messages parseTrace would throw; at most MAX_TRACE_PROBLEMS, empty when valid. */
export function validateTrace(input: unknown): string[] {
  if (typeof input !== 'string') return findProblems(input, MAX_TRACE_PROBLEMS);
  try {
    return findProblems(parseJson(input), MAX_TRACE_PROBLEMS);
  } catch (error) {
    if (error instanceof UnrolledError) return [error.message];
    throw error;
  }
}

function parseJson(text: string): unknown {
  // Editors on Windows like to start files with a byte-order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = `Trace is not JSON: ${describeSyntaxError(body, error)}.`;
    throw new UnrolledError('bad-trace', message, { cause: error });
  }
}

function findProblems(value: unknown, limit: number): string[] {
  const f: Findings = { problems: [], limit };
  if (!isObject(value)) {
    report(f, '', `expected an object, got ${describe(value)}.`);
    return f.problems;
  }
  // A wrong format or version makes every other complaint noise: say only that.
  if (value.format !== 'unrolled-trace') {
    const got = value.format === undefined ? 'missing' : `got ${describe(value.format)}`;
    report(f, 'format', `expected "unrolled-trace", ${got} (is this an unrolled trace?).`);
    return f.problems;
  }
  const version = value.version;
  if (version !== SUPPORTED_VERSION) {
    if (typeof version === 'number') {
      f.problems.push(
        `Trace version ${version} is not supported by this version of unrolled (supported: ${SUPPORTED_VERSION}).`
      );
    } else {
      const got = version === undefined ? 'missing' : `got ${describe(version)}`;
      report(f, 'version', `expected the number ${SUPPORTED_VERSION}, ${got}.`);
    }
    return f.problems;
  }
  unknownKeys(value, '', TRACE_KEYS, f);
  const tokenCount = checkTokens(value.tokens, f);
  checkLayers(value.layers, tokenCount, f);
  if (value.output === undefined) missing(f, 'output', 'a non-empty array of numbers');
  else checkVector(value.output, 'output', { nonEmpty: true }, f);
  const perToken: VectorRule = { length: tokenCount, why: 'tokens', nonNegative: true };
  if (value.influence === undefined) missing(f, 'influence', 'an array of numbers ≥ 0');
  else checkVector(value.influence, 'influence', perToken, f);
  checkCheck(value.check, f);
  if (value.gradients !== undefined) checkGradients(value, tokenCount, f);
  checkInterventions(value.interventions, f);
  return f.problems;
}

function checkTokens(value: unknown, f: Findings): number | undefined {
  const tokens = arrayAt(value, 'tokens', 'a non-empty array of tokens', f);
  if (tokens === undefined) return undefined;
  for (let i = 0; i < tokens.length && !full(f); i++) {
    const at = `tokens[${i}]`;
    const token = objectAt(tokens[i], at, 'a token {text, id}', TOKEN_KEYS, f);
    if (token === undefined) continue;
    field(token, 'text', at, anyString, f);
    field(token, 'id', at, nonNegativeInteger, f);
  }
  return tokens.length;
}

function checkLayers(value: unknown, tokenCount: number | undefined, f: Findings): void {
  const layers = arrayAt(value, 'layers', 'a non-empty array of layers', f);
  if (layers === undefined) return;
  for (let i = 0; i < layers.length && !full(f); i++) {
    checkLayer(layers[i], `layers[${i}]`, tokenCount, f);
  }
  checkBidirectionalPairs(layers, f);
}

function checkLayer(value: unknown, at: string, tokenCount: number | undefined, f: Findings): void {
  const layer = objectAt(value, at, 'a layer object', LAYER_KEYS, f);
  if (layer === undefined) return;
  field(layer, 'name', at, nonEmptyString, f);
  const cell = field(layer, 'cell', at, cellRule, f) ? (layer.cell as CellKind) : undefined;
  field(layer, 'direction', at, directionRule, f);
  const units = field(layer, 'units', at, positiveInteger, f) ? (layer.units as number) : undefined;
  optionalField(layer, 'activation', at, nonEmptyString, f);
  if (cell === 'simple_rnn' && layer.recurrentActivation !== undefined) {
    report(f, `${at}.recurrentActivation`, 'a SimpleRNN has no gates, so no recurrentActivation.');
  } else optionalField(layer, 'recurrentActivation', at, nonEmptyString, f);
  if (cell !== undefined && cell !== 'gru' && layer.resetAfter !== undefined) {
    report(
      f,
      `${at}.resetAfter`,
      `only GRU layers have resetAfter; this layer is ${CELL_NAMES[cell]}.`
    );
  } else optionalField(layer, 'resetAfter', at, boolean, f);

  const steps = arrayAt(layer.steps, `${at}.steps`, 'an array of steps', f, false);
  if (steps === undefined) return;
  if (tokenCount !== undefined && steps.length !== tokenCount) {
    report(f, `${at}.steps`, `expected ${tokenCount} steps (tokens), got ${steps.length}.`);
  }
  const first = steps[0];
  const firstInput = isObject(first) ? first.x : undefined;
  const shape: LayerShape = {
    cell,
    units,
    keepsInputs: firstInput !== undefined,
    inputLength: Array.isArray(firstInput) && firstInput.length > 0 ? firstInput.length : undefined
  };
  for (let t = 0; t < steps.length && !full(f); t++) {
    checkStep(steps[t], `${at}.steps[${t}]`, shape, f);
  }
}

function checkStep(value: unknown, at: string, shape: LayerShape, f: Findings): void {
  const step = objectAt(value, at, 'a step object', STEP_KEYS, f);
  if (step === undefined) return;
  const perUnit: VectorRule = { length: shape.units, why: 'units', nonEmpty: true };
  if (step.h === undefined) missing(f, `${at}.h`, anArrayOf(perUnit));
  else checkVector(step.h, `${at}.h`, perUnit, f);

  if (shape.cell === 'lstm' && step.c === undefined) {
    report(f, `${at}.c`, 'missing (every LSTM step carries its cell state c).');
  } else if (shape.cell !== undefined && shape.cell !== 'lstm' && step.c !== undefined) {
    const cell = CELL_NAMES[shape.cell];
    report(f, `${at}.c`, `only LSTM steps have a cell state c; this layer is ${cell}.`);
  } else if (step.c !== undefined) checkVector(step.c, `${at}.c`, perUnit, f);

  if (step.gates === undefined) missing(f, `${at}.gates`, 'an object of gate vectors');
  else checkGates(step.gates, `${at}.gates`, shape.cell, perUnit, f);
  field(step, 'masked', at, boolean, f);

  if (step.x === undefined) {
    if (shape.keepsInputs) report(f, `${at}.x`, `missing, but steps[0] has x: ${INPUTS_RULE}`);
  } else if (!shape.keepsInputs) {
    report(f, `${at}.x`, `present, but steps[0] has no x: ${INPUTS_RULE}`);
  } else {
    const rule = { length: shape.inputLength, why: 'steps[0].x', nonEmpty: true };
    checkVector(step.x, `${at}.x`, rule, f);
  }
}

function checkGates(
  value: unknown,
  at: string,
  cell: CellKind | undefined,
  perUnit: VectorRule,
  f: Findings
): void {
  if (!isObject(value)) {
    report(f, at, `expected an object of gate vectors, got ${describe(value)}.`);
    return;
  }
  if (cell === undefined) return;
  const names = GATES[cell];
  const list = names.join(', ');
  for (const key of Object.keys(value)) {
    if (names.includes(key) || value[key] === undefined) continue;
    const message =
      names.length === 0
        ? 'a SimpleRNN has no gates (expected {}).'
        : `not a gate of ${A_CELL[cell]} cell (its gates: ${list}).`;
    report(f, join(at, key), message);
  }
  for (const name of names) {
    const gate = value[name];
    const path = `${at}.${name}`;
    if (gate === undefined) report(f, path, `missing (${A_CELL[cell]} step has gates ${list}).`);
    else checkVector(gate, path, perUnit, f);
  }
}

/** Same name twice means one Bidirectional layer: the two entries must sit together, forward first, and share cell and units. */
function checkBidirectionalPairs(layers: readonly unknown[], f: Findings): void {
  const firstIndex = new Map<string, number>();
  const paired = new Set<string>();
  for (let i = 0; i < layers.length; i++) {
    const layer = layers[i];
    if (!isObject(layer) || !nonEmptyString.test(layer.name)) continue;
    const name = layer.name as string;
    const j = firstIndex.get(name);
    if (j === undefined) {
      firstIndex.set(name, i);
      continue;
    }
    const quoted = JSON.stringify(name);
    if (paired.has(name)) {
      const pair = `layers[${j}] and layers[${j + 1}]`;
      const why = 'names are unique except for the two entries of a Bidirectional layer';
      report(f, `layers[${i}].name`, `${quoted} already names ${pair}; ${why}.`);
    } else if (j !== i - 1) {
      const why =
        'the two entries of a Bidirectional layer must be adjacent, forward then backward';
      report(f, `layers[${i}].name`, `${quoted} already names layers[${j}]; ${why}.`);
    } else {
      paired.add(name);
      checkPair(layers[j] as Json, layer, j, i, f);
    }
  }
}

function checkPair(forward: Json, backward: Json, j: number, i: number, f: Findings): void {
  const name = JSON.stringify(forward.name);
  const directions = [forward.direction, backward.direction];
  if (directions.every(directionRule.test) && directions.join() !== 'forward,backward') {
    const got = `got ${directions.join(' then ')}`;
    const message = `layers[${j}] and layers[${i}] share the name ${name}, so they are one Bidirectional layer: expected forward then backward, ${got}.`;
    report(f, `layers[${i}].direction`, message);
  }
  if (
    cellRule.test(forward.cell) &&
    cellRule.test(backward.cell) &&
    forward.cell !== backward.cell
  ) {
    const cells = `${describe(backward.cell)} but its forward entry (layers[${j}]) is ${describe(forward.cell)}`;
    report(f, `layers[${i}].cell`, `the backward entry of ${name} is ${cells}.`);
  }
  const bothUnits = positiveInteger.test(forward.units) && positiveInteger.test(backward.units);
  if (bothUnits && forward.units !== backward.units) {
    const units = `${String(backward.units)} units but its forward entry (layers[${j}]) has ${String(forward.units)}`;
    report(f, `layers[${i}].units`, `the backward entry of ${name} has ${units}.`);
  }
}

function checkCheck(value: unknown, f: Findings): void {
  if (value === undefined) return missing(f, 'check', 'an object {maxAbsDiff, against, backend}');
  const check = objectAt(value, 'check', 'an object {maxAbsDiff, against, backend}', CHECK_KEYS, f);
  if (check === undefined) return;
  field(check, 'maxAbsDiff', 'check', nonNegativeNumber, f);
  field(check, 'against', 'check', nonEmptyString, f);
  field(check, 'backend', 'check', nonEmptyString, f);
  optionalField(check, 'mode', 'check', modeRule, f);
  optionalField(check, 'compared', 'check', comparedRule, f);
  optionalField(check, 'skipped', 'check', stringList, f);
  if (check['reference'] !== undefined) {
    const expected = 'an object {replay, tfjs}';
    const reference = objectAt(check['reference'], 'check.reference', expected, REFERENCE_KEYS, f);
    if (reference === undefined) return;
    field(reference, 'replay', 'check.reference', nonNegativeNumber, f);
    field(reference, 'tfjs', 'check.reference', nonNegativeNumber, f);
  }
}

function checkInterventions(value: unknown, f: Findings): void {
  if (value === undefined) return;
  if (!Array.isArray(value))
    return report(f, 'interventions', `expected an array, got ${describe(value)}.`);
  value.forEach((item, i) => {
    const problem = interventionProblem(item);
    if (problem) report(f, `interventions[${i}]`, `${problem}.`);
  });
}

/** The hot path: close to a million numbers in a large trace, so one plain loop and no allocation. */
function checkVector(value: unknown, at: string, rule: VectorRule, f: Findings): void {
  if (!Array.isArray(value)) {
    report(f, at, `expected an array of ${expectedNumbers(rule)}, got ${describe(value)}.`);
    return;
  }
  if (rule.length !== undefined && value.length !== rule.length) {
    report(f, at, `expected ${rule.length} numbers (${rule.why}), got ${value.length}.`);
  } else if (rule.nonEmpty && value.length === 0) {
    report(f, at, 'expected at least one number, got an empty array.');
  }
  for (let i = 0; i < value.length; i++) {
    const n: unknown = value[i];
    if (Number.isFinite(n) && !(rule.nonNegative && (n as number) < 0)) continue;
    const expected = rule.nonNegative ? 'a finite number ≥ 0' : 'a finite number';
    report(f, `${at}[${i}]`, `expected ${expected}, got ${describe(n)}.`);
    return;
  }
}

function expectedNumbers(rule: VectorRule): string {
  return rule.length === undefined ? 'numbers' : `${rule.length} numbers (${rule.why})`;
}

function anArrayOf(rule: VectorRule): string {
  return rule.length === undefined ? 'an array of numbers' : `an array of ${rule.length} numbers`;
}

/** Checks a required scalar field; true when it is present and right. */
function field(object: Json, key: string, at: string, rule: Rule, f: Findings): boolean {
  if (object[key] === undefined) {
    missing(f, join(at, key), rule.expected);
    return false;
  }
  return optionalField(object, key, at, rule, f);
}

function optionalField(object: Json, key: string, at: string, rule: Rule, f: Findings): boolean {
  const value = object[key];
  if (value === undefined || rule.test(value)) return true;
  report(f, join(at, key), `expected ${rule.expected}, got ${describe(value)}.`);
  return false;
}

function arrayAt(
  value: unknown,
  at: string,
  expected: string,
  f: Findings,
  nonEmpty = true
): unknown[] | undefined {
  if (value === undefined) missing(f, at, expected);
  else if (!Array.isArray(value) || (nonEmpty && value.length === 0)) {
    report(f, at, `expected ${expected}, got ${describe(value)}.`);
  } else return value;
  return undefined;
}

function objectAt(
  value: unknown,
  at: string,
  expected: string,
  keys: readonly string[],
  f: Findings
): Json | undefined {
  if (!isObject(value)) {
    report(f, at, `expected ${expected}, got ${describe(value)}.`);
    return undefined;
  }
  unknownKeys(value, at, keys, f);
  return value;
}

function unknownKeys(object: Json, at: string, keys: readonly string[], f: Findings): void {
  for (const key of Object.keys(object)) {
    if (keys.includes(key) || object[key] === undefined) continue;
    report(f, join(at, key), `unknown property (allowed: ${keys.join(', ')}).`);
  }
}

function missing(f: Findings, at: string, expected: string): void {
  report(f, at, `missing (expected ${expected}).`);
}

function report(f: Findings, at: string, message: string): void {
  if (full(f)) return;
  f.problems.push(
    at === '' ? `Trace is invalid: ${message}` : `Trace is invalid at ${at}: ${message}`
  );
}

function full(f: Findings): boolean {
  return f.problems.length >= f.limit;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function join(at: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${at}[${JSON.stringify(key)}]`;
  return at === '' ? key : `${at}.${key}`;
}

/** A value as a message shows it after "got". */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `a string (${JSON.stringify(shown)})`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Engines word JSON errors differently and often give no position, so find it ourselves. */
function describeSyntaxError(text: string, error: unknown): string {
  if (text.trim() === '') return 'the text is empty';
  let position: number | undefined;
  try {
    position = findSyntaxError(text);
  } catch {
    position = undefined; // absurdly deep nesting overflowed the stack: use the engine's words
  }
  if (position === undefined) {
    return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
  }
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const found =
    position >= text.length
      ? 'end of input'
      : JSON.stringify(String.fromCodePoint(text.codePointAt(position) ?? 0));
  return `Unexpected ${found} at position ${position} (line ${line}, column ${position - lineStart + 1})`;
}

/** The offset of the first JSON syntax error in text (RFC 8259 grammar), or undefined when there is none. */
function findSyntaxError(text: string): number | undefined {
  let i = 0;
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const literal = (word: string): boolean => {
    for (const ch of word) {
      if (text.charAt(i) !== ch) return false;
      i++;
    }
    return true;
  };
  const number = (): boolean => {
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) return false;
    i = NUMBER.lastIndex;
    return true;
  };
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return true;
      }
      if (code < 0x20) return false;
      if (code !== 0x5c) {
        i++;
        continue;
      }
      const escape = text.charAt(i + 1);
      if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if (escape !== '' && escape !== 'u' && '"\\/bfnrt'.includes(escape)) i += 2;
      else {
        i++;
        return false;
      }
    }
    return false;
  };
  const sequence = (close: string, item: () => boolean): boolean => {
    i++;
    space();
    if (text.charAt(i) === close) {
      i++;
      return true;
    }
    for (;;) {
      if (!item()) return false;
      space();
      const ch = text.charAt(i);
      if (ch === close) {
        i++;
        return true;
      }
      if (ch !== ',') return false;
      i++;
    }
  };
  const member = (): boolean => {
    space();
    if (text.charAt(i) !== '"' || !string()) return false;
    space();
    if (text.charAt(i) !== ':') return false;
    i++;
    return value();
  };
  const value = (): boolean => {
    space();
    const ch = text.charAt(i);
    if (ch === '{') return sequence('}', member);
    if (ch === '[') return sequence(']', value);
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  if (!value()) return i;
  space();
  return i < text.length ? i : undefined;
}

const GRADIENTS_KEYS = ['output', 'of', 'layers'];
const GRADIENT_LAYER_KEYS = ['name', 'direction', 'steps'];
const GRADIENT_STEP_KEYS = ['dx', 'dh', 'dc'];
const GRADIENTS_SHAPE = 'an object {output, of, layers}';

/** The optional gradients: one entry per trace layer (same name and direction), one step per token, dc on LSTM layers only. */
function checkGradients(trace: Json, tokenCount: number | undefined, f: Findings): void {
  const gradients = objectAt(trace.gradients, 'gradients', GRADIENTS_SHAPE, GRADIENTS_KEYS, f);
  if (gradients === undefined) return;
  if (field(gradients, 'output', 'gradients', nonNegativeInteger, f)) {
    const size = Array.isArray(trace.output) ? trace.output.length : undefined;
    if (size !== undefined && (gradients.output as number) >= size)
      report(
        f,
        'gradients.output',
        `expected an index below ${size} (the output's length), got ${gradients.output as number}.`
      );
  }
  field(gradients, 'of', 'gradients', oneOf(['logit', 'output']), f);
  const layers = Array.isArray(trace.layers) ? (trace.layers as unknown[]) : [];
  const entries = arrayAt(
    gradients.layers,
    'gradients.layers',
    'an array with one entry per trace layer',
    f
  );
  if (entries === undefined) return;
  if (entries.length !== layers.length)
    report(
      f,
      'gradients.layers',
      `expected ${layers.length} entries (one per trace layer), got ${entries.length}.`
    );
  entries.forEach((value, i) => {
    const at = `gradients.layers[${i}]`;
    const entry = objectAt(value, at, 'an object {name, direction, steps}', GRADIENT_LAYER_KEYS, f);
    if (entry === undefined) return;
    const layer = isObject(layers[i]) ? layers[i] : {};
    for (const key of ['name', 'direction']) {
      if (
        field(entry, key, at, nonEmptyString, f) &&
        layer[key] !== undefined &&
        entry[key] !== layer[key]
      )
        report(
          f,
          join(at, key),
          `expected ${describe(layer[key])} (as layers[${i}]), got ${describe(entry[key])}.`
        );
    }
    const steps = arrayAt(entry.steps, join(at, 'steps'), 'an array with one entry per token', f);
    if (steps === undefined) return;
    if (tokenCount !== undefined && steps.length !== tokenCount)
      report(f, join(at, 'steps'), `expected ${tokenCount} steps (tokens), got ${steps.length}.`);
    const lstm = layer.cell === 'lstm';
    steps.forEach((stepValue, t) => {
      const stepAt = `${at}.steps[${t}]`;
      const step = objectAt(stepValue, stepAt, 'an object {dx, dh, dc?}', GRADIENT_STEP_KEYS, f);
      if (step === undefined) return;
      field(step, 'dx', stepAt, nonNegativeNumber, f);
      field(step, 'dh', stepAt, nonNegativeNumber, f);
      if (lstm) field(step, 'dc', stepAt, nonNegativeNumber, f);
      else if (step.dc !== undefined)
        report(f, join(stepAt, 'dc'), 'only LSTM layers have a cell state gradient.');
    });
  });
}
