import { code, escapeText, fitSections, table } from '../../packages/report/markdown.js';
import { selectAnnotations, type Annotation } from '../../packages/report/annotations.js';

describe('Markdown from untrusted text', () => {
  it('cannot inject HTML, links, mentions, references or table cells', () => {
    const hostile = '<img src=x onerror=alert(1)> [click](http://evil) @admin #12 | *bold* `code`\nnext';
    const out = escapeText(hostile);
    expect(out).not.toMatch(/<img/);
    expect(out).not.toMatch(/[^\\]\]\(/); // brackets escaped: no link
    expect(out).not.toMatch(/@admin/);
    expect(out).not.toMatch(/#12/);
    expect(out).not.toMatch(/[^\\]\|/);
    expect(out).not.toMatch(/\n/);
    expect(out).toContain('&lt;img');
  });

  it('puts file names in code that survives tables', () => {
    expect(code('a|b<c>`d`')).toBe('<code>a&#124;b&lt;c&gt;`d`</code>');
    expect(table(['A', 'B'], [[code('x|y'), '1']], ['l', 'r'])).toBe('| A | B |\n| --- | ---: |\n| <code>x&#124;y</code> | 1 |');
  });
});

describe('fitSections', () => {
  const sections = [
    { markdown: 'HEAD '.repeat(20), priority: 100 },
    { markdown: 'files '.repeat(200), priority: 10 },
    { markdown: 'diff '.repeat(50), priority: 50 },
  ];
  it('keeps everything when it fits', () => {
    expect(fitSections(sections, 10_000, 'chars', () => 'NOTE')).not.toContain('NOTE');
  });
  it('drops the lowest priority first and says so', () => {
    const out = fitSections(sections, 600, 'chars', (n) => `NOTE ${n}`);
    expect(out).toContain('HEAD');
    expect(out).toContain('diff');
    expect(out).not.toContain('files');
    expect(out).toMatch(/NOTE 1$/);
    expect(out.length).toBeLessThanOrEqual(600);
  });
  it('cuts the head itself when nothing else is left, within the limit in bytes', () => {
    const big = [{ markdown: 'é\n'.repeat(10_000), priority: 100 }];
    const out = fitSections(big, 1000, 'bytes', () => 'NOTE');
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(1000);
    expect(out).toMatch(/NOTE$/);
  });
});

describe('selectAnnotations', () => {
  it('spends each level\\u2019s 10 on changed lines first, then the worst', () => {
    const all: Annotation[] = [];
    for (let i = 0; i < 30; i++) all.push({ level: 'warning', message: `w${i}`, weight: i, changed: i % 3 === 0 });
    for (let i = 0; i < 3; i++) all.push({ level: 'error', message: `e${i}`, weight: i });
    const { selected, omitted } = selectAnnotations(all);
    const warnings = selected.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual(['w27', 'w24', 'w21', 'w18', 'w15', 'w12', 'w9', 'w6', 'w3', 'w0']);
    expect(selected.filter((a) => a.level === 'error').map((a) => a.message)).toEqual(['e2', 'e1', 'e0']);
    expect(omitted).toEqual({ error: 0, warning: 20, notice: 0 });
  });
});
