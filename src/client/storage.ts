/**
 * Browser side of the progress store (src/lib/progressStore.ts): read and write the one
 * versioned key. localStorage may be disabled, full or hold garbage; none of that may
 * break a page, so every access is guarded and problems become a notice for the reader.
 */
import { parseProgress, STORAGE_KEY, type Loaded, type Progress } from '../lib/progressStore.ts';

export function loadProgress(): Loaded {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return { ...parseProgress(null), notice: 'Your browser does not allow saved progress here, so results last only until you leave the page.' };
  }
  return parseProgress(raw);
}

/** Returns a notice when saving failed (storage disabled or full). */
export function saveProgress(p: Progress): string | undefined {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(p));
    return undefined;
  } catch {
    return 'Your progress could not be saved (storage is full or disabled); results last only until you leave the page.';
  }
}
