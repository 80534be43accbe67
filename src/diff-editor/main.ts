/**
 * Entry of the self-hosted diff editor bundle (public/vendor/diff-editor/diff-editor.js, built by
 * scripts/build-diff-editor.ts, loaded by src/components/diffEditorLauncher.ts when the reader
 * points at or focuses the button). It stays tiny: Monaco sits behind a dynamic import so that
 * Vite's preload helper also fetches Monaco's CSS (and, through it, the codicon font) with URLs
 * relative to this file.
 */
import type { DiffEditorHandle, DiffEditorInput } from './editor.ts';

export type { DiffEditorHandle, DiffEditorInput };

let editor: Promise<typeof import('./editor.ts')> | undefined;

/**
 * Fetch, parse and evaluate Monaco and start its diff worker, without mounting anything: called
 * on hover or focus, so that by the click (a few hundred ms later) most of the work is done.
 */
export function preload(): Promise<typeof import('./editor.ts')> {
  editor ??= import('./editor.ts').then((m) => (m.warmUp(), m));
  // A failed load is not kept: the click tries again.
  editor.catch(() => (editor = undefined));
  return editor;
}

export async function mountDiffEditor(host: HTMLElement, input: DiffEditorInput): Promise<DiffEditorHandle> {
  return (await preload()).mount(host, input);
}
