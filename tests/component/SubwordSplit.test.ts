import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import SubwordSplit from '$lib/components/SubwordSplit.svelte';
import { SubwordTokenizer } from '$lib/core/tokenize/index.js';
import { PlaybackState } from '$lib/state/playback.svelte.js';
import { expectSvgSnapshot } from './svg-snapshot.js';

const tokenizer = new SubwordTokenizer(['I_', 'lived_', 'in_', 'Ire', 'land_', 'Eng', 'and_']);
const sentence = 'I lived in Ireland and England and Éire';
const pieces = tokenizer.encodeWithSpans(sentence);
const chipTexts = (container: HTMLElement, selector = '.chip') =>
  [...container.querySelectorAll(`${selector} .piece`)].map((node) => node.textContent);

describe('SubwordSplit', () => {
  it('draws the tokenizer’s pieces with their ids under the words', async () => {
    const screen = await render(SubwordSplit, { sentence, pieces });
    const texts = chipTexts(screen.container);
    expect(texts.slice(3, 5)).toEqual(['Ire', 'land_']);
    const ids = [...screen.container.querySelectorAll('.chip .id')].map((n) => n.textContent);
    expect(ids.slice(3, 5)).toEqual([String(tokenizer.encode('Ire')[0]), String(pieces[4]!.id)]);
    const words = [...screen.container.querySelectorAll('.word')].map((n) => n.textContent);
    expect(words).toEqual(['I', 'lived', 'in', 'Ireland', 'and', 'England', 'and', 'Éire']);
  });

  it('highlights the piece two words share and marks byte fallback', async () => {
    const screen = await render(SubwordSplit, { sentence, pieces });
    expect(chipTexts(screen.container, '.chip.shared')).toEqual(['land_', 'land_']);
    expect(chipTexts(screen.container, '.chip.byte')[0]).toBe('<0xC3>');
    const caption = screen.container.querySelector('figcaption')!.textContent!;
    expect(caption).toContain(`Ireland → Ire (${pieces[3]!.id}) + land_ (${pieces[4]!.id})`);
    expect(caption).toContain('"land_"');
    await expect.element(screen.getByText('piece shared by different words')).toBeVisible();
  });

  it('outlines the piece at the cursor when asked', async () => {
    const playback = new PlaybackState({ count: pieces.length, step: 3 });
    const screen = await render(SubwordSplit, { sentence, pieces, playback, showCurrent: true });
    expect(chipTexts(screen.container, '.chip.current')).toEqual(['Ire']);
    playback.seek(5);
    await expect.poll(() => chipTexts(screen.container, '.chip.current')).toEqual(['and_']);
  });

  it('wraps to fit a 360 px screen', async () => {
    await page.viewport(360, 700);
    const screen = await render(SubwordSplit, { sentence, pieces });
    const svg = screen.container.querySelector<SVGSVGElement>('svg[data-export]')!;
    await expect.poll(() => svg.getBoundingClientRect().width).toBeLessThanOrEqual(360);
    const rows = new Set([...svg.querySelectorAll('.word')].map((n) => n.getAttribute('y')));
    expect(rows.size).toBeGreaterThan(1);
  });

  it('draws the same SVG for the same pieces', async () => {
    await page.viewport(800, 600);
    const screen = await render(SubwordSplit, { sentence, pieces });
    // The layout follows the measured width: let the first measurement land.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await expectSvgSnapshot(
      screen.container.querySelector('svg[data-export]'),
      'SubwordSplit-ireland-england'
    );
  });
});
