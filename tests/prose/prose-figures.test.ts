// Every chapter's prerendered prose against the shipped traces and experiment files (runs after `npm run build`).
import { describe, expect, it } from 'vitest';
import { LONG_BUCKET } from '../../src/lib/core/experiment/index.js';
import type { MemoryExperiment } from '../../src/lib/core/experiment/types.js';
import type { Trace } from '../../src/lib/core/trace/types.js';
import type { FileReader } from '../../src/site/figure-sources.js';
import { irelandIndex } from '../../src/site/keeper.js';
import type { MemoryGradients } from '../../src/site/vanishing.js';
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
  /** The shipped files, with one value of one file changed in memory (the file on disk is untouched). */
  function perturbed<T>(file: string, change: (json: T) => void): FileReader {
    const read = staticReader();
    const copy = structuredClone(read(file)) as T;
    change(copy);
    return (name) => (name === file ? copy : read(name));
  }
  type TraceFile = Pick<Trace, 'layers' | 'output' | 'tokens'>;
  /** A step's gates by name (an LSTM's forget, a GRU's update). */
  const gatesOf = (trace: TraceFile, step: number) =>
    trace.layers[0]!.steps.at(step)!.gates as Record<string, number[] | undefined>;

  it("/lstm: the keeper's last forget gate, −0.01, fails the check", () => {
    const unit = Number(/Watch unit (\d+)/.exec(readProse(builtChapter('/lstm')).text)?.[1]);
    const read = perturbed<TraceFile>('traces/memory-lstm-ireland', (trace) => {
      gatesOf(trace, -1).forget![unit]! -= 0.01;
    });
    expect(chapterProblems('/lstm', read).join('\n')).toContain(
      'keeper:memory-lstm-ireland:keepProduct'
    );
  });

  it("/gru: the keeper's update gate at Ireland, −0.01, fails the check", () => {
    const unit = Number(/Follow unit (\d+)/.exec(readProse(builtChapter('/gru')).text)?.[1]);
    const read = perturbed<TraceFile>('traces/memory-gru-ireland', (trace) => {
      gatesOf(trace, irelandIndex(trace)).update![unit]! += 0.01;
    });
    expect(chapterProblems('/gru', read).join('\n')).toContain('keeper:memory-gru-ireland:keepAt');
  });

  it("/memory: the plain RNN's probability of Gaelic at the longest gap, −0.01, fails the check", () => {
    const read = perturbed<{ gaps: Record<string, { output: number[] }>[] }>(
      'traces/memory-gaps',
      (file) => {
        file.gaps.at(-1)!['memory-rnn']!.output[0]! -= 0.01;
      }
    );
    expect(chapterProblems('/memory', read).join('\n')).toContain(
      'gap:memory-rnn:-1:topProbability'
    );
  });

  it('/ : the answer probability of the LSTM, −0.01, fails the check', () => {
    const read = perturbed<TraceFile>('traces/memory-lstm-ireland', (trace) => {
      const best = trace.output.indexOf(Math.max(...trace.output));
      trace.output[best]! -= 0.01;
    });
    expect(chapterProblems('/', read).join('\n')).toContain('memory-lstm-ireland:output|max');
  });

  it("/memory and /lstm: one seed's held-out accuracy at 33–40, −0.01, fails the check", () => {
    const read = perturbed<MemoryExperiment>('experiments/memory', (file) => {
      const runs = file.runs.filter((r) => r.cell === 'simple_rnn' && r.regime === 'standard');
      const bucket = runs[0]!.heldOut.buckets.find((b) => b.name === LONG_BUCKET)!;
      bucket.accuracy -= 0.01;
    });
    expect(chapterProblems('/memory', read).join('\n')).toMatch(/lead:|band:simple_rnn/);
  });

  it('/vanishing: the gradient at Ireland of the trained plain RNN, ×1.01, fails the check', () => {
    const read = perturbed<MemoryGradients>('traces/memory-gradients', (file) => {
      const gap = file.gaps[0]!;
      gap.models['memory-rnn']!.trained.dx[gap.countryPosition]! *= 1.01;
    });
    expect(chapterProblems('/vanishing', read).join('\n')).toContain(
      'reach:memory-rnn:0:trained:atCountry'
    );
  });
});
