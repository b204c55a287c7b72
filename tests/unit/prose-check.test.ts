// The prose check's rules on hand-made pages (the check over the built chapters is tests/prose, after the build).
import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../src/site/figure.js';
import { resolveSource } from '../../src/site/figure-sources.js';
import { proseProblems } from '../prose/check.js';
import { readProse } from '../prose/walk.js';

describe('proseProblems on a hand-made page', () => {
  const read = () => ({ output: [0.25, 0.75] });
  const page = (body: string) => readProse(`<main>${body}</main>`);

  it('reports a figure whose source gives another value', () => {
    const prose = page(
      '<p>It says <span data-source="json:t:output.1" data-format="pct0">74</span>%.</p>'
    );
    expect(proseProblems('/x', prose, read)).toEqual([
      '/x: "74" is printed for json:t:output.1, whose files now give "75"'
    ]);
  });

  it('reports a number typed by hand, and passes one the allow-list explains', () => {
    const prose = page('<p>The answer is 0.75; gates lie between 0 and 1.</p>');
    expect(proseProblems('/x', prose, read)).toEqual([
      '/x: 0.75 is typed without a source: “…The answer is 0.75; gates lie between 0 and 1.…”'
    ]);
  });

  it('leaves figures, tables and live readouts to their components', () => {
    const prose = page(
      '<figure><p>0.5</p></figure><table><td>3</td></table><p aria-live="polite">7</p><svg><text>9</text></svg>'
    );
    expect(proseProblems('/x', prose, read)).toEqual([]);
  });
});

describe('formatFigure(value, format)', () => {
  it('prints each format as the chapters do, with a typographic minus', () => {
    expect(formatFigure(-0.9712, 'fixed2')).toBe('−0.97');
    expect(formatFigure(0.98876, 'fixed3')).toBe('0.989');
    expect(formatFigure(0.562, 'pct0')).toBe('56');
    expect(formatFigure(0.99874, 'pct2')).toBe('99.87');
    expect(formatFigure(0.3675, 'points')).toBe('37');
    expect(formatFigure(1346269, 'locale')).toBe('1,346,269');
    expect(formatFigure(0.0000921, 'norm')).toBe('9.2e-5');
    expect(formatFigure(0.003, 'text')).toBe('0.003');
  });
});

describe('resolveSource(source, read)', () => {
  const read = (file: string) =>
    file === 'traces/t'
      ? { output: [0.25, 0.75], tokens: [{ id: 9 }, { id: 2 }], layers: [{ units: 4 }] }
      : undefined;

  it('reads a dotted path, negative indices and length, and applies its operation', () => {
    expect(resolveSource('json:traces/t:output.-1', read)).toBe(0.75);
    expect(resolveSource('json:traces/t:output|max', read)).toBe(0.75);
    expect(resolveSource('json:traces/t:tokens.length|minus1', read)).toBe(1);
    expect(resolveSource('json:traces/t:tokens|sorted-ids', read)).toBe('2, 9');
  });

  it('throws one line on an unknown kind or a path that names nothing', () => {
    expect(() => resolveSource('guess:traces/t', read)).toThrow('unknown kind "guess"');
    expect(() => resolveSource('json:traces/t:layers.0.name', read)).toThrow(
      'names no number or string'
    );
  });
});
