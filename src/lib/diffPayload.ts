/**
 * What the diff editor is fed on a pitfall page: both sandbox files as the static diff shows them
 * (proof/lineDiff.ts cleanForDiff: markers, build constraint and region lines gone), titled with
 * their repository paths, with each shown line's number in the real file. DiffViewer.astro embeds
 * it as JSON; scripts/check-diff-data.ts checks every built page carries exactly this.
 */
import type { SourceLine } from '../../proof/api.ts';

export interface DiffSide {
  title: string;
  text: string;
  lines: number[];
}

export interface DiffPayload {
  original: DiffSide;
  modified: DiffSide;
}

const side = (title: string, lines: SourceLine[]): DiffSide => ({ title, text: lines.map((l) => l.text).join('\n'), lines: lines.map((l) => l.line) });

export function diffPayload(slug: string, bad: SourceLine[], good: SourceLine[]): DiffPayload {
  return { original: side(`sandboxes/${slug}/bad.go`, bad), modified: side(`sandboxes/${slug}/good.go`, good) };
}

/** The payload as the text of a <script type="application/json">: every "<" escaped, so a "</script>" in Go code cannot end the element. */
export const embedPayload = (p: DiffPayload) => JSON.stringify(p).replace(/</g, '\\u003c');
