/**
 * <pitfall-quiz>: checks answers of the server-rendered quiz, marks every chosen option right
 * or wrong and every right option the reader missed, explains each, and saves results
 * (src/client/storage.ts). Without it the page still shows every question and, in a
 * disclosure, every answer.
 */
import { gradeOptions, verdict, type Mark } from '../lib/quizGrade.ts';
import { recordAnswer } from '../lib/progressStore.ts';
import { loadProgress, saveProgress } from './storage.ts';

const MARKS: Record<Mark, [icon: string, word: string]> = { right: ['✓', 'right'], wrong: ['✗', 'wrong'], missed: ['○', 'missed'] };
const WORDS: Record<Mark, string> = { right: 'Right', wrong: 'Wrong', missed: 'Missed' };

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
      const options = [...form.querySelectorAll<HTMLLabelElement>('label.quiz-option')];
      const inputOf = (label: HTMLLabelElement) => label.querySelector('input')!;
      const label = (i: number) => options[i]?.dataset.label ?? String(i + 1);
      const explain = (i: number) =>
        (form.querySelector(`.quiz-answer li[data-option="${i}"] .quiz-explain`) ?? form.querySelector('.quiz-answer li[data-option="other"] .quiz-explain'))?.textContent?.trim() ?? '';
      button.hidden = false;

      const clearMarks = () => {
        for (const o of options) {
          delete o.dataset.mark;
          o.querySelector('.quiz-mark')!.replaceChildren();
        }
      };

      const previous = progress.quiz[slug]?.[String(index)];
      if (previous) {
        feedback.dataset.result = previous.correct ? 'right' : 'wrong';
        feedback.textContent = previous.correct ? 'You answered this correctly before.' : 'You tried this before; try again.';
      }

      // A mark describes the answer that was checked: once the reader changes it, it would mislead.
      form.addEventListener('change', clearMarks);
      // Enter chooses the focused line or option, as Space does, rather than submitting the form
      // with whatever was chosen before.
      form.addEventListener('keydown', (event) => {
        const input = event.target as HTMLInputElement;
        if (event.key !== 'Enter' || input.type !== 'radio') return;
        event.preventDefault();
        if (!input.checked) input.click();
      });

      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const chosen = options.flatMap((o, i) => (inputOf(o).checked ? [i] : []));
        clearMarks();
        if (!chosen.length) {
          feedback.dataset.result = '';
          feedback.textContent = 'Choose an answer first.';
          return;
        }
        const graded = gradeOptions(correct, chosen);
        const items = graded.marks.map(({ option, mark }) => {
          const [icon, word] = MARKS[mark];
          const slot = options[option].querySelector('.quiz-mark')!;
          const glyph = document.createElement('span');
          glyph.setAttribute('aria-hidden', 'true');
          glyph.textContent = icon;
          const text = document.createElement('span');
          text.className = 'quiz-mark-word';
          text.textContent = ` ${word}`;
          slot.replaceChildren(glyph, text);
          options[option].dataset.mark = mark;
          const li = document.createElement('li');
          li.dataset.mark = mark;
          li.textContent = `${icon} ${WORDS[mark]}: ${label(option)}. ${explain(option)}`;
          return li;
        });
        const head = document.createElement('p');
        head.textContent = verdict(graded, label);
        const list = document.createElement('ul');
        list.replaceChildren(...items);
        feedback.dataset.result = graded.result;
        // One replacement, so the live region announces the verdict and the explanations together.
        feedback.replaceChildren(head, list);
        // Read-modify-write: other elements on the page (the read and exercise marks) save progress too.
        tell(saveProgress(recordAnswer(loadProgress().progress, slug, index, graded.result === 'right')));
      });
    }
  }
}

customElements.define('pitfall-quiz', PitfallQuiz);
