/** Monaco's diff editor, read-only, from the tree-shakeable entry points of monaco-editor 0.57. */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/diffEditor/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/languages/definitions/go/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { DARK, LIGHT, themes } from './themes.ts';

/** One side of the diff: the cleaned file text and each shown line's number in the sandbox file. */
export interface DiffSide {
  title: string;
  text: string;
  lines: number[];
}

export interface DiffEditorInput {
  original: DiffSide;
  modified: DiffSide;
}

export interface DiffEditorHandle {
  focus(): void;
  dispose(): void;
}

// The diff is computed in the editor worker, a separate file next to this bundle. warmUp() starts
// one before the editor exists (on hover), and the editor's first request takes it.
let spare: Worker | undefined;
(globalThis as { MonacoEnvironment?: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => {
    const w = spare ?? new EditorWorker();
    spare = undefined;
    return w;
  },
};

/** Start the worker (its fetch and parse) ahead of the mount. */
export function warmUp(): void {
  spare ??= new EditorWorker();
}

/** Side by side from this viewport width up, inline (unified) below: two 300 px halves wrap every line. */
const SIDE_BY_SIDE = window.matchMedia('(min-width: 900px)');

for (const [name, data] of Object.entries(themes)) monaco.editor.defineTheme(name, data);

/** Starlight keeps the resolved theme ("light" or "dark") in <html data-theme>. */
const siteTheme = () => (document.documentElement.dataset.theme === 'light' ? LIGHT : DARK);

export async function mount(host: HTMLElement, input: DiffEditorInput): Promise<DiffEditorHandle> {
  const original = monaco.editor.createModel(input.original.text, 'go');
  const modified = monaco.editor.createModel(input.modified.text, 'go');
  const editor = monaco.editor.createDiffEditor(host, {
    theme: siteTheme(),
    readOnly: true,
    originalEditable: false,
    automaticLayout: true,
    // Tab moves focus out of the editor: nothing to type in a read-only view.
    tabFocusMode: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    renderOverviewRuler: false,
    // Side by side on wide windows, one column (unified) below 900 px; long lines wrap instead
    // of scrolling. The viewport decides, not Monaco's own editor-width breakpoint, so the view
    // does not flip while the column is being laid out.
    renderSideBySide: SIDE_BY_SIDE.matches,
    useInlineViewWhenSpaceIsLimited: false,
    wordWrap: 'on',
    diffWordWrap: 'on',
    fontSize: 13,
  });
  editor.setModel({ original, modified });
  // The sandbox file's own line numbers, as in the static diff and the code blocks.
  const side = (sub: monaco.editor.ICodeEditor, s: DiffSide, role: string) => {
    const ariaLabel = `${s.title} (${role}), read-only`;
    const label = () => { if (sub.getOption(monaco.editor.EditorOption.ariaLabel) !== ariaLabel) sub.updateOptions({ ariaLabel }); };
    sub.updateOptions({ lineNumbers: (n) => String(s.lines[n - 1] ?? '') });
    // Monaco 0.57's diff editor leaves each side's label empty (originalAriaLabel and
    // modifiedAriaLabel never reach the DOM) and resets it to "" whenever it switches between
    // side by side and inline: set it, and set it again after each reset.
    label();
    sub.onDidChangeConfiguration((e) => { if (e.hasChanged(monaco.editor.EditorOption.ariaLabel)) label(); });
  };
  side(editor.getOriginalEditor(), input.original, 'the mistake');
  side(editor.getModifiedEditor(), input.modified, 'the fix');

  // As tall as the longer side (wrapped lines included), up to three quarters of the window.
  const fit = () => {
    const content = Math.max(editor.getOriginalEditor().getContentHeight(), editor.getModifiedEditor().getContentHeight());
    host.style.height = `${Math.min(content + 2, Math.round(window.innerHeight * 0.75))}px`;
  };
  editor.getOriginalEditor().onDidContentSizeChange(fit);
  editor.getModifiedEditor().onDidContentSizeChange(fit);

  const layout = () => editor.updateOptions({ renderSideBySide: SIDE_BY_SIDE.matches });
  SIDE_BY_SIDE.addEventListener('change', layout);

  const observer = new MutationObserver(() => monaco.editor.setTheme(siteTheme()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  // Resolve once the worker has computed the diff, so "loading" lasts until the diff is visible.
  await new Promise<void>((resolve) => {
    const done = editor.onDidUpdateDiff(() => { done.dispose(); resolve(); });
    setTimeout(resolve, 5000);
  });

  return {
    focus: () => editor.getModifiedEditor().focus(),
    dispose() {
      observer.disconnect();
      SIDE_BY_SIDE.removeEventListener('change', layout);
      editor.dispose();
      original.dispose();
      modified.dispose();
    },
  };
}
