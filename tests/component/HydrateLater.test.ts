import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import HydrateLaterHarness from './HydrateLaterHarness.svelte';

describe('HydrateLater', () => {
  it('mounts the figure in a task after the first render when there is no prerendered HTML', async () => {
    const screen = await render(HydrateLaterHarness, { label: 'Cell state' });
    // A client-side render (a navigation): the block starts empty and the figure arrives a task later.
    expect(screen.container.querySelector('.island')?.childElementCount).toBe(0);
    await expect.element(screen.getByText('Cell state: 2')).toBeVisible();
    // The block says it is live, which the layout waits for before it marks the page hydrated.
    expect(screen.container.querySelector('.later')?.hasAttribute('data-live')).toBe(true);
  });

  it('follows the page: new props reach the figure and a bound prop writes back', async () => {
    const screen = await render(HydrateLaterHarness, { label: 'Cell state' });
    await expect.element(screen.getByText('Cell state: 2')).toBeVisible();
    await screen.rerender({ label: 'Forget gate' });
    await expect.element(screen.getByText('Forget gate: 2')).toBeVisible();
    await screen.getByRole('button', { name: 'More' }).click();
    await expect.element(screen.getByText('Forget gate: 3')).toBeVisible();
    await expect.element(screen.getByText('count outside: 3')).toBeVisible();
  });

  it('removes the figure with the block', async () => {
    const screen = await render(HydrateLaterHarness, { label: 'Cell state' });
    await expect.element(screen.getByText('Cell state: 2')).toBeVisible();
    screen.unmount();
    expect(document.body.textContent).not.toContain('Cell state: 2');
  });
});
