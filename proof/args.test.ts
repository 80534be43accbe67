import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { argError } from './args.ts';

const errorOf = (args: string[]) => {
  try {
    parseArgs({ args, allowPositionals: true, options: { shard: { type: 'string' }, force: { type: 'boolean' } } });
  } catch (e) {
    return e;
  }
  throw new Error('parseArgs accepted it');
};

describe('argError', () => {
  it('names an unknown option plainly', () => expect(argError(errorOf(['--frobnicate']))).toBe('unknown option --frobnicate'));
  it('says an option needs its value, or lets the caller explain', () => {
    expect(argError(errorOf(['--shard']))).toBe('--shard needs a value');
    expect(argError(errorOf(['--shard']), (o) => `${o} expects i/n`)).toBe('--shard expects i/n');
  });
});
