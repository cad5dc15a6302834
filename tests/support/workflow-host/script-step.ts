/**
 * `run:` steps as the runner runs them on Linux: the script written to RUNNER_TEMP and started
 * through the shell's template. No `shell:` (and no defaults.run.shell) is `bash -e {0}`;
 * `shell: bash` is `bash --noprofile --norc -eo pipefail {0}`; `sh` is `sh -e {0}`; `python`
 * gets a .py file; anything else is a custom template that must contain `{0}`.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ShellInvocation {
  file: string;
  args: string[];
  /** As the log's `shell:` line shows it. */
  display: string;
}

export class ShellError extends Error {}

export function writeScript(runnerTemp: string, script: string, shell: string | undefined): ShellInvocation {
  const extension = shell === 'python' ? '.py' : shell === undefined || shell === 'bash' || shell === 'sh' ? '.sh' : '';
  const path = join(runnerTemp, `${randomUUID()}${extension}`);
  writeFileSync(path, script);
  return invocation(shell, path);
}

function invocation(shell: string | undefined, path: string): ShellInvocation {
  const template = templateOf(shell);
  const parts = template.split(' ').filter((part) => part !== '');
  const [file = '', ...rest] = parts;
  const args = rest.map((part) => part.replaceAll('{0}', path));
  return { file, args, display: template };
}

function templateOf(shell: string | undefined): string {
  switch (shell) {
    case undefined:
      return 'bash -e {0}';
    case 'bash':
      return 'bash --noprofile --norc -eo pipefail {0}';
    case 'sh':
      return 'sh -e {0}';
    case 'python':
      return 'python {0}';
    case 'pwsh':
    case 'powershell':
    case 'cmd':
      throw new ShellError(`shell '${shell}' is not available on the host's Linux runner`);
    default:
      if (!shell.includes('{0}'))
        throw new ShellError(
          `Invalid shell option. Shell must be a valid built-in (bash, sh, cmd, powershell, pwsh) or a format string containing '{0}'`,
        );
      return shell;
  }
}
