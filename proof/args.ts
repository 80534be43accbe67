/**
 * node:util parseArgs errors, said the way our usage lines say things ("unknown option --x",
 * "--shard needs a value"); `explain` may say more about an option given without its value.
 */
export function argError(e: unknown, explain: (option: string) => string | undefined = () => undefined): string {
  const m = (e as Error).message;
  const unknown = /^Unknown option '([^']*)'/.exec(m);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /^Option '(--[\w-]+)[^']*' argument missing/.exec(m);
  if (missing) return explain(missing[1]) ?? `${missing[1]} needs a value`;
  return m.split('. ')[0];
}
