/**
 * Progress on tracks and the progress page, from the one local store
 * (src/lib/progressStore.ts): <track-progress> shows each pitfall's status and where to
 * continue; <progress-manager> exports, imports and resets; <read-marker> and
 * <exercise-done> record progress on pitfall pages.
 */
import { emptyProgress, exportProgress, importProgress, markExercise, markRead, status } from '../lib/progressStore.ts';
import { loadProgress, saveProgress } from './storage.ts';

function notify(host: HTMLElement, msg?: string) {
  const el = host.querySelector<HTMLElement>('[data-notice]');
  if (el && msg) {
    el.textContent = msg;
    el.hidden = false;
  }
}

class TrackProgress extends HTMLElement {
  connectedCallback() {
    const { progress, notice } = loadProgress();
    notify(this, notice);
    const items = [...this.querySelectorAll<HTMLElement>('[data-slug]')];
    let done = 0;
    let next: HTMLElement | undefined;
    for (const item of items) {
      const s = status(progress, item.dataset.slug!, Number(item.dataset.quiz ?? 0));
      const complete = s.read && s.quizPassed && s.exercise;
      if (complete) done++;
      else next ??= item;
      item.dataset.state = complete ? 'done' : s.read || s.quizRight || s.exercise ? 'started' : 'new';
      const parts = [
        s.read ? '✓ read' : '○ not read',
        `${s.quizPassed ? '✓' : '○'} quiz ${s.quizRight}/${item.dataset.quiz}`,
        s.exercise ? '✓ exercise' : '○ exercise',
      ];
      item.querySelector('[data-status]')!.textContent = parts.join(' · ');
    }
    this.querySelector('[data-summary]')!.textContent = `${done} of ${items.length} pitfalls done`;
    const meter = this.querySelector<HTMLProgressElement>('progress');
    if (meter) meter.value = done;
    const cont = this.querySelector<HTMLAnchorElement>('[data-continue]');
    if (cont) {
      if (next) {
        cont.href = next.querySelector('a')!.href;
        cont.textContent = `${done || items.some((i) => i.dataset.state === 'started') ? 'Continue where you left off' : 'Start'}: ${next.querySelector('a')!.textContent}`;
      } else cont.textContent = 'Track complete: every pitfall read, quizzed and fixed.';
      cont.hidden = false;
    }
  }
}

class ProgressManager extends HTMLElement {
  connectedCallback() {
    const say = (msg: string) => {
      const el = this.querySelector<HTMLElement>('[data-message]')!;
      el.textContent = msg;
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
    this.querySelector<HTMLInputElement>('[data-import]')!.addEventListener('change', async (e) => {
      const file = (e.target as HTMLInputElement).files?.[0];
      if (!file) return;
      const { progress, error } = importProgress(await file.text());
      if (!progress) return say(`Import failed: ${error}`);
      const problem = saveProgress(progress);
      say(problem ?? 'Progress imported.');
      if (!problem) location.reload();
    });
    this.querySelector('[data-reset]')!.addEventListener('click', () => {
      if (!confirm('Reset all progress? This cannot be undone (export it first to keep a copy).')) return;
      const problem = saveProgress(emptyProgress());
      say(problem ?? 'Progress reset.');
      if (!problem) location.reload();
    });
  }
}

class ReadMarker extends HTMLElement {
  connectedCallback() {
    const slug = this.dataset.slug!;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      const { progress } = loadProgress();
      saveProgress(markRead(progress, slug));
    });
    observer.observe(this);
  }
}

class ExerciseDone extends HTMLElement {
  connectedCallback() {
    const slug = this.dataset.slug!;
    const box = this.querySelector<HTMLInputElement>('input')!;
    this.hidden = false;
    box.checked = Boolean(loadProgress().progress.exercise[slug]);
    box.addEventListener('change', () => {
      notify(this, saveProgress(markExercise(loadProgress().progress, slug, box.checked)));
    });
  }
}

customElements.define('track-progress', TrackProgress);
customElements.define('progress-manager', ProgressManager);
customElements.define('read-marker', ReadMarker);
customElements.define('exercise-done', ExerciseDone);
