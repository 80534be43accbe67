/**
 * Monaco's vs and vs-dark themes with colours that meet WCAG AA (4.5:1) for every token the Go
 * grammar emits, on the plain background and on inserted/removed line and text highlights
 * stacked on it. Stock vs-dark fails: comments #608B4E on #1E1E1E are 4.2:1, keywords on an
 * inserted-text highlight 2.5:1; the light theme's bracket-pair colour #319331 is 3.9:1 on white
 * (neither the editor nor the model option turned bracket colouring off in the diff editor, so
 * brackets take the text colour).
 * Ratios were computed for each token × background pair.
 */
import type { editor } from 'monaco-editor/editor';

/** Bracket pair colours 1–6, all set to the text colour. */
const brackets = (color: string) => Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [`editorBracketHighlight.foreground${i}`, color]));

const rules = (c: Record<string, string>): editor.ITokenThemeRule[] =>
  Object.entries(c).flatMap(([token, foreground]) => token.split(' ').map((t) => ({ token: t, foreground })));

export const DARK = 'go-pitfalls-dark';
export const LIGHT = 'go-pitfalls-light';

export const themes: Record<string, editor.IStandaloneThemeData> = {
  [DARK]: {
    base: 'vs-dark',
    inherit: true,
    rules: rules({
      'comment comment.doc': '8CBF7A',
      keyword: '75B6EC',
      'string string.escape': 'DBA58A',
      'number number.float number.hex number.octal number.binary': 'B5CEA8',
      'annotation invalid string.invalid': 'FFA28F',
    }),
    colors: {
      ...brackets('#D4D4D4'),
      'editorLineNumber.foreground': '#A0A0A0',
      'diffEditor.insertedLineBackground': '#2EA0432E',
      'diffEditor.insertedTextBackground': '#2EA04333',
      'diffEditor.removedLineBackground': '#F851492E',
      'diffEditor.removedTextBackground': '#F8514933',
    },
  },
  [LIGHT]: {
    base: 'vs',
    inherit: true,
    rules: rules({
      'comment comment.doc': '006400',
      keyword: '0000E0',
      'string string.escape': '9A1414',
      'number number.float number.hex number.octal number.binary': '07704C',
      type: '1C6379',
      'annotation invalid string.invalid': 'B01F1F',
    }),
    colors: {
      ...brackets('#000000'),
      'editorLineNumber.foreground': '#3D6470',
      'diffEditor.insertedLineBackground': '#2EA04324',
      'diffEditor.insertedTextBackground': '#2EA0431A',
      'diffEditor.removedLineBackground': '#F8514924',
      'diffEditor.removedTextBackground': '#F851491A',
    },
  },
};
