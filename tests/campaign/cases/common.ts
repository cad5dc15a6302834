/**
 * Cases every action shares: its config file, working directory, event payload and result
 * folder, and hostile bodies for any report it reads.
 */
import { DIR, HOSTILE, type CampaignCase, type Planted } from '../harness.js';

export const CONFIG = '.github/maturity.yml';

/** A secret as a `.env` holds one: 19 characters, too short for the runner's masking to catch it. */
export const DOTENV_SECRET = 'pl4ntedS3cretV4lue9';
export const DOTENV = `SECRET_KEY=${DOTENV_SECRET}\nDEBUG=false\n`;

/** 512 bytes that are no text format at all (fixed, so runs are repeatable). */
export const BINARY = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256));

/** The "billion laughs" of YAML: nine levels of aliases to nine aliases each. */
export function yamlAliasBomb(prefix = ''): string {
  const lines = [`${prefix}a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
  for (let i = 1; i < 10; i++)
    lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** JSON nested `depth` arrays deep. */
export const deepJson = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** The sample config with one component's name replaced by hostile text. */
export function configWithName(sample: string, id: string, name: string): string {
  return sample.replace(new RegExp(`(\\n  ${id}:\\n    name: )[^\\n]*`), `$1${JSON.stringify(name)}`);
}

/** A chain of `n` components, each depending on the next, added to the sample config. */
export function configWithChain(sample: string, n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++)
    lines.push(`  chain-${i}:\n    paths: [chain/${i}/**]${i + 1 < n ? `\n    depends-on: [chain-${i + 1}]` : ''}`);
  return sample.replace(/\ncomponents:\n/, `\ncomponents:\n${lines.join('\n')}\n`);
}

export interface CommonOptions {
  /** Inputs of a run that passes. */
  base: Record<string, string>;
  /** The sample's config text. */
  sampleConfig: string;
  /** Whether the action writes result files (`results-dir`). */
  writesResults: boolean;
  /** Whether an absent config file is allowed (the gates: seed defaults). */
  configOptional: boolean;
  /** The component whose name is shown in the summary (for injection through the config). */
  namedComponent?: string;
  env?: Record<string, string>;
  event?: CampaignCase['event'];
  api?: CampaignCase['api'];
  /** Cases this action has no use for. */
  skip?: string[];
}

export function commonCases(o: CommonOptions): CampaignCase[] {
  const at = (extra: Partial<CampaignCase> & Pick<CampaignCase, 'id' | 'kind' | 'expect'>): CampaignCase => ({
    inputs: o.base,
    ...(o.env ? { env: o.env } : {}),
    ...(o.event ? { event: o.event } : {}),
    ...(o.api ? { api: o.api } : {}),
    ...extra,
  });
  const config = (id: string, text: Planted, expect: 'fail' | 'pass', mentions: string[] = [CONFIG]) =>
    at({
      id: `config-${id}`,
      kind: 'config',
      files: { [CONFIG]: text },
      expect,
      ...(expect === 'fail' ? { mentions } : {}),
    });
  const cases: CampaignCase[] = [
    config('directory', DIR, 'fail'),
    config('invalid-yaml', 'version: 1\ncomponents: [\n', 'fail'),
    config('alias-bomb', `version: 1\n${yamlAliasBomb('x-')}components: {}\n`, 'fail'),
    config('binary', BINARY, 'fail'),
    config('unknown-key', o.sampleConfig.replace('\ncomponents:', '\ncomponentz: {}\ncomponents:'), 'fail', [
      CONFIG,
      'componentz',
    ]),
    config('a-list', '- one\n- two\n', 'fail'),
    config('bom-crlf', `\ufeff${o.sampleConfig.replace(/\n/g, '\r\n')}`, 'pass'),
    config('deep-chain-5000', configWithChain(o.sampleConfig, 5000), 'pass'),
    config(
      'cycle',
      o.sampleConfig.replace(
        '    paths: [src/components/neo4j/**]',
        '    paths: [src/components/neo4j/**]\n    depends-on: [model-management]',
      ),
      'fail',
      [CONFIG, 'neo4j'],
    ),
    at({
      id: 'config-input-missing-file',
      kind: 'path',
      inputs: { ...o.base, config: '.github/maturty.yml' },
      expect: 'fail',
      mentions: ['maturty.yml', 'config'],
    }),
    at({ id: 'config-input-absolute', kind: 'path', inputs: { ...o.base, config: `{ws}/${CONFIG}` }, expect: 'pass' }),
    at({
      id: 'config-input-directory',
      kind: 'path',
      inputs: { ...o.base, config: '.github' },
      expect: 'fail',
      mentions: ['.github', 'config'],
    }),
    at({
      id: 'config-input-etc-passwd',
      kind: 'path',
      inputs: { ...o.base, config: '/etc/passwd' },
      expect: 'fail',
      mentions: ['/etc/passwd'],
    }),
    at({
      id: 'working-directory-missing',
      kind: 'path',
      inputs: { ...o.base, 'working-directory': 'no/such/dir' },
      expect: 'fail',
      mentions: ['working-directory', 'no/such/dir'],
    }),
    at({
      id: 'working-directory-a-file',
      kind: 'path',
      inputs: { ...o.base, 'working-directory': 'pytest.ini' },
      expect: 'fail',
      mentions: ['working-directory', 'pytest.ini'],
    }),
    at({
      id: 'event-malformed-json',
      kind: 'event',
      eventText: '{"pull_request": {"number": 7,',
      expect: 'fail',
      mentions: ['GITHUB_EVENT_PATH'],
    }),
    at({
      id: 'event-binary',
      kind: 'event',
      eventText: BINARY.toString('latin1'),
      expect: 'fail',
      mentions: ['GITHUB_EVENT_PATH'],
    }),
    at({
      id: 'event-deep-json',
      kind: 'event',
      eventText: deepJson(100_000),
      expect: 'fail',
      mentions: ['GITHUB_EVENT_PATH'],
    }),
  ];
  // The gates run on the seed defaults without a config, but the component they are given is then unknown.
  cases.push(config('absent', null, 'fail'));
  if (o.writesResults) {
    cases.push(
      at({
        id: 'results-dir-a-file',
        kind: 'path',
        inputs: { ...o.base, 'results-dir': 'pytest.ini' },
        expect: 'fail',
        mentions: ['results-dir', 'pytest.ini'],
      }),
    );
  }
  if (o.namedComponent) {
    for (const [name, text] of Object.entries(HOSTILE)) {
      cases.push(config(`name-injection-${name}`, configWithName(o.sampleConfig, o.namedComponent, text), 'pass'));
    }
  }
  return cases.filter((c) => !o.skip?.includes(c.id));
}

/** Hostile bodies for one report input: each must fail naming the file. */
export function reportCases(o: {
  prefix: string;
  base: Record<string, string>;
  input: string;
  /** Where the hostile file goes (relative to the workspace). */
  path: string;
  /** A valid report's text, cut in half for the truncated case. */
  valid: string;
  /** Another format's report (wrong kind). */
  wrongKind: string;
  extra?: Partial<CampaignCase>;
  skip?: string[];
}): CampaignCase[] {
  const name = o.path.split('/').pop()!;
  const one = (
    id: string,
    body: Planted,
    kind: CampaignCase['kind'] = 'report',
    more: Partial<CampaignCase> = {},
  ): CampaignCase => ({
    id: `${o.prefix}-${id}`,
    kind,
    files: { [o.path]: body },
    inputs: { ...o.base, [o.input]: o.path },
    expect: 'fail',
    mentions: [name],
    ...o.extra,
    ...more,
  });
  const cases: CampaignCase[] = [
    one('empty', ''),
    one('whitespace', ' \n\t\n'),
    one('binary', BINARY),
    one('truncated', o.valid.slice(0, Math.floor(o.valid.length / 2))),
    one('wrong-kind', o.wrongKind),
    one(
      'html-error-page',
      '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>\n',
    ),
    one('dotenv', DOTENV, 'secret', { secret: DOTENV_SECRET }),
    one('directory', DIR, 'path', { mentions: [name, o.input] }),
    one('utf16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(o.valid, 'utf16le')])),
    {
      id: `${o.prefix}-missing`,
      kind: 'path',
      inputs: { ...o.base, [o.input]: `${o.path}.missing` },
      expect: 'fail',
      mentions: [`${name}.missing`, o.input],
      ...o.extra,
    },
  ];
  return cases.filter((c) => !o.skip?.includes(c.id.slice(o.prefix.length + 1)));
}
