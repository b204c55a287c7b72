// The prose check's rules on hand-made pages (the check over the built chapters is tests/prose, after the build).
import { describe, expect, it } from 'vitest';
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
