import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { flushSync } from 'svelte';
import StateHeatmap from '$lib/components/StateHeatmap.svelte';
import { PlaybackState } from '$lib/state/playback.svelte.js';
import type { LstmGates, Trace } from '$lib/core/trace/types.js';
import { pngBlob } from '$lib/components/export.js';
import { colourTable } from '$lib/geometry/layout/state-heatmap.js';
import { quantityScale } from '$lib/geometry/trace-quantity.js';
import { mostChangingUnits } from '$lib/geometry/unit-order.js';
import gruJson from '../fixtures/traces/untrained-gru-ireland.json';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';

const lstm = lstmJson as Trace;
const gru = gruJson as Trace;
const steps = lstm.layers[0]!.steps;

/** The highest unit of h at a step and its value, straight from the fixture. */
function highest(t: number): { unit: number; value: number } {
  const h = steps[t]!.h;
  const value = Math.max(...h);
  return { unit: h.indexOf(value), value };
}

const plot = (container: HTMLElement) => container.querySelector<HTMLElement>('.plot')!;

describe('StateHeatmap', () => {
  it("describes the trace's numbers at the current step", async () => {
    const screen = await render(StateHeatmap, { trace: lstm });
    const { unit, value } = highest(0);
    const caption = screen.container.querySelector('figcaption')!;
    expect(caption.textContent).toContain(
      `At step 1 "I": highest unit ${unit} (${value.toFixed(2)})`
    );
    expect(caption.textContent).toContain('8 units');
  });

  it('paints each cell in the colour of its value', async () => {
    const screen = await render(StateHeatmap, { trace: lstm, quantity: 'forget', rowHeight: 10 });
    const canvas = screen.container.querySelector('canvas')!;
    await expect.poll(() => canvas.width).toBeGreaterThan(1);
    const scale = quantityScale('forget', 'lstm', []);
    const table = colourTable(scale.scale, 0, 1);
    const t = 4;
    const unit = 5;
    const value = (steps[t]!.gates as LstmGates).forget[unit]!;
    const index = Math.round(value * 255) * 4;
    const ratio = canvas.width / 15;
    const x = Math.floor((t + 0.5) * ratio);
    const y = Math.floor((unit + 0.5) * (canvas.height / 8));
    const pixel = canvas.getContext('2d')!.getImageData(x, y, 1, 1).data;
    expect(Array.from(pixel.slice(0, 3))).toEqual(Array.from(table.slice(index, index + 3)));
  });

  it('follows the shared cursor', async () => {
    const playback = new PlaybackState({ count: lstm.tokens.length });
    const screen = await render(StateHeatmap, { trace: lstm, playback });
    playback.seek(3);
    const { unit, value } = highest(3);
    await expect
      .element(screen.getByText(`highest unit ${unit} (${value.toFixed(2)})`, { exact: false }))
      .toBeInTheDocument();
    expect(screen.container.querySelector('figcaption')?.textContent).toContain(
      'At step 4 "Ireland"'
    );
    const cursor = screen.container.querySelector<HTMLElement>('.cursor')!;
    const width = parseFloat(cursor.style.width);
    const moved = Number(/translateX\(([\d.]+)px\)/.exec(cursor.style.transform)?.[1]);
    expect(moved).toBeCloseTo(3 * width, 2);
  });

  it('moves a selected cell with the arrow keys, reads it out and moves the cursor', async () => {
    const playback = new PlaybackState({ count: lstm.tokens.length });
    const screen = await render(StateHeatmap, { trace: lstm, playback });
    plot(screen.container).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    expect(playback.step).toBe(2);
    const expected = `unit 1, step 3 "in": ${steps[2]!.h[1]!.toFixed(2)}`;
    await expect.element(screen.getByText(expected)).toBeInTheDocument();
    expect(screen.getByText(expected).element().getAttribute('aria-live')).toBe('polite');
    await userEvent.keyboard('{End}');
    expect(playback.step).toBe(14);
  });

  it('reads the unit under the pointer', async () => {
    const screen = await render(StateHeatmap, { trace: lstm, rowHeight: 10 });
    const box = plot(screen.container).getBoundingClientRect();
    const cell = box.width / 15;
    await userEvent.hover(plot(screen.container), {
      position: { x: cell * 3.5, y: 25 }
    });
    await expect
      .element(screen.getByText(`unit 2, step 4 "Ireland": ${steps[3]!.h[2]!.toFixed(2)}`))
      .toBeInTheDocument();
  });

  it('sorts units by how much they change', async () => {
    const screen = await render(StateHeatmap, { trace: lstm, sort: 'change' });
    const labels = [...screen.container.querySelectorAll('.unit-axis span')].map(
      (span) => span.textContent
    );
    const h = steps.map((step) => step.h);
    expect(labels.map(Number)).toEqual(mostChangingUnits(h, 8, 8));
    expect(labels.map(Number)).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('marks masked steps in the text and on the token axis', async () => {
    const masked: Trace = {
      ...lstm,
      layers: [{ ...lstm.layers[0]!, steps: steps.map((step, t) => ({ ...step, masked: t < 2 })) }]
    };
    const screen = await render(StateHeatmap, { trace: masked });
    expect(screen.container.querySelector('figcaption')?.textContent).toContain(
      'Masked steps (state carried over, gates unused): 1, 2.'
    );
    expect(screen.container.querySelectorAll('.token-axis span.masked').length).toBeGreaterThan(0);
  });

  it('exports the canvas as a PNG of its on-screen size', async () => {
    const screen = await render(StateHeatmap, { trace: lstm });
    const canvas = screen.container.querySelector<HTMLCanvasElement>('canvas[data-export]')!;
    const blob = await pngBlob(canvas, 1);
    const image = await createImageBitmap(blob);
    const box = canvas.getBoundingClientRect();
    expect([image.width, image.height]).toEqual([Math.round(box.width), Math.round(box.height)]);
  });

  it('explains a quantity the cell does not record', async () => {
    const screen = await render(StateHeatmap, { trace: gru, quantity: 'c' });
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/gru layer records no "c"/);
  });

  it('paints 256 units × 500 steps', async () => {
    const units = 256;
    const count = 500;
    const big: Trace = {
      ...lstm,
      tokens: Array.from({ length: count }, (_, t) => ({ text: `w${t}`, id: t })),
      influence: new Array(count).fill(0),
      layers: [
        {
          name: 'big',
          cell: 'simple_rnn',
          direction: 'forward',
          units,
          steps: Array.from({ length: count }, (_, t) => ({
            h: Array.from({ length: units }, (_, u) => Math.sin(t / 7 + u)),
            gates: {},
            masked: false
          }))
        }
      ]
    };
    const playback = new PlaybackState({ count });
    const started = performance.now();
    const screen = await render(StateHeatmap, { trace: big, playback });
    const canvas = screen.container.querySelector('canvas')!;
    await expect.poll(() => canvas.height).toBe(Math.round(512 * devicePixelRatio));
    console.info(
      `StateHeatmap 256 × 500: first paint ${Math.round(performance.now() - started)} ms`
    );
    const moved = performance.now();
    for (let t = 0; t < 60; t++) {
      playback.seek(t);
      flushSync();
    }
    expect(screen.container.querySelector('.token-axis .current')?.textContent).toBe('w59');
    console.info(
      `StateHeatmap 256 × 500: 60 cursor moves ${Math.round(performance.now() - moved)} ms`
    );
  });
});
