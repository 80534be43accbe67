import { describe, expect, it } from 'vitest';
import { parseProofSpec } from './spec.ts';

const parse = (t: string) => parseProofSpec(t, 'sandboxes/x/proof.yaml');

describe('parseProofSpec', () => {
  it('accepts each kind with its fields and a default timeout', () => {
    expect(parse('kind: race\ntest: TestA\n')).toEqual({ kind: 'race', test: 'TestA', timeout: '120s', services: [], detectors: [], equivalentMutants: [] });
    expect(parse("kind: vet\nanalyzer: lostcancel\nexpect: 'cancel'\n")).toMatchObject({ kind: 'vet', analyzer: 'lostcancel' });
    expect(parse("kind: staticcheck\ncheck: SA1012\nexpect: nil\n")).toMatchObject({ check: 'SA1012' });
    expect(parse("kind: compile\nexpect: 'declared and not used'\ntimeout: 30s\n")).toMatchObject({ timeout: '30s' });
  });

  it('takes a behaviour test for static kinds and equivalent mutants with a reason', () => {
    expect(parse("kind: vet\nanalyzer: waitgroup\nexpect: x\nbehaviour:\n  test: TestDone\n  race: true\n")).toMatchObject({ behaviour: { test: 'TestDone', race: true } });
    expect(parse("kind: test\ntest: TestA\nexpect: x\nequivalentMutants:\n  - mutant: 'add-defer: wg.Wait()'\n    why: the deferred call still runs before the caller reads\n")).toMatchObject({ equivalentMutants: [{ mutant: 'add-defer: wg.Wait()' }] });
  });

  it('takes the database servers a proof needs', () => {
    expect(parse("kind: test\ntest: TestA\nexpect: x\nservices: [postgres, mariadb]\n")).toMatchObject({ services: ['postgres', 'mariadb'] });
  });

  it.each([
    ["kind: test\ntest: TestA\nexpect: x\nservices: [postgresql]\n", 'sandboxes/x/proof.yaml:4: services.0: "postgresql" is not a service: write one of postgres, mariadb'],
    ["kind: test\ntest: TestA\nexpect: x\nservices: postgres\n", 'proof.yaml:4: services: services is a list such as [postgres]'],
    ["kind: test\ntest: TestA\nexpect: x\nbehaviour:\n  test: TestB\n", 'unknown field(s) behaviour'],
    ["kind: test\ntest: TestA\nexpect: x\nequivalentMutants:\n  - mutant: 'remove: x'\n    why: because it is fine really\n", 'mutant looks like "add-defer: mu.Unlock()"'],
    ["kind: test\ntest: TestA\nexpect: x\nequivalentMutants:\n  - mutant: 'delete: x'\n    why: fine\n", 'why is too short'],
    ['kind: rcae\ntest: TestA\n', 'proof.yaml:1: kind: "rcae" is not a proof kind: write one of race, test, crash, vet, staticcheck, compile'],
    ['test: TestA\n', 'kind is missing: write one of'],
    ["kind: test\nexpect: 'x'\n", 'test: test is required for this kind'],
    ['kind: test\ntest: TestA\n', 'expect: expect is required'],
    ["kind: test\ntest: checkA\nexpect: x\n", 'proof.yaml:2: test: test must name a Go test function'],
    ["kind: crash\ntest: TestA\nexpect: 'a('\n", 'proof.yaml:3: expect: expect is not a valid regular expression'],
    ["kind: vet\nexpect: x\n", 'analyzer is required for kind vet'],
    ["kind: test\ntest: TestA\nexpect: x\nexpct: y\n", 'proof.yaml:4: unknown field(s) expct'],
    ["kind: test\ntest: TestA\nexpect: x\ntimeout: soon\n", 'proof.yaml:4: timeout: timeout looks like 90s'],
    ['kind: [\n', 'proof.yaml:'],
  ])('rejects %j with an actionable message', (text, message) => {
    expect(() => parse(text)).toThrow(message);
  });
});
