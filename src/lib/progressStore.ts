/**
 * Learner progress in localStorage, under ONE versioned key. Pure parsing and updating
 * here (unit-tested); src/client/storage.ts does the browser I/O.
 *
 * Stored shape (version 1):
 *
 *   localStorage["gopitfalls"] = {
 *     "version": 1,
 *     "read":     { "<slug>": "2026-11-21T15:00:00Z" },          // reached the proof section
 *     "quiz":     { "<slug>": { "<question index>": { "correct": true, "at": "…" } } },
 *     "exercise": { "<slug>": "2026-11-21T15:20:00Z" }           // learner marked it passed
 *   }
 *
 * The same JSON is what "Export progress" downloads and "Import" accepts.
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
  read: Record<string, string>;
  quiz: Record<string, Record<string, QuizAnswer>>;
  exercise: Record<string, string>;
}

export const emptyProgress = (): Progress => ({ version: STORE_VERSION, read: {}, quiz: {}, exercise: {} });

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
  const dates = (v: unknown) =>
    Object.fromEntries(Object.entries(isRecord(v) ? v : {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
  // Built with fromEntries, never `obj[key] = …`: stored keys are untrusted, and assigning
  // to a "__proto__" key from the JSON would write to Object.prototype.
  const answersOf = (v: unknown) =>
    Object.entries(isRecord(v) ? v : {}).flatMap(([q, a]): [string, QuizAnswer][] =>
      isRecord(a) && typeof a.correct === 'boolean' && typeof a.at === 'string' ? [[q, { correct: a.correct, at: a.at }]] : [],
    );
  const quiz: Progress['quiz'] = Object.fromEntries(
    Object.entries(isRecord(data.quiz) ? data.quiz : {}).flatMap(([slug, v]) => {
      const answers = answersOf(v);
      return answers.length ? [[slug, Object.fromEntries(answers)]] : [];
    }),
  );
  return { progress: { version: STORE_VERSION, read: dates(data.read), quiz, exercise: dates(data.exercise) } };
}

export function markRead(p: Progress, slug: string, at = new Date().toISOString()): Progress {
  return p.read[slug] ? p : { ...p, read: { ...p.read, [slug]: at } };
}

export function markExercise(p: Progress, slug: string, done: boolean, at = new Date().toISOString()): Progress {
  const exercise = { ...p.exercise };
  if (done) exercise[slug] = at;
  else delete exercise[slug];
  return { ...p, exercise };
}

/** A pitfall's status for tracks: read, all quiz questions right, exercise done. */
export function status(p: Progress, slug: string, quizCount: number) {
  const answers = p.quiz[slug] ?? {};
  const right = Object.values(answers).filter((a) => a.correct).length;
  return {
    read: Boolean(p.read[slug]),
    quizPassed: quizCount > 0 && right >= quizCount,
    quizRight: right,
    exercise: Boolean(p.exercise[slug]),
  };
}

/** Import a file a learner exported: strict, with a message that says what is wrong. */
export function importProgress(text: string): { progress?: Progress; error?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'That file is not JSON: choose a file made by "Export progress".' };
  }
  if (!isRecord(data) || data.version !== STORE_VERSION || !isRecord(data.quiz) || !isRecord(data.read) || !isRecord(data.exercise)) {
    return { error: `That file is not a Go Pitfalls progress export (version ${STORE_VERSION}): choose a file made by "Export progress".` };
  }
  return { progress: parseProgress(text).progress };
}

export const exportProgress = (p: Progress) => JSON.stringify(p, null, 2) + '\n';

export function recordAnswer(p: Progress, slug: string, question: number, correct: boolean, at = new Date().toISOString()): Progress {
  return { ...p, quiz: { ...p.quiz, [slug]: { ...p.quiz[slug], [String(question)]: { correct, at } } } };
}
