import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, MDX_COMPONENTS } from './contentCheck.ts';
import { reviewBlock, reviewHash, stampReview, withoutReviewBlock } from './review.ts';

const FIX = 'scripts/fixtures/content';
const expected: Record<string, string> = JSON.parse(fs.readFileSync(`${FIX}/expected.json`, 'utf8'));
const tmp: string[] = [];
afterEach(() => tmp.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A content tree with the sample sandbox and the given pages (slug → text). */
function tree(pages: Record<string, string>, sandboxes = ['sample']) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  tmp.push(dir);
  fs.mkdirSync(path.join(dir, 'pitfalls'));
  for (const [slug, text] of Object.entries(pages)) fs.writeFileSync(path.join(dir, 'pitfalls', `${slug}.mdx`), text);
  for (const s of sandboxes) fs.cpSync(`${FIX}/sandboxes/sample`, path.join(dir, 'sandboxes', s), { recursive: true });
  return { pitfalls: path.join(dir, 'pitfalls'), sandboxes: path.join(dir, 'sandboxes') };
}
const sampleCode = { bad: fs.readFileSync(`${FIX}/sandboxes/sample/bad.go`, 'utf8'), good: fs.readFileSync(`${FIX}/sandboxes/sample/good.go`, 'utf8') };
/** The page with a second reading recorded for exactly this text (what npm run review:stamp writes). */
const restamp = (text: string) => stampReview(text, reviewBlock({ date: '2026-12-04', by: 'fixture reader', against: ['go1.26.8'], hash: reviewHash(text, sampleCode) }));
const valid = restamp(fs.readFileSync(`${FIX}/valid.mdx`, 'utf8'));
const check = (pages: Record<string, string>, sandboxes?: string[]) => {
  const t = tree(pages, sandboxes);
  return checkContent(t.pitfalls, t.sandboxes).problems.map(formatProblem);
};

describe('checkContent', () => {
  it('accepts the valid fixture', () => {
    expect(check({ sample: valid })).toEqual([]);
  });

  it('has a negative fixture for every expected message, and no fixture without one', () => {
    expect(fs.readdirSync(`${FIX}/pages`).map((f) => f.replace(/\.mdx$/, '')).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('rejects %s with the file, the line and the fix', (name, message) => {
    const problems = check({ sample: fs.readFileSync(`${FIX}/pages/${name}.mdx`, 'utf8') });
    expect(problems.length, `no problem reported for ${name}`).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(message);
  });

  it('rejects a duplicate permanent ID, naming both files', () => {
    const problems = check({ sample: valid, other: valid }, ['sample', 'other']);
    expect(problems.join('\n')).toMatch(/sample\.mdx:2: id LANG-900 is already used by .*other\.mdx: IDs are permanent and unique/);
  });

  it('ties page and sandbox by slug in both directions', () => {
    expect(check({ sample: valid, orphan: valid.replace('LANG-900', 'LANG-901') }).join('\n')).toMatch(/orphan\.mdx:1: no sandbox: create .*sandboxes\/orphan\//);
    expect(check({ sample: valid }, ['sample', 'lonely']).join('\n')).toMatch(/sandboxes\/lonely:1: sandbox without a page: add .*pitfalls\/lonely\.mdx/);
  });

  it('requires a second reading that still describes the page and the code it shows', () => {
    expect(check({ sample: withoutReviewBlock(valid) }).join('\n')).toMatch(/sample\.mdx:1: no reviewed record: a second reader checks every claim .* npm run review:stamp -- sample/);
    const edited = valid.replace('Totals come out wrong.', 'Totals are wrong.');
    expect(check({ sample: edited }).join('\n')).toMatch(/sample\.mdx:\d+: reviewed: the page or the code it shows \(bad\.go, good\.go\) changed after the second reading of 2026-12-04/);
    // A change to the shown code counts too; a reviewer's re-stamp clears it.
    const t = tree({ sample: valid });
    fs.appendFileSync(path.join(t.sandboxes, 'sample', 'good.go'), '\n// a later edit\n');
    expect(checkContent(t.pitfalls, t.sandboxes).problems.map(formatProblem).join('\n')).toContain('changed after the second reading');
    expect(check({ sample: restamp(edited) })).toEqual([]);
  });

  it('requires evidence from the wild and search identifiers', () => {
    const noWild = restamp(valid.replace(/inTheWild:\n(  .*\n)+/, 'inTheWild: []\n'));
    expect(check({ sample: noWild }).join('\n')).toMatch(/sample\.mdx:\d+: inTheWild is empty: link at least one public issue/);
    const noIds = restamp(valid.replace('identifiers: [Sum]', 'identifiers: []'));
    expect(check({ sample: noIds }).join('\n')).toContain('identifiers is empty: list the Go names people paste into search');
    const badUrl = restamp(valid.replace('https://github.com/golang/go/issues/1', 'github.com/golang/go/issues/1'));
    expect(check({ sample: badUrl }).join('\n')).toMatch(/sample\.mdx:\d+: inTheWild\.0\.url: inTheWild url must be an absolute https URL/);
  });

  it('rejects file names that are not slugs', () => {
    expect(check({ Sample_Page: valid }).join('\n')).toContain('is not a slug');
  });
});

describe('the MDX component registry', () => {
  it('provides exactly the components the checker allows', () => {
    expect(mdxComponentNames().sort()).toEqual([...MDX_COMPONENTS].sort());
  });
});

describe('permanent IDs and URLs', () => {
  const withRetired = (yaml: string, pages: Record<string, string>) => {
    const t = tree(pages);
    const file = path.join(path.dirname(t.pitfalls), 'retired.yaml');
    fs.writeFileSync(file, yaml);
    return checkContent(t.pitfalls, t.sandboxes, file).problems.map(formatProblem).join('\n');
  };
  const entry = (over: string) => `- id: LANG-900\n  slug: old-sum\n  title: Adding in the wrong order\n  retiredOn: 2026-01-02\n  reason: Merged into a broader page.\n${over}`;

  it('rejects a live page that reuses a retired ID', () => {
    expect(withRetired(entry(''), { sample: valid })).toContain('id LANG-900 belonged to the retired pitfall "Adding in the wrong order" (content/retired.yaml): IDs are never reused');
  });
  it('rejects a live page on a retired slug, and an unknown replacement', () => {
    const out = withRetired(entry('  replacedBy: nowhere\n').replace('LANG-900', 'LANG-899').replace('old-sum', 'sample'), { sample: valid });
    expect(out).toContain('retired slug sample is used by the page');
    expect(out).toContain('replacedBy "nowhere" is not a pitfall slug');
  });
  it('rejects a malformed registry with the entry and field', () => {
    expect(withRetired('- id: lang-1\n  slug: x\n', { sample: valid })).toMatch(/retired\.yaml:1: entry 1 id: id must look like HTTP-001/);
  });
  it('accepts a well-formed registry and a renamed slug', () => {
    expect(withRetired(entry('  replacedBy: sample\n').replace('LANG-900', 'LANG-899'), { sample: restamp(valid.replace('related: []', 'related: []\nformerSlugs: [sum-wrong]')) })).toBe('');
  });
});

describe('onboarding tracks', () => {
  const track = (pitfalls: string) =>
    `---\ntitle: Basics\norder: 1\nsummary: The first things every new hire should learn here.\ngoals:\n  - Spot the mistake in review.\npitfalls: ${pitfalls}\n---\n\nIntro.\n`;
  const withTrack = (text: string) => {
    const t = tree({ sample: valid });
    fs.mkdirSync(path.join(path.dirname(t.pitfalls), 'tracks'));
    fs.writeFileSync(path.join(path.dirname(t.pitfalls), 'tracks', 'basics.mdx'), text);
    return checkContent(t.pitfalls, t.sandboxes).problems.map(formatProblem).join('\n');
  };
  it('accepts a track of real pitfalls', () => expect(withTrack(track('[sample]'))).toBe(''));
  it('rejects a track naming an unknown pitfall, with the file and line', () => {
    expect(withTrack(track('[sample, no-such-pitfall]'))).toMatch(/tracks\/basics\.mdx:7: pitfalls: no pitfall "no-such-pitfall"; known slugs: sample/);
  });
  it('rejects a pitfall that is in no track', () => {
    expect(withTrack(track('[sample]').replace('pitfalls: [sample]', 'pitfalls: [sample]').replace('[sample]', '[]'))).toContain('pitfalls is empty');
  });
  it('requires every pitfall to be in some track once tracks exist', () => {
    const t = tree({ sample: valid, other: valid.replace('LANG-900', 'LANG-901') }, ['sample', 'other']);
    fs.mkdirSync(path.join(path.dirname(t.pitfalls), 'tracks'));
    fs.writeFileSync(path.join(path.dirname(t.pitfalls), 'tracks', 'basics.mdx'), track('[sample]'));
    expect(checkContent(t.pitfalls, t.sandboxes).problems.map(formatProblem).join('\n')).toMatch(/other\.mdx:1: not in any onboarding track: add other to a track/);
  });
  it('rejects malformed track frontmatter with the field', () => {
    expect(withTrack(track('[sample]').replace('order: 1', 'order: first'))).toMatch(/basics\.mdx:3: order:/);
  });
});

/** The names exported by the MDX registry (src/components/mdx.ts), read as text so Node can check them without Astro. */
function mdxComponentNames(file = 'src/components/mdx.ts'): string[] {
  const m = /export const mdxComponents = \{([^}]*)\}/.exec(fs.readFileSync(file, 'utf8'));
  return m ? m[1].split(',').map((s) => s.trim().split(':')[0]).filter(Boolean) : [];
}
