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

// The diff is computed in the editor worker, a separate file next to this bundle.
(globalThis as { MonacoEnvironment?: monaco.Environment }).MonacoEnvironment = { getWorker: () => new EditorWorker() };

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
    // Side by side in Starlight's ~650px content column; long lines wrap instead of scrolling.
    useInlineViewWhenSpaceIsLimited: true,
    renderSideBySideInlineBreakpoint: 560,
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
      editor.dispose();
      original.dispose();
      modified.dispose();
    },
  };
}
