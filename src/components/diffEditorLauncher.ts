/**
 * <diff-editor-launcher>: progressive enhancement of DiffViewer.astro's static diff. Shows the
 * "Open in the diff editor" button. When the reader points at or focuses it, it starts loading the
 * self-hosted Monaco bundle (scripts/build-diff-editor.ts) — nothing of Monaco is requested
 * before — so that on click (or Enter/Space) the read-only diff editor replaces the table in well
 * under a second; "Close editor" brings the table back.
 */
import type { DiffEditorHandle, DiffEditorInput } from '../diff-editor/main.ts';

const BUNDLE_PATH = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}vendor/diff-editor/diff-editor.js`;
const OPEN_LABEL = 'Open in the diff editor';

type Bundle = typeof import('../diff-editor/main.ts');
let bundle: Promise<Bundle> | undefined;

/** The bundle, imported once per page; its preload() fetches, parses and runs Monaco without mounting. */
function loadBundle(): Promise<Bundle> {
  // An absolute URL: in `astro dev` Vite would add ?import to a path and refuse it as a public file.
  bundle ??= import(/* @vite-ignore */ new URL(BUNDLE_PATH, document.baseURI).href) as Promise<Bundle>;
  // A failed load is not cached: the click tries again (and reports the failure).
  bundle.catch(() => (bundle = undefined));
  return bundle;
}

class DiffEditorLauncher extends HTMLElement {
  #handle: DiffEditorHandle | null = null;
  #busy = false;
  #part = <T extends HTMLElement>(name: string) => this.querySelector<T>(`[data-${name}]`)!;

  connectedCallback() {
    const open = this.#part<HTMLButtonElement>('open');
    open.hidden = false;
    open.addEventListener('click', () => this.#open());
    // A hover or focus usually comes a few hundred ms before the click: start loading then.
    const warm = () => { loadBundle().then((b) => b.preload()).catch(() => {}); };
    open.addEventListener('pointerenter', warm, { once: true });
    open.addEventListener('focus', warm, { once: true });
    this.#part<HTMLButtonElement>('close').addEventListener('click', () => this.#close());
  }

  async #open() {
    if (this.#busy || this.#handle) return;
    this.#busy = true;
    const open = this.#part<HTMLButtonElement>('open');
    const status = this.#part('status');
    const editor = this.#part('editor');
    open.setAttribute('aria-busy', 'true');
    open.textContent = status.textContent = 'Loading the diff editor…';
    try {
      const input = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as DiffEditorInput;
      const { mountDiffEditor } = await loadBundle();
      this.#part('static').hidden = true;
      editor.hidden = false;
      this.#handle = await mountDiffEditor(editor, input);
      open.hidden = true;
      this.#part('close').hidden = false;
      status.textContent = 'Diff editor open (read-only): bad.go is the original, good.go the modified side. Tab leaves the editor.';
      this.#handle.focus();
    } catch (error) {
      console.error(error);
      editor.hidden = true;
      editor.replaceChildren();
      this.#part('static').hidden = false;
      status.textContent = 'The diff editor could not be loaded; the static diff shows every change.';
    } finally {
      open.removeAttribute('aria-busy');
      open.textContent = OPEN_LABEL;
      this.#busy = false;
    }
  }

  #close() {
    this.#handle?.dispose();
    this.#handle = null;
    this.#part('editor').hidden = true;
    this.#part('editor').replaceChildren();
    this.#part('static').hidden = false;
    this.#part('close').hidden = true;
    const open = this.#part<HTMLButtonElement>('open');
    open.hidden = false;
    this.#part('status').textContent = 'Diff editor closed.';
    open.focus();
  }
}

customElements.define('diff-editor-launcher', DiffEditorLauncher);
