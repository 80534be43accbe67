/**
 * Progress on tracks and the progress page, from the one local store
 * (src/lib/progressStore.ts): <track-progress> shows each pitfall's status and where to
 * go next; <progress-manager> exports, imports (merging) and resets; <page-progress> holds
 * the reader's "read" and "exercise" marks on a pitfall page.
 *
 * Nothing reloads the page: a change made here is announced with CHANGED, and every
 * <track-progress> on the page redraws from storage.
 */
import {
  continueTarget,
  describeMerge,
  emptyProgress,
  exportProgress,
  importProgress,
  markExercise,
  markRead,
  mergeProgress,
  status,
  unmarkRead,
} from '../lib/progressStore.ts';
import { loadProgress, saveProgress } from './storage.ts';

const CHANGED = 'gopitfalls:progress';

/** Show `msg` in the host's notice, or hide a notice that no longer applies. */
function notify(host: HTMLElement, msg?: string) {
  const el = host.querySelector<HTMLElement>('[data-notice]');
  if (!el) return;
  el.textContent = msg ?? '';
  el.hidden = !msg;
}

class TrackProgress extends HTMLElement {
  #redraw = () => this.render();
  #onShow = (e: PageTransitionEvent) => e.persisted && this.render();

  connectedCallback() {
    this.render();
    document.addEventListener(CHANGED, this.#redraw);
    // Another tab saved, or Back restored this page from the cache after a mark was made.
    window.addEventListener('storage', this.#redraw);
    window.addEventListener('pageshow', this.#onShow);
  }

  disconnectedCallback() {
    document.removeEventListener(CHANGED, this.#redraw);
    window.removeEventListener('storage', this.#redraw);
    window.removeEventListener('pageshow', this.#onShow);
  }

  render() {
    const { progress, notice } = loadProgress();
    notify(this, notice);
    const items = [...this.querySelectorAll<HTMLElement>('li[data-slug]')];
    const list = items.map((item) => ({ slug: item.dataset.slug!, quiz: Number(item.dataset.quiz ?? 0) }));
    let done = 0;
    items.forEach((item, i) => {
      const s = status(progress, list[i].slug, list[i].quiz);
      const complete = s.read && s.quizPassed && s.exercise;
      if (complete) done++;
      item.dataset.state = complete ? 'done' : s.read || s.quizRight || s.exercise ? 'started' : 'new';
      const parts = [
        s.read ? '✓ read' : '○ not read',
        `${s.quizPassed ? '✓' : '○'} quiz ${s.quizRight}/${list[i].quiz}`,
        s.exercise ? '✓ exercise' : '○ exercise',
      ];
      item.querySelector('[data-status]')!.textContent = parts.join(' · ');
    });
    this.querySelector('[data-summary]')!.textContent = `${done} of ${items.length} pitfalls done`;
    const meter = this.querySelector<HTMLProgressElement>('progress');
    if (meter) meter.value = done;

    const box = this.querySelector<HTMLElement>('[data-continue]');
    if (!box) return;
    const link = box.querySelector<HTMLAnchorElement>('a')!;
    const left = box.querySelector<HTMLElement>('[data-left]')!;
    const target = continueTarget(progress, list);
    if (target.kind === 'complete') {
      link.hidden = true;
      left.textContent = 'All done: every pitfall here is read, quizzed and fixed.';
    } else {
      const title = items[target.index].querySelector('a')!;
      const label = { start: 'Start', continue: 'Continue where you left off', next: 'Next' }[target.kind];
      link.hidden = false;
      link.setAttribute('href', title.getAttribute('href')!);
      link.textContent = `${label}: ${title.textContent}`;
      left.textContent = target.kind === 'continue' ? `(still to do: ${target.left.join(', ')})` : '';
    }
    box.hidden = false;
  }
}

class ProgressManager extends HTMLElement {
  connectedCallback() {
    const message = this.querySelector<HTMLElement>('[data-message]')!;
    // Each action replaces the last message, so no earlier error outlives the action after it.
    const say = (msg: string) => (message.textContent = msg);
    const changed = () => {
      notify(this, loadProgress().notice);
      document.dispatchEvent(new Event(CHANGED));
    };
    notify(this, loadProgress().notice);
    this.querySelectorAll<HTMLElement>('[hidden][data-js]').forEach((el) => (el.hidden = false));

    this.querySelector('[data-export]')!.addEventListener('click', () => {
      const blob = new Blob([exportProgress(loadProgress().progress)], { type: 'application/json' });
      const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'gopitfalls-progress.json' });
      a.click();
      URL.revokeObjectURL(a.href);
      say('Progress exported to gopitfalls-progress.json.');
    });

    const input = this.querySelector<HTMLInputElement>('[data-import]')!;
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      say('');
      let text: string;
      try {
        text = await file.text();
      } catch {
        text = '';
      } finally {
        // Choosing the same file again (after fixing it, or after a reset) must import again.
        input.value = '';
      }
      const { progress: imported, error } = importProgress(text);
      if (!imported) return say(`Import failed: ${error} Nothing was changed.`);
      const { progress, added } = mergeProgress(loadProgress().progress, imported);
      const problem = saveProgress(progress);
      if (problem) return say(problem);
      say(describeMerge(added));
      changed();
    });

    this.querySelector('[data-reset]')!.addEventListener('click', () => {
      say('');
      if (!confirm('Reset all progress in this browser? Every read mark, quiz answer and exercise mark is deleted; export first to keep a copy.')) {
        return say('Reset cancelled: your progress is unchanged.');
      }
      const problem = saveProgress(emptyProgress());
      if (problem) return say(problem);
      say('Progress reset: every pitfall is back to not started.');
      changed();
    });
  }
}

class PageProgress extends HTMLElement {
  connectedCallback() {
    const slug = this.dataset.slug!;
    const message = this.querySelector<HTMLElement>('[data-message]')!;
    const read = this.querySelector<HTMLInputElement>('[data-mark="read"]')!;
    const exercise = this.querySelector<HTMLInputElement>('[data-mark="exercise"]')!;
    const { progress } = loadProgress();
    read.checked = Boolean(progress.read[slug]);
    exercise.checked = Boolean(progress.exercise[slug]);
    this.hidden = false;
    // Read-modify-write on every change: the quiz on this page saves to the same store.
    read.addEventListener('change', () => {
      const p = loadProgress().progress;
      const problem = saveProgress(read.checked ? markRead(p, slug) : unmarkRead(p, slug));
      message.textContent = problem ?? (read.checked ? 'Marked as read; your tracks and progress page show it.' : 'No longer marked as read.');
    });
    exercise.addEventListener('change', () => {
      const problem = saveProgress(markExercise(loadProgress().progress, slug, exercise.checked));
      message.textContent = problem ?? (exercise.checked ? 'Exercise marked as passed.' : 'Exercise no longer marked as passed.');
    });
  }
}

customElements.define('track-progress', TrackProgress);
customElements.define('progress-manager', ProgressManager);
customElements.define('page-progress', PageProgress);
