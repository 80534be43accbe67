/**
 * Entry of the self-hosted diff editor bundle (public/vendor/diff-editor/diff-editor.js, built by
 * scripts/build-diff-editor.ts, loaded by src/components/diffEditorLauncher.ts on click only).
 * It stays tiny: Monaco sits behind a dynamic import so that Vite's preload helper also fetches
 * Monaco's CSS (and, through it, the codicon font) with URLs relative to this file.
 */
import type { DiffEditorHandle, DiffEditorInput } from './editor.ts';

export type { DiffEditorHandle, DiffEditorInput };

export async function mountDiffEditor(host: HTMLElement, input: DiffEditorInput): Promise<DiffEditorHandle> {
  const { mount } = await import('./editor.ts');
  return mount(host, input);
}
