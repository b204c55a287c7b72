import { describe, expect, it } from 'vitest';
import type { Trace } from '$lib/core/trace/types.js';
import { equationModel } from '$lib/geometry/layout/equation.js';
import {
  definitionsHtml,
  equationRowsHtml,
  escapeHtml
} from '$lib/geometry/layout/equation-markup.js';
import rnnJson from '../fixtures/traces/untrained-rnn-ireland.json';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';

const lstm = equationModel((lstmJson as Trace).layers[0]!, 3, 1);
const rnn = equationModel((rnnJson as Trace).layers[0]!, 3, 1);
const none = () => undefined;

describe('escapeHtml(text)', () => {
  it('escapes &, < and >', () => {
    expect(escapeHtml('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
  });
});

describe('equationRowsHtml(model, typeset)', () => {
  it("falls back to each row's escaped text while there is no typesetter", () => {
    const rows = equationRowsHtml(lstm, none);
    expect(rows).toHaveLength(lstm.rows.length);
    expect(rows.map((row) => row.html)).toEqual(lstm.rows.map((row) => escapeHtml(row.text)));
    expect(rows[0]!.term).toBe(lstm.rows[0]!.term);
  });

  it('uses the typesetter when it gives HTML, and nothing without a model', () => {
    const rows = equationRowsHtml(lstm, (tex) => `<b>${tex.length}</b>`);
    expect(rows[1]!.html).toBe(`<b>${lstm.rows[1]!.tex.length}</b>`);
    expect(equationRowsHtml(undefined, none)).toEqual([]);
  });
});

describe('definitionsHtml(model, typeset)', () => {
  it("holds each definition's place with a non-breaking space until typeset", () => {
    const withDefinitions = lstm.definitions.length > 0 ? lstm : rnn;
    expect(withDefinitions.definitions.length).toBeGreaterThan(0);
    expect(definitionsHtml(withDefinitions, none)).toEqual(
      withDefinitions.definitions.map(() => '&nbsp;')
    );
    expect(definitionsHtml(withDefinitions, (tex) => tex)).toEqual(withDefinitions.definitions);
    expect(definitionsHtml(undefined, none)).toEqual([]);
  });
});
