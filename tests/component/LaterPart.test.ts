import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import LoadedPart from './LaterPartLoaded.svelte';
import LaterPartHarness from './LaterPartHarness.svelte';

describe('LaterPart', () => {
  it('draws the part once its import has arrived, not during the first render', async () => {
    const screen = await render(LaterPartHarness, {
      load: () => Promise.resolve({ default: LoadedPart })
    });
    // The import starts in a task after the first render: nothing is drawn yet.
    expect(screen.container.textContent?.trim()).toBe('');
    await expect.element(screen.getByText('loaded later')).toBeVisible();
  });

  it('says in one line that the part could not load, and why, when its import fails', async () => {
    const screen = await render(LaterPartHarness, {
      load: () => Promise.reject(new Error('Failed to fetch dynamically imported module'))
    });
    const alert = screen.getByRole('alert');
    await expect
      .element(alert)
      .toHaveTextContent(
        'The test part could not load (Failed to fetch dynamically imported module). Reload the page to try again.'
      );
  });
});
