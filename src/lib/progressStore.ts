/**
 * Learner progress in localStorage, under ONE versioned key. Pure parsing and updating
 * here (unit-tested); src/client/storage.ts does the browser I/O.
 *
 * Stored shape (version 1):
 *
 *   localStorage["gopitfalls"] = {
 *     "version": 1,
 *     "read":     { "<slug>": "2026-11-21T15:00:00Z" },          // reader ticked "I have read this page"
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

/** Undo "I have read this page". */
export function unmarkRead(p: Progress, slug: string): Progress {
  if (!p.read[slug]) return p;
  const read = { ...p.read };
  delete read[slug];
  return { ...p, read };
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

/** What an import added to the stored progress (counts of entries new or changed). */
export interface MergeReport {
  read: number;
  quiz: number;
  exercise: number;
}

const earlier = (a: string | undefined, b: string) => (a === undefined || time(b) < time(a) ? b : a);
const time = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
};

/**
 * Import merges instead of replacing, so restoring a backup in a browser that has made
 * progress since loses nothing. Read and exercise marks: the union, each with its earlier
 * date (when it first happened). Quiz answers: per question the later attempt wins, as it
 * would have had the reader answered in one browser; on a tie the stored one stays.
 * Merging into empty progress gives exactly the import (export → reset → import restores).
 */
export function mergeProgress(stored: Progress, imported: Progress): { progress: Progress; added: MergeReport } {
  const added: MergeReport = { read: 0, quiz: 0, exercise: 0 };
  const dates = (kind: 'read' | 'exercise') =>
    Object.fromEntries(
      [...new Set([...Object.keys(stored[kind]), ...Object.keys(imported[kind])])].map((slug) => {
        const mine = stored[kind][slug];
        if (mine === undefined) added[kind]++;
        return [slug, imported[kind][slug] === undefined ? mine : earlier(mine, imported[kind][slug])];
      }),
    );
  const quiz = Object.fromEntries(
    [...new Set([...Object.keys(stored.quiz), ...Object.keys(imported.quiz)])].map((slug) => {
      const mine = stored.quiz[slug] ?? {};
      const theirs = imported.quiz[slug] ?? {};
      const answers = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].map((q): [string, QuizAnswer] => {
        const a = mine[q];
        const b = theirs[q];
        if (!b) return [q, a];
        if (!a || time(b.at) > time(a.at)) {
          if (!a || a.correct !== b.correct) added.quiz++;
          return [q, b];
        }
        return [q, a];
      });
      return [slug, Object.fromEntries(answers)];
    }),
  );
  return { progress: { version: STORE_VERSION, read: dates('read'), quiz, exercise: dates('exercise') }, added };
}

/** The import's outcome in words, for the reader (shown and announced on the progress page). */
export function describeMerge(added: MergeReport): string {
  const parts = [
    added.read && `${added.read} ${added.read === 1 ? 'page' : 'pages'} read`,
    added.quiz && `${added.quiz} quiz ${added.quiz === 1 ? 'answer' : 'answers'}`,
    added.exercise && `${added.exercise} ${added.exercise === 1 ? 'exercise' : 'exercises'} passed`,
  ].filter((x): x is string => Boolean(x));
  if (!parts.length) return 'Imported: nothing new, everything in that file was already here. Nothing was removed.';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Imported and merged: ${list} added or updated. Nothing was removed.`;
}

/** When the reader last did something on a pitfall (marked it read, answered, marked the exercise), or 0. */
export function lastActivity(p: Progress, slug: string): number {
  const stamps = [p.read[slug], p.exercise[slug], ...Object.values(p.quiz[slug] ?? {}).map((a) => a.at)];
  return Math.max(0, ...stamps.filter((s): s is string => s !== undefined).map(time));
}

export interface ContinueTarget {
  /**
   * start: nothing done in this list yet, go to the first.
   * continue: the pitfall the reader last worked on is unfinished: back to it.
   * next: the last one worked on is finished: the first unfinished one after it (in list order, wrapping).
   * complete: every pitfall is finished.
   */
  kind: 'start' | 'continue' | 'next' | 'complete';
  /** Index into the list; -1 when complete. */
  index: number;
  /** For continue: what is left on that pitfall ("read", "quiz", "exercise"). */
  left: string[];
}

/**
 * "Continue where you left off", defined: the pitfall of this list the reader last did
 * something on, if it is unfinished (so the link always goes to a page they worked on);
 * otherwise the next unfinished one after it. Finished = read, quiz passed, exercise passed.
 */
export function continueTarget(p: Progress, items: { slug: string; quiz: number }[]): ContinueTarget {
  const states = items.map((it) => {
    const s = status(p, it.slug, it.quiz);
    const left = [!s.read && 'read', !s.quizPassed && 'quiz', !s.exercise && 'exercise'].filter((x): x is string => Boolean(x));
    return { left, at: lastActivity(p, it.slug) };
  });
  if (states.every((s) => !s.left.length)) return { kind: 'complete', index: -1, left: [] };
  let last = -1;
  states.forEach((s, i) => {
    if (s.at > 0 && (last < 0 || s.at > states[last].at)) last = i;
  });
  if (last < 0) return { kind: 'start', index: 0, left: states[0].left };
  if (states[last].left.length) return { kind: 'continue', index: last, left: states[last].left };
  for (let k = 1; k < states.length; k++) {
    const i = (last + k) % states.length;
    if (states[i].left.length) return { kind: 'next', index: i, left: states[i].left };
  }
  return { kind: 'complete', index: -1, left: [] }; // unreachable: some item has something left
}
