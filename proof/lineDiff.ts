/**
 * The bad → good line diff: shown under "Diff: bad → good" (the site reads it through api.ts) and
 * used by the mutation check to revert a fix hunk to its bad counterpart. Pure: no file system, so the
 * static table (DiffViewer.astro) and its tests share one definition of what a reader sees.
 */
import { diffArrays } from 'diff';
import { parseMarkers } from './markers.ts';

/** A line kept for the diff, with its 1-based line number in the sandbox file. */
export interface SourceLine {
  line: number;
  text: string;
}

export type Row =
  | { kind: 'same'; oldLine: number; newLine: number; text: string }
  | { kind: 'del'; oldLine: number; text: string }
  | { kind: 'add'; newLine: number; text: string };

/** Unchanged lines folded away between (or around) hunks. */
export interface Skip {
  kind: 'skip';
  count: number;
}

export type DisplayRow = Row | Skip;

const BUILD_LINE = /^\/\/go:build\b/;
const REGION_LINE = /^\s*\/\/\s*#(?:end)?region\b/;

/**
 * The lines of a sandbox file as the diff shows them: marker comments stripped (markers.ts),
 * the `//go:build` constraint (it only tells the variants apart) and `// #region` lines dropped,
 * runs of blank lines left by the drops folded into one, and no leading or trailing blank lines.
 */
export function cleanForDiff(source: string): SourceLine[] {
  const out: SourceLine[] = [];
  parseMarkers(source.replace(/\r\n/g, '\n')).cleanLines.forEach((text, i) => {
    if (BUILD_LINE.test(text) || REGION_LINE.test(text)) return;
    const blank = text.trim() === '';
    if (blank && (out.length === 0 || out[out.length - 1].text.trim() === '')) return;
    out.push({ line: i + 1, text });
  });
  while (out.length && out[out.length - 1].text.trim() === '') out.pop();
  return out;
}

/** Every line of both files in diff order; removals come before the additions that replace them. */
export function diffRows(oldLines: SourceLine[], newLines: SourceLine[]): Row[] {
  const rows: Row[] = [];
  let o = 0;
  let n = 0;
  for (const change of diffArrays(oldLines.map((l) => l.text), newLines.map((l) => l.text))) {
    for (const text of change.value) {
      if (change.removed) rows.push({ kind: 'del', oldLine: oldLines[o++].line, text });
      else if (change.added) rows.push({ kind: 'add', newLine: newLines[n++].line, text });
      else rows.push({ kind: 'same', oldLine: oldLines[o++].line, newLine: newLines[n++].line, text });
    }
  }
  return rows;
}

/**
 * Keeps `context` unchanged lines on each side of every change and folds the rest into skips.
 * A fold of a single line would take as much room as the line, so such lines stay visible.
 */
export function collapse(rows: Row[], context = 3): DisplayRow[] {
  const changed = rows.map((r) => r.kind !== 'same');
  if (!changed.includes(true)) return rows.length ? [{ kind: 'skip', count: rows.length }] : [];
  const keep = rows.map((_, i) => {
    for (let j = Math.max(0, i - context); j <= Math.min(rows.length - 1, i + context); j++) if (changed[j]) return true;
    return false;
  });
  const out: DisplayRow[] = [];
  for (let i = 0; i < rows.length; ) {
    if (keep[i]) { out.push(rows[i++]); continue; }
    let end = i;
    while (end < rows.length && !keep[end]) end++;
    if (end - i === 1) out.push(rows[i]);
    else out.push({ kind: 'skip', count: end - i });
    i = end;
  }
  return out;
}

export interface LineDiff {
  bad: SourceLine[];
  good: SourceLine[];
  rows: DisplayRow[];
  removed: number;
  added: number;
}

/** The diff between two sandbox sources (bad.go, good.go), folded for display. */
export function lineDiff(badSource: string, goodSource: string, context = 3): LineDiff {
  const bad = cleanForDiff(badSource);
  const good = cleanForDiff(goodSource);
  const rows = diffRows(bad, good);
  return {
    bad,
    good,
    rows: collapse(rows, context),
    removed: rows.filter((r) => r.kind === 'del').length,
    added: rows.filter((r) => r.kind === 'add').length,
  };
}
