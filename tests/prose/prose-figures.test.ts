// Every chapter's prerendered prose against the shipped traces and experiment files (runs after `npm run build`).
import { describe, expect, it } from 'vitest';
import { PROSE_CHAPTERS, builtChapter, chapterProblems, staticReader } from './check.js';
import { readProse } from './walk.js';

describe('the prose of every chapter', () => {
  const read = staticReader();
  it.each(PROSE_CHAPTERS)(
    '%s prints only figures its files give, at the precision printed',
    (route) => {
      expect(chapterProblems(route, read)).toEqual([]);
    }
  );

  it.each(PROSE_CHAPTERS)('%s quotes its figures through sources', (route) => {
    // A chapter that quoted no sourced figure would pass the check above without checking anything.
    const prose = readProse(builtChapter(route));
    expect(prose.figures.length, route).toBeGreaterThan(route === '/train' ? -1 : 0);
  });
});

describe('a trace value moved by 0.01', () => {
  /** The shipped files, with one value of one file changed in memory. */
  function perturbed(file: string, change: (json: any) => void) {
    const read = staticReader();
    const copy = structuredClone(read(file));
    change(copy);
    return (name: string) => (name === file ? copy : read(name));
  }

  it("/lstm: the keeper's forget gate after Ireland, +0.01 or −0.01, fails the check", () => {
    const read = perturbed('traces/memory-lstm-ireland', (trace) => {
      // The keeper's forget gate at the last step; pushed toward 0.5 so the product of forget gates moves.
      const unit = Number(/Watch unit (\d+)/.exec(readProse(builtChapter('/lstm')).text)?.[1]);
      const forget = trace.layers[0].steps.at(-1).gates.forget as number[];
      forget[unit] = forget[unit]! - 0.01;
    });
    const problems = chapterProblems('/lstm', read);
    expect(problems.some((p) => p.includes('keeper:memory-lstm-ireland:keepProduct'))).toBe(true);
  });

  it('/memory: the plain RNN’s probability of Gaelic at the longest gap, −0.01, fails the check', () => {
    const read = perturbed('traces/memory-gaps', (file) => {
      file.gaps.at(-1)['memory-rnn'].output[0] -= 0.01;
    });
    expect(chapterProblems('/memory', read).join('\n')).toContain(
      'gap:memory-rnn:-1:topProbability'
    );
  });

  it('/ : the LSTM’s answer probability, −0.01, fails the check', () => {
    const read = perturbed('traces/memory-lstm-ireland', (trace) => {
      const output = trace.output as number[];
      output[output.indexOf(Math.max(...output))]! -= 0.01;
    });
    expect(chapterProblems('/', read).join('\n')).toContain('memory-lstm-ireland:output|max');
  });
});
