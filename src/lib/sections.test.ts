import { describe, expect, it } from 'vitest';
import { autoId, explicitId, SECTIONS } from './sections.ts';
import { REQUIRED_SECTIONS } from './contentCheck.ts';

describe('section anchors', () => {
  it('maps the author sections to short permanent ids', () => {
    expect(explicitId('why-it-happens')).toBe('why');
    expect(explicitId('the-bad-code')).toBe('bad');
    expect(explicitId('the-fix')).toBe('fix');
    expect(explicitId('a-myth')).toBe('a-myth');
  });
  it('keeps every id unique and the checker in step with the author sections', () => {
    expect(new Set(SECTIONS.map((s) => s.id)).size).toBe(SECTIONS.length);
    expect([...REQUIRED_SECTIONS]).toEqual(SECTIONS.filter((s) => s.by === 'author').map((s) => s.title));
    expect(autoId('Why it happens')).toBe('why-it-happens');
  });
});

describe('symptomsText', () => {
  it('is the Symptoms section as plain text', async () => {
    const { symptomsText } = await import('./sections.ts');
    const body = '## Symptoms\n\n- Requests **hang** for `30s` after a [deploy](https://x).\n- Pods restart.\n\n## Why it happens\n\nBecause.\n';
    expect(symptomsText(body)).toBe('Requests hang for 30s after a deploy. Pods restart.');
    expect(symptomsText('## Symptoms\n\nOnly section.')).toBe('Only section.');
    expect(symptomsText('## Why it happens\n\nNo symptoms.')).toBe('');
  });
});
