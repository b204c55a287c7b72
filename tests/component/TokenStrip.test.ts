import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import TokenStrip from '$lib/components/TokenStrip.svelte';

const tokens = [
  { text: 'I', id: 4 },
  { text: 'lived', id: 9 },
  { text: 'in', id: 6 },
  { text: 'Eire', id: 1, oov: true }
];

describe('TokenStrip', () => {
  it('renders one button per token with the current one marked', async () => {
    const screen = await render(TokenStrip, { tokens, current: 1 });
    const buttons = screen.getByRole('button').all();
    expect(buttons).toHaveLength(4);
    await expect
      .element(screen.getByRole('button', { name: /lived/ }))
      .toHaveAttribute('aria-current', 'step');
    await expect
      .element(screen.getByRole('button', { name: /^I,/ }))
      .not.toHaveAttribute('aria-current');
  });

  it('marks out-of-vocabulary tokens visibly and in their name', async () => {
    const screen = await render(TokenStrip, { tokens });
    await expect.element(screen.getByRole('button', { name: /Eire.*unknown word/ })).toBeVisible();
    await expect.element(screen.getByText('OOV')).toBeVisible();
  });

  it('shows ids only when asked', async () => {
    const hidden = await render(TokenStrip, { tokens });
    await expect.element(hidden.getByText('9')).not.toBeInTheDocument();
    hidden.unmount();
    const shown = await render(TokenStrip, { tokens, showIds: true });
    await expect.element(shown.getByText('9')).toBeVisible();
  });

  it('moves the current step with the keyboard and reports each pick', async () => {
    const picked: number[] = [];
    const screen = await render(TokenStrip, {
      tokens,
      current: 0,
      onselect: (i: number) => picked.push(i)
    });
    await userEvent.click(screen.getByRole('button', { name: /^I,/ }));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect
      .element(screen.getByRole('button', { name: /^in,/ }))
      .toHaveAttribute('aria-current', 'step');
    await expect.element(screen.getByRole('button', { name: /^in,/ })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{Home}');
    expect(picked).toEqual([0, 1, 2, 3, 0]);
  });

  it('keeps a single tab stop on the current token', async () => {
    const screen = await render(TokenStrip, { tokens, current: 2 });
    const tabbable = screen.container.querySelectorAll('button[tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0]?.textContent).toContain('in');
  });

  it('has a text alternative that follows the current step', async () => {
    const screen = await render(TokenStrip, { tokens, current: 3 });
    const caption = screen.container.querySelector('figcaption');
    expect(caption?.textContent).toContain('Current step 4: "Eire"');
    expect(caption?.textContent).toContain('Unknown to the vocabulary: Eire');
  });

  it('lays right-to-left text out right to left', async () => {
    const screen = await render(TokenStrip, {
      tokens: [
        { text: 'שלום', id: 2 },
        { text: 'עולם', id: 3 }
      ]
    });
    expect(screen.container.querySelector('ol')?.getAttribute('dir')).toBe('rtl');
  });

  it('says so when there are no tokens', async () => {
    const screen = await render(TokenStrip, { tokens: [] });
    await expect.element(screen.getByText('No tokens yet.')).toBeVisible();
  });
});
