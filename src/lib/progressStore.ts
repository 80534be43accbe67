/**
 * Learner progress in localStorage, under ONE versioned key. Pure parsing and updating
 * here (unit-tested); src/scripts/storage.ts does the browser I/O.
 *
 * Stored shape (version 1):
 *
 *   localStorage["gopitfalls"] = {
 *     "version": 1,
 *     "quiz": { "<slug>": { "<question index>": { "correct": true, "at": "2026-11-21T15:00:00Z" } } }
 *   }
 *
 * Missing, corrupt or other-version data never breaks a page: the learner starts fresh
 * and is told why.
 */
export const STORAGE_KEY = 'gopitfalls';
export const STORE_VERSION = 1;

export interface QuizAnswer {
  correct: boolean;
  at: string;
}

export interface Progress {
  version: typeof STORE_VERSION;
  quiz: Record<string, Record<string, QuizAnswer>>;
}

export const emptyProgress = (): Progress => ({ version: STORE_VERSION, quiz: {} });

export interface Loaded {
  progress: Progress;
  /** Set when stored data was unusable and the learner starts fresh. */
  notice?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseProgress(raw: string | null): Loaded {
  if (raw === null) return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), notice: 'Your saved progress could not be read, so it starts fresh.' };
  }
  if (!isRecord(data) || typeof data.version !== 'number') {
    return { progress: emptyProgress(), notice: 'Your saved progress could not be read, so it starts fresh.' };
  }
  if (data.version !== STORE_VERSION) {
    return { progress: emptyProgress(), notice: `Your saved progress is from another version of this site (${data.version}), so it starts fresh.` };
  }
  const quiz: Progress['quiz'] = {};
  if (isRecord(data.quiz)) {
    for (const [slug, answers] of Object.entries(data.quiz)) {
      if (!isRecord(answers)) continue;
      for (const [q, a] of Object.entries(answers)) {
        if (isRecord(a) && typeof a.correct === 'boolean' && typeof a.at === 'string') {
          (quiz[slug] ??= {})[q] = { correct: a.correct, at: a.at };
        }
      }
    }
  }
  return { progress: { version: STORE_VERSION, quiz } };
}

export function recordAnswer(p: Progress, slug: string, question: number, correct: boolean, at = new Date().toISOString()): Progress {
  return { ...p, quiz: { ...p.quiz, [slug]: { ...p.quiz[slug], [String(question)]: { correct, at } } } };
}
