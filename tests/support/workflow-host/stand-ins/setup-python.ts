/**
 * actions/setup-python: checks its inputs and answers `python-version` as asked; it installs
 * nothing (the test's PATH provides the tools a workflow runs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { StandInFailure, type StandIn } from './types.js';

export const setupPythonStand: StandIn = {
  defaults: ({ job }) => ({
    'check-latest': 'false',
    token: job.token,
    'update-environment': 'true',
    'allow-prereleases': 'false',
  }),

  async run(call): Promise<void> {
    let version = (call.inputs['python-version'] ?? '').trim();
    const versionFile = call.inputs['python-version-file'] ?? '';
    if (version === '' && versionFile !== '') {
      const path = resolve(call.job.place.workspace, versionFile);
      if (!existsSync(path)) throw new StandInFailure(`The specified python version file at: ${path} does not exist`);
      version = readFileSync(path, 'utf8').split('\n')[0]?.trim() ?? '';
    }
    if (version === '') {
      call.annotate({
        level: 'warning',
        message:
          "Neither 'python-version' nor 'python-version-file' inputs were supplied. Attempting to find '.python-version' file.",
      });
    }
    if (
      version !== '' &&
      !/^(pypy|graalpy)?[0-9]+(\.[0-9x*]+){0,2}(-dev|[a-z]+[0-9]*|t)?$/.test(version.split('\n')[0] ?? '')
    ) {
      throw new StandInFailure(`Version ${version} was not found in the local cache`);
    }
    call.log(`Stand-in: Python ${version || '(from PATH)'} is whatever python3 the test's PATH provides`);
    call.setOutput('python-version', version.split('\n')[0] ?? '');
  },
};
