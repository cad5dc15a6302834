import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
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
    expect(code('a|b<c>`d`')).toBe('<code>a&#124;b&lt;c&gt;\\`d\\`</code>');
    expect(table(['A', 'B'], [[code('x|y'), '1']], ['l', 'r'])).toBe(
      '| A | B |\n| --- | ---: |\n| <code>x&#124;y</code> | 1 |',
    );
  });
});

/** As GitHub renders it: CommonMark with the GFM extensions (tables, autolinks, strikethrough). */
const render = (md: string) =>
  micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
/** The text a reader sees: tags dropped, entities decoded, zero-width spaces gone. */
const seen = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#124;/g, '|')
    .replace(/&amp;/g, '&')
    .replace(/\u200b/g, '')
    .trim();

const HOSTILE = [
  '[x](https://evil.example/a)',
  '![p](https://evil.example/p.png)',
  '<img src="https://evil.example/i.png"> <x-tag>',
  'ok\r# heading after a lone CR',
  'ok&#13;# heading after an entity',
  'a`[x](https://evil.example/b)`b',
  '``code`` **bold** _em_ ~~del~~',
  'https://evil.example/auto www.evil.example mail@evil.example',
  '# heading',
  'a | b \\| c',
  '<!-- comment --> <script>alert(1)</script>',
  '[ref]: https://evil.example/r',
];

describe('escapeText and code() under a CommonMark renderer', () => {
  it.each(HOSTILE)('render %j as its own text, in a paragraph, a list item, a table cell and a heading', (text) => {
    const flat = text.replace(/\r\n|\r|\n/g, ' ');
    for (const md of [
      escapeText(text),
      `- ${escapeText(text)}`,
      `## Title ${escapeText(text)}`,
      table(['A', 'B'], [[code(text), escapeText(text)]]),
      `- ${code(text)}: ${escapeText(text)}`,
    ]) {
      const html = render(md);
      expect(html).not.toMatch(/<a |<img|<x-tag|<script|<!--/);
      expect(html.match(/<h\d/g)?.length ?? 0).toBe(md.startsWith('## ') ? 1 : 0);
      expect(html).not.toMatch(/<(em|strong|del)>/);
      expect(html.match(/<code>/g)?.length ?? 0).toBe(md.includes('<code>') ? 1 : 0);
    }
    expect(seen(render(escapeText(text)))).toBe(flat.trim());
    expect(seen(render(code(text)))).toBe(flat.trim());
    const cells = render(table(['A', 'B'], [[code(text), escapeText(text)]])).match(/<td>([\s\S]*?)<\/td>/g)!;
    expect(cells.map(seen)).toEqual([flat.trim(), flat.trim()]);
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
