import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import UnrolledChain from '$lib/components/UnrolledChain.svelte';
import { runCell } from '$lib/core/cells/run.js';
import type { Trace } from '$lib/core/trace/types.js';
import { stripTiles, tileStrips } from '$lib/geometry/layout/chain-tiles.js';
import { chainLayout } from '$lib/geometry/layout/unrolled-chain.js';
import { formatValue } from '$lib/geometry/unit-strip.js';
import { PlaybackState } from '$lib/state/playback.svelte.js';
import { expectSvgSnapshot } from './svg-snapshot.js';
import bilstmJson from '../fixtures/traces/untrained-bilstm-ireland.json';
import longJson from '../fixtures/traces/untrained-lstm-200-tokens.json';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';

const lstm = lstmJson as Trace;
const bilstm = bilstmJson as Trace;
const long = longJson as Trace;

const caption = (container: HTMLElement) => container.querySelector('figcaption')!.textContent!;
const pending = (container: HTMLElement) =>
  [...container.querySelectorAll('.cell.pending')].map((g) => Number(g.getAttribute('data-step')));
const frames = (n = 2) =>
  new Promise<void>((done) => {
    const next = (left: number) =>
      left === 0 ? done() : requestAnimationFrame(() => next(left - 1));
    next(n);
  });

/** The alpha of the middle pixel of each strip ('c' and 'h' per cell) as painted on the chain's tile canvases. */
function stripAlphas(
  container: HTMLElement,
  trace: Trace,
  layer = 0
): { c: number[]; h: number[] } {
  const layout = chainLayout(trace.tokens, trace.layers[layer]!);
  const canvases = [...container.querySelectorAll<HTMLCanvasElement>('svg foreignObject > canvas')];
  const alphas = { c: [] as number[], h: [] as number[] };
  stripTiles(layout).forEach((tile, i) => {
    const canvas = canvases[i]!;
    const scale = canvas.width / tile.width;
    for (const strip of tileStrips(layout, tile)) {
      const x = Math.floor((strip.x + strip.width / 2) * scale);
      const y = Math.floor((strip.y + strip.height / 2) * scale);
      alphas[strip.band][strip.index] = canvas.getContext('2d')!.getImageData(x, y, 1, 1).data[3]!;
    }
  });
  return alphas;
}

/** A real LSTM run (seeded random weights, the library's own cell maths) as a trace of the given size. */
function bigTrace(units: number, steps: number): Trace {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648 - 0.5;
  };
  const inputSize = 16;
  const fill = (n: number, scale: number) =>
    Float32Array.from({ length: n }, () => random() * scale);
  const inputs = fill(steps * inputSize, 2);
  const run = runCell(
    {
      kind: 'lstm',
      activation: 'tanh',
      recurrentActivation: 'sigmoid',
      weights: {
        inputSize,
        units,
        kernel: fill(inputSize * 4 * units, 0.5),
        recurrentKernel: fill(units * 4 * units, 0.2),
        bias: fill(4 * units, 0.1)
      }
    },
    inputs,
    steps
  );
  const row = (array: Float32Array, t: number) =>
    Array.from(array.subarray(t * units, (t + 1) * units));
  return {
    format: 'unrolled-trace',
    version: 1,
    tokens: Array.from({ length: steps }, (_, t) => ({ text: `w${t}`, id: t + 1 })),
    layers: [
      {
        name: 'lstm',
        cell: 'lstm',
        direction: 'forward',
        units,
        steps: Array.from({ length: steps }, (_, t) => ({
          h: row(run.h, t),
          c: row(run.c!, t),
          gates: {
            input: row(run.gates.input!, t),
            forget: row(run.gates.forget!, t),
            candidate: row(run.gates.candidate!, t),
            output: row(run.gates.output!, t)
          },
          masked: false
        }))
      }
    ],
    output: [0.5],
    influence: Array.from({ length: steps }, () => 1),
    check: { maxAbsDiff: 0, against: 'nothing: a test trace', backend: 'none' }
  };
}

describe('UnrolledChain', () => {
  it('describes the trace’s h at the current step', async () => {
    const playback = new PlaybackState({ count: 15, step: 3 });
    const screen = await render(UnrolledChain, { trace: lstm, playback });
    const h = lstm.layers[0]!.steps[3]!.h;
    const high = h.indexOf(Math.max(...h));
    expect(caption(screen.container)).toContain(`to ${formatValue(h[high]!)} (unit ${high})`);
    // 15 cells' strips on one canvas, not 30 (each canvas is a compositor layer of its own).
    expect(screen.container.querySelectorAll('svg foreignObject > canvas')).toHaveLength(1);
  });

  it('paints the strips of the cells read so far and clears them when the cursor goes back', async () => {
    const playback = new PlaybackState({ count: 15, step: 3 });
    const screen = await render(UnrolledChain, { trace: lstm, playback });
    const shown = (alphas: number[]) => alphas.flatMap((alpha, i) => (alpha === 255 ? [i] : []));
    await expect.poll(() => shown(stripAlphas(screen.container, lstm).h)).toEqual([0, 1, 2, 3]);
    expect(shown(stripAlphas(screen.container, lstm).c)).toEqual([0, 1, 2, 3]);
    playback.seek(9);
    await expect.poll(() => shown(stripAlphas(screen.container, lstm).h)).toHaveLength(10);
    playback.seek(1);
    await expect.poll(() => shown(stripAlphas(screen.container, lstm).c)).toEqual([0, 1]);
    expect(stripAlphas(screen.container, lstm).h.filter((alpha) => alpha === 0)).toHaveLength(13);
  });

  it('paints a backward layer’s strips from the right', async () => {
    const playback = new PlaybackState({ count: 15, step: 11 });
    const screen = await render(UnrolledChain, { trace: bilstm, layer: 1, playback });
    const shown = () =>
      stripAlphas(screen.container, bilstm, 1).h.flatMap((alpha, i) => (alpha === 255 ? [i] : []));
    await expect.poll(shown).toEqual([11, 12, 13, 14]);
  });

  it('unrolls as the cursor moves: cells after it are pending', async () => {
    const playback = new PlaybackState({ count: 15, step: 3 });
    const screen = await render(UnrolledChain, { trace: lstm, playback });
    expect(pending(screen.container)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    playback.seek(12);
    await expect.poll(() => pending(screen.container)).toEqual([13, 14]);
    const h = lstm.layers[0]!.steps[12]!.h;
    const low = h.indexOf(Math.min(...h));
    expect(caption(screen.container)).toContain(`from ${formatValue(h[low]!)} (unit ${low})`);
    expect(screen.container.querySelector('.cell.current')?.getAttribute('data-step')).toBe('12');
  });

  it('unrolls the backward direction from the right', async () => {
    const playback = new PlaybackState({ count: 15, step: 11 });
    const screen = await render(UnrolledChain, {
      trace: bilstm,
      name: bilstm.layers[0]!.name,
      direction: 'backward',
      playback
    });
    expect(pending(screen.container)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(caption(screen.container)).toContain('tokens 15 down to 12');
    expect(screen.container.querySelectorAll('.cell.backward')).toHaveLength(15);
  });

  it('moves the cursor with the keyboard and by clicking a cell', async () => {
    const playback = new PlaybackState({ count: 15, step: 3 });
    const screen = await render(UnrolledChain, { trace: lstm, playback });
    const slider = screen.getByRole('slider', { name: 'Step in the chain' });
    slider.element().focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(playback.step).toBe(4);
    await expect.element(slider).toHaveAttribute('aria-valuetext', 'Token 5 of 15: ,');
    await userEvent.keyboard('{End}');
    expect(playback.step).toBe(14);
    await userEvent.click(screen.container.querySelector('.cell[data-step="2"] .box')!);
    expect(playback.step).toBe(2);
  });

  it('scrolls to keep the current cell in view', async () => {
    const playback = new PlaybackState({ count: 200, step: 0 });
    playback.reducedMotion = true;
    const screen = await render(UnrolledChain, { trace: long, playback });
    const scroller = screen.container.querySelector<HTMLElement>('.scroller')!;
    playback.seek(150);
    await frames();
    const box = screen.container.querySelector('.cell.current .box')!.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    expect(scroller.scrollLeft).toBeGreaterThan(0);
    expect(box.left).toBeGreaterThanOrEqual(view.left);
    expect(box.right).toBeLessThanOrEqual(view.right);
  });

  it('shows an error for a layer the trace does not have', async () => {
    const screen = await render(UnrolledChain, { trace: lstm, name: 'nope' });
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/No layer "nope"/);
  });

  it('draws 128 units × 200 steps on a canvas per 16 cells, not a rect per unit', async () => {
    const trace = bigTrace(128, 200);
    const playback = new PlaybackState({ count: 200, step: 0 });
    playback.reducedMotion = true;
    const started = performance.now();
    const screen = await render(UnrolledChain, { trace, playback });
    await frames();
    const firstDraw = performance.now() - started;
    const svg = screen.container.querySelector('svg[data-export]')!;
    expect(svg.querySelectorAll('foreignObject > canvas')).toHaveLength(13);
    expect(svg.querySelectorAll('rect')).toHaveLength(200);
    const moves: number[] = [];
    for (let t = 1; t <= 20; t++) {
      const from = performance.now();
      playback.seek(t * 9);
      await frames(1);
      moves.push(performance.now() - from);
    }
    moves.sort((a, b) => a - b);
    // Measured, not asserted (timings are for the bench); printed for the report.
    console.log(
      `UnrolledChain 128×200: first draw ${firstDraw.toFixed(0)} ms, step to next frame median ${moves[10]!.toFixed(1)} ms, worst ${moves.at(-1)!.toFixed(1)} ms`
    );
  });

  it('draws the same SVG for the same step', async () => {
    const playback = new PlaybackState({ count: 15, step: 3 });
    const screen = await render(UnrolledChain, { trace: lstm, playback });
    await expectSvgSnapshot(
      screen.container.querySelector('svg[data-export]'),
      'UnrolledChain-lstm-step-4'
    );
  });

  it('draws the same SVG for the backward direction', async () => {
    const playback = new PlaybackState({ count: 15, step: 6 });
    const screen = await render(UnrolledChain, { trace: bilstm, layer: 1, playback });
    await expectSvgSnapshot(
      screen.container.querySelector('svg[data-export]'),
      'UnrolledChain-bilstm-backward-step-7'
    );
  });
});
