import type { StorybookConfig } from '@storybook/sveltekit';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(svelte|ts)'],
  addons: [
    '@storybook/addon-svelte-csf',
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest'
  ],
  framework: { name: '@storybook/sveltekit', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true }
};

export default config;
