/**
 * Marker comments in sandbox Go files. They are ordinary Go comments, so the file that
 * compiles and the file the page shows stay one (see sandboxes/README.md):
 *
 *   // #region name   …   // #endregion     a named region the page shows (not nested)
 *   code // [!proof]                         the line where a static diagnostic must appear
 *   code // [!note] text                     a numbered callout with that text on the line
 *   code // [!mark] / [!ins] / [!del]        highlight the line as notable / added / removed
 *   code // [!bug]                           the answer to the spot-the-bug quiz (never shown)
 *   code // [!fix]                           in good.go: a line the fix needs; mutants.ts checks the proof pins it (never shown)
 *   code // [!bug] [!note] text              several markers on one line
 *
 * Marker lines and trailing markers are removed from what the page shows and copies.
 */

export const MARKER_KINDS = ['proof', 'note', 'mark', 'ins', 'del', 'bug', 'fix'] as const;

export interface Annotation {
  /** 1-based line number in the file. */
  line: number;
  kind: (typeof MARKER_KINDS)[number];
  text: string;
}

export interface Region {
  name: string;
  /** 1-based line number of the first line shown (the line after `// #region`). */
  startLine: number;
  /** 1-based line number of the last line shown. */
  endLine: number;
}

export interface ParsedFile {
  regions: Map<string, Region>;
  annotations: Annotation[];
  /** The file's lines with trailing markers removed (marker-only lines kept, for line numbers). */
  cleanLines: string[];
  /** Problems an author must fix: `line: message`. */
  errors: { line: number; message: string }[];
}

const REGION_START = /^\s*\/\/\s*#region\s+([A-Za-z0-9_-]+)\s*$/;
const REGION_START_LOOSE = /^\s*\/\/\s*#region\b/;
const REGION_END = /^\s*\/\/\s*#endregion\b/;
const TRAILING = /\s*\/\/\s*((?:\[!\w+\]\s*)+)(.*)$/;
const KNOWN = new Set<string>(MARKER_KINDS);

export function parseMarkers(source: string): ParsedFile {
  const lines = source.split('\n');
  const regions = new Map<string, Region>();
  const annotations: Annotation[] = [];
  const errors: ParsedFile['errors'] = [];
  const cleanLines: string[] = [];
  let open: { name: string; line: number } | null = null;

  lines.forEach((raw, i) => {
    const line = i + 1;
    const start = REGION_START.exec(raw);
    if (start) {
      if (open) errors.push({ line, message: `region "${start[1]}" starts inside region "${open.name}" (line ${open.line}); regions cannot nest — close the first with // #endregion` });
      else if (regions.has(start[1])) errors.push({ line, message: `region "${start[1]}" is defined twice; give each region its own name` });
      open = { name: start[1], line };
      cleanLines.push(raw);
      return;
    }
    if (REGION_START_LOOSE.test(raw)) {
      errors.push({ line, message: 'a region marker needs a name: write // #region <name> (letters, digits, - or _)' });
      cleanLines.push(raw);
      return;
    }
    if (REGION_END.test(raw)) {
      if (!open) errors.push({ line, message: '// #endregion without a matching // #region <name>' });
      else {
        if (line - 1 < open.line + 1) errors.push({ line, message: `region "${open.name}" is empty` });
        regions.set(open.name, { name: open.name, startLine: open.line + 1, endLine: line - 1 });
        open = null;
      }
      cleanLines.push(raw);
      return;
    }
    const m = TRAILING.exec(raw);
    if (m) {
      const text = m[2].trim();
      for (const [, kind] of m[1].matchAll(/\[!(\w+)\]/g)) {
        if (!KNOWN.has(kind)) {
          errors.push({ line, message: `unknown marker [!${kind}]: use one of ${MARKER_KINDS.map((k) => `[!${k}]`).join(', ')}` });
          continue;
        }
        if (kind === 'note' && !text) errors.push({ line, message: '[!note] needs text: write // [!note] what the reader should notice' });
        annotations.push({ line, kind: kind as Annotation['kind'], text: kind === 'note' ? text : '' });
      }
      cleanLines.push(raw.slice(0, m.index).replace(/\s+$/, ''));
      return;
    }
    cleanLines.push(raw);
  });
  if (open) errors.push({ line: (open as { line: number }).line, message: `region "${(open as { name: string }).name}" is never closed: add // #endregion` });
  return { regions, annotations, cleanLines, errors };
}

export interface Excerpt {
  code: string;
  startLine: number;
  endLine: number;
  /** Annotations inside the excerpt, with file line numbers. */
  annotations: Annotation[];
}

/** The lines of a region (or the whole file, for region `*`), ready to show. */
export function excerpt(parsed: ParsedFile, region: string): Excerpt {
  let startLine = 1;
  let endLine = parsed.cleanLines.length;
  if (region !== '*') {
    const r = parsed.regions.get(region);
    if (!r) {
      const known = [...parsed.regions.keys()];
      throw new Error(`no region "${region}"${known.length ? `; regions in this file: ${known.join(', ')}` : '; this file has no // #region markers'}`);
    }
    ({ startLine, endLine } = r);
  }
  // The whole-file view blanks `// #region` lines rather than dropping them, so every line number stays real.
  let lines = parsed.cleanLines.slice(startLine - 1, endLine);
  if (region === '*') lines = lines.map((l) => (REGION_START_LOOSE.test(l) || REGION_END.test(l) ? '' : l));
  if (region === '*') {
    while (lines.length && lines[lines.length - 1] === '') { lines = lines.slice(0, -1); endLine--; }
  }
  return {
    code: lines.join('\n'),
    startLine,
    endLine,
    annotations: parsed.annotations.filter((a) => a.line >= startLine && a.line <= endLine),
  };
}
