// Expressive Code settings shared by Markdown fences and the <Code> component.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginLineNumbers } from '@expressive-code/plugin-line-numbers';

export default defineEcConfig({
  plugins: [pluginLineNumbers()],
  themes: ['github-dark', 'github-light'],
  defaultProps: { showLineNumbers: false },
  styleOverrides: { codeFontSize: '0.85rem' },
});
