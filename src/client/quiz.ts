/**
 * <pitfall-quiz>: checks answers of the server-rendered quiz, explains the chosen option,
 * and saves results (src/client/storage.ts). Without it the page still shows every
 * question and, in a disclosure, every answer.
 */
import { grade } from '../lib/quizGrade.ts';
import { recordAnswer } from '../lib/progressStore.ts';
import { loadProgress, saveProgress } from './storage.ts';

class PitfallQuiz extends HTMLElement {
  connectedCallback() {
    const slug = this.dataset.slug ?? '';
    const loaded = loadProgress();
    const progress = loaded.progress;
    const notice = this.querySelector<HTMLElement>('.quiz-notice')!;
    const tell = (msg?: string) => {
      if (!msg) return;
      notice.textContent = msg;
      notice.hidden = false;
    };
    tell(loaded.notice);

    for (const form of this.querySelectorAll<HTMLFormElement>('form.quiz-question')) {
      const index = Number(form.dataset.index);
      const correct = JSON.parse(form.dataset.correct ?? '[]') as number[];
      const feedback = form.querySelector<HTMLElement>('.quiz-feedback')!;
      const button = form.querySelector<HTMLButtonElement>('.quiz-check')!;
      button.hidden = false;
      const previous = progress.quiz[slug]?.[String(index)];
      if (previous) {
        feedback.dataset.result = previous.correct ? 'right' : 'wrong';
        feedback.textContent = previous.correct ? 'You answered this correctly before.' : 'You tried this before; try again.';
      }
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const chosen = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => Number(i.value));
        if (!chosen.length) {
          feedback.dataset.result = '';
          feedback.textContent = 'Choose an answer first.';
          return;
        }
        const right = grade(correct, chosen);
        const explanations = chosen
          .map((i) => form.querySelector(`.quiz-answer li[data-option="${i}"]`)?.textContent?.replace(/^(Right|Wrong):\s*/, '').trim())
          .filter(Boolean);
        const otherLine = form.dataset.kind === 'spot-the-bug' && !right ? form.querySelector('.quiz-answer li:last-child')?.textContent : undefined;
        feedback.dataset.result = right ? 'right' : 'wrong';
        feedback.textContent = `${right ? 'Right.' : 'Not quite.'} ${otherLine ?? explanations.join(' ')}`;
        // Read-modify-write: other elements on the page (the read marker) save progress too.
        tell(saveProgress(recordAnswer(loadProgress().progress, slug, index, right)));
      });
    }
  }
}

customElements.define('pitfall-quiz', PitfallQuiz);
