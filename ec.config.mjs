// Expressive Code settings shared by Markdown fences and the <Code> component.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginLineNumbers } from '@expressive-code/plugin-line-numbers';

export default defineEcConfig({
  plugins: [pluginLineNumbers()],
  themes: ['github-dark', 'github-light'],
  defaultProps: { showLineNumbers: false },
  styleOverrides: {
    codeFontSize: '0.85rem',
    // EC's default line-number colours fail WCAG AA (4.5:1) on both GitHub themes' backgrounds.
    lineNumbers: { foreground: ({ theme }) => (theme.type === 'dark' ? '#a0a9b3' : '#424a53') },
  },
});
