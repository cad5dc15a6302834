/** Tool commands (`*-command`) run bounded: a time-out and an output cap, each saying which bound stopped the tool. */
import { runToolCommand, splitCommandLine } from '../../packages/action-io/run-tool.js';

const node = (script: string) => `"${process.execPath}" -e "${script.replace(/"/g, '\\"')}"`;

describe('runToolCommand', () => {
  it('splits the command line as @actions/exec does, and captures the output and exit code', async () => {
    expect(splitCommandLine(`ruff check --output-format json "src dir" 'a b' x\\ y ""`)).toEqual([
      'ruff',
      'check',
      '--output-format',
      'json',
      'src dir',
      'a b',
      'x\\',
      'y',
      '',
    ]);
    const r = await runToolCommand(
      node("process.stdout.write('[]'); process.stderr.write('warn'); process.exit(1)"),
      process.cwd(),
    );
    expect(r).toMatchObject({ exitCode: 1, stdout: '[]', stderr: 'warn' });
    expect(r.stopped).toBeUndefined();
  });

  it('stops a command that runs past its time-out, with the children it started', async () => {
    const r = await runToolCommand(
      node(
        "require('child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'inherit' }); setTimeout(() => {}, 60000)",
      ),
      process.cwd(),
      { timeoutMs: 300 },
    );
    expect(r.stopped).toBe('it ran longer than 0.3 s');
    expect(r.stdout).toBe('');
  });

  it('stops a command that prints more than the cap', async () => {
    const r = await runToolCommand(
      node(
        "const b = Buffer.alloc(1 << 16, 120); (function w() { while (process.stdout.write(b)); process.stdout.once('drain', w); })()",
      ),
      process.cwd(),
      { maxStdoutBytes: 1 << 20 },
    );
    expect(r.stopped).toBe('it printed more than 1 MB');
  });

  it('reports a program that cannot be started as exit code 127', async () => {
    expect(await runToolCommand('no-such-tool-anywhere --json', process.cwd())).toMatchObject({
      exitCode: 127,
      stderr: expect.stringMatching(/ENOENT/),
    });
  });
});
