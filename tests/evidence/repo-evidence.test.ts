/** Required documents: found at the configured or seed places, sections with content, READMEs with examples. */
import { defaultEvidence } from '../../packages/core/config/defaults.js';
import { EvidenceFinder, type RepoReader } from '../../packages/evidence/repo-evidence.js';
import { markdownOutline } from '../../packages/evidence/markdown-outline.js';

function repo(files: Record<string, string>): RepoReader {
  return { list: () => Object.keys(files), read: (p) => files[p] };
}

const README = [
  '# Neo4j',
  '',
  '## Usage',
  '',
  '```python',
  'from neo4j import client',
  '```',
  '',
  '## API',
  '',
  '## Troubleshooting',
  '',
  '<!-- todo -->',
  '',
  '```',
  '## Not a heading (in code)',
  '```',
].join('\n');

describe('markdownOutline', () => {
  it('finds headings, their content and fenced code blocks, not headings inside code', () => {
    const o = markdownOutline(README);
    expect(o.headings.map((h) => [h.text, h.line])).toEqual([
      ['Neo4j', 1],
      ['Usage', 3],
      ['API', 9],
      ['Troubleshooting', 11],
    ]);
    expect(o.headings.find((h) => h.text === 'API')!.contentBlocks).toBe(0);
    expect(o.fencedCodeBlocks).toBe(2);
  });
});

describe('EvidenceFinder', () => {
  const places = defaultEvidence('model-management', 'src/components/model_management');

  it('accepts the seed places, ignoring case and either spelling of the id', () => {
    const f = new EvidenceFinder(
      repo({
        'src/components/model_management/README.md': README,
        'tests/integration/test_model_management_api.py': 'def test_x(): pass\n',
        'docs/operations/MODEL_MANAGEMENT_ROLLBACK.md': '# Rollback\n\nSteps.\n',
      }),
    );
    expect(f.check('readme', places.readme)).toMatchObject({ found: 'src/components/model_management/README.md' });
    expect(f.check('integration-tests', places['integration-tests']).found).toBe(
      'tests/integration/test_model_management_api.py',
    );
    expect(f.check('rollback', places.rollback).found).toBe('docs/operations/MODEL_MANAGEMENT_ROLLBACK.md');
    expect(f.check('user-guide', places['user-guide']).found).toBe('src/components/model_management/README.md#Usage');
  });

  it('says why a candidate does not count', () => {
    const f = new EvidenceFinder(repo({ 'src/components/model_management/README.md': README }));
    expect(f.check('api-reference', places['api-reference'])).toMatchObject({
      found: null,
      detail: expect.stringMatching(/"API" section .* is empty/),
    });
    const noExample = new EvidenceFinder(repo({ 'src/components/model_management/README.md': '# MM\n\nText only.\n' }));
    expect(noExample.check('readme', places.readme)).toMatchObject({
      found: null,
      detail: expect.stringMatching(/no usage example/),
    });
    const none = new EvidenceFinder(repo({}));
    expect(none.check('rollback', places.rollback)).toMatchObject({
      found: null,
      detail: expect.stringMatching(/not found; looked for docs\/operations/),
    });
  });

  it('does not take an empty file as evidence', () => {
    const f = new EvidenceFinder(repo({ 'docs/operations/model-management_ROLLBACK.md': '  \n' }));
    expect(f.check('rollback', places.rollback)).toMatchObject({
      found: null,
      detail: expect.stringMatching(/is empty/),
    });
  });
});
