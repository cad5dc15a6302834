import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../../packages/core/errors.js';
import {
  fileExists,
  prepareOutputDir,
  readInputFile,
  requireDirectory,
  resolveInputPath,
  writeOutputFile,
} from '../../packages/core/path-input.js';
import { loadConfig } from '../../packages/core/config/load-config.js';

const root = () => mkdtempSync(join(tmpdir(), 'path-input-'));
const message = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return (e as ConfigurationError).describe();
  }
  throw new Error('no error');
};
/** The same for what rejects (loadConfig is async: it loads the YAML parser and schema on demand). */
const rejection = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return (e as ConfigurationError).describe();
  }
  throw new Error('no error');
};

describe('path inputs', () => {
  it('are absolute or relative to the checkout', () => {
    expect(resolveInputPath('/abs/x', '/r')).toBe('/abs/x');
    expect(resolveInputPath('a/b', '/r')).toBe('/r/a/b');
  });

  it('name the input when a folder is missing, a file is a folder, or a folder is a file', () => {
    const r = root();
    writeFileSync(join(r, 'f.txt'), 'x');
    mkdirSync(join(r, 'd'));
    expect(message(() => requireDirectory(join(r, 'nope'), 'nope', 'input working-directory'))).toMatch(
      /^input working-directory: the folder nope does not exist/,
    );
    expect(message(() => requireDirectory(join(r, 'f.txt'), 'f.txt', 'input working-directory'))).toMatch(
      /f\.txt is a file, not a folder/,
    );
    expect(message(() => fileExists(join(r, 'd'), 'd', 'input config'))).toMatch(
      /^input config: d is a folder, not a file/,
    );
    expect(message(() => readInputFile(join(r, 'none'), 'none', 'input issues'))).toMatch(
      /^input issues: none does not exist/,
    );
    expect(message(() => prepareOutputDir(join(r, 'f.txt'), 'f.txt', 'input results-dir'))).toMatch(
      /f\.txt is a file, not a folder/,
    );
  });

  it('never overwrite a file that is not the output\u2019s own kind', () => {
    const r = root();
    const cfg = join(r, 'maturity.yml');
    writeFileSync(cfg, 'version: 1\n');
    expect(
      message(() =>
        writeOutputFile(cfg, 'maturity.yml', 'input history', '{}', (t) => t.startsWith('{'), 'first-seen history'),
      ),
    ).toMatch(/exists and is not a first-seen history; it is left as it is/);
    expect(readFileSync(cfg, 'utf8')).toBe('version: 1\n');
    writeOutputFile(join(r, 'new', 'h.json'), 'new/h.json', 'input history', '{"a":1}', () => false, 'history');
    expect(readFileSync(join(r, 'new', 'h.json'), 'utf8')).toBe('{"a":1}');
  });

  it('config: absolute paths are read, a named missing file is an error, the default missing file gives the defaults', async () => {
    const r = root();
    mkdirSync(join(r, '.github'));
    writeFileSync(join(r, '.github', 'maturity.yml'), 'version: 1\ncomponents:\n  a:\n    paths: [a/**]\n');
    expect((await loadConfig(join(r, '.github', 'maturity.yml'), r)).components.has('a')).toBe(true);
    expect(await rejection(loadConfig('.github/maturty.yml', r, false, true))).toMatch(
      /the config file \.github\/maturty\.yml does not exist/,
    );
    expect((await loadConfig('.github/none.yml', r)).file).toBeNull();
    expect(await rejection(loadConfig('.github', r))).toMatch(/\.github is a folder, not a file/);
  });

  it('config: a dependency cycle and a YAML alias bomb are errors on the file', async () => {
    const r = root();
    writeFileSync(
      join(r, 'c.yml'),
      'version: 1\ncomponents:\n  a:\n    paths: [a/**]\n    depends-on: [b]\n  b:\n    paths: [b/**]\n    depends-on: [a]\n',
    );
    expect(await rejection(loadConfig('c.yml', r))).toMatch(
      /^c\.yml:\d+:\d+: components\.a\.depends-on: dependency cycle: a → b → a/,
    );
    const bomb = [
      'a0: &a0 [x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`),
    ].join('\n');
    writeFileSync(join(r, 'b.yml'), `${bomb}\nversion: 1\n`);
    expect(await rejection(loadConfig('b.yml', r))).toMatch(/^b\.yml: its YAML aliases .* expand past 100 copies/);
  });
});
