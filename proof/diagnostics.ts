/**
 * What a go command's output says, shared by the proof judge (plan.ts) and the detectors
 * (detectors.ts). Pure.
 */

export type Variant = 'bad' | 'good';

export interface RunResult {
  exitCode: number;
  /** Normalised combined stdout and stderr. */
  output: string;
  /** The process was killed after the spec's timeout. */
  timedOut?: boolean;
}

export interface MarkedLine {
  file: string;
  line: number;
}

/** The diagnostics (`path/file.go:12:3: message`) in vet, staticcheck or compiler output. */
export function diagnostics(output: string): { file: string; line: number; message: string }[] {
  const out: { file: string; line: number; message: string }[] = [];
  for (const m of output.matchAll(/^(?:#.*\n)?\s*(?:vet: )?(\S+\.go):(\d+)(?::\d+)?: (.+)$/gm)) {
    out.push({ file: m[1], line: Number(m[2]), message: m[3] });
  }
  return out;
}

