import type { Preview } from '@storybook/sveltekit';
import '../src/lib/styles/theme.css';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Axe violations fail the story test, not just the panel.
    a11y: { test: 'error' }
  }
};

export default preview;
