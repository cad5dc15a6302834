/**
 * Headless Chromium from npm alone: @sparticuz/chromium ships a Chromium (headless shell) binary,
 * a font and the shared libraries it needs beyond glibc (NSS, NSPR, expat), brotli-compressed
 * inside the package, so every machine with Node runs the same browser: no system browser, no
 * download, no apt.
 *
 * Each launch extracts them into a fresh private temporary folder (about 2 s) and removes it on
 * close. The package would otherwise reuse whatever `/tmp/chromium` holds: another version, a
 * half-written file from an interrupted run, or another user's file it may not execute.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

const run = promisify(execFile);

/** Keeps the browser off the network: the pages under test are served from 127.0.0.1. */
const OFFLINE_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The package's flags are tuned for AWS Lambda. Left out here:
 * `--single-process`: closing a page then takes the whole browser down under Playwright;
 * `--disable-web-security`, `--allow-running-insecure-content`: a test must see the page as a
 * user's browser does, security errors included.
 */
const DROPPED_FLAGS = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);

export interface LocalChromium {
  browser: Browser;
  /** The folder the browser was extracted to; removed by close(). */
  folder: string;
  close(): Promise<void>;
}

/** The package's entry point and its compressed files (its `bin` folder). */
function packagePaths(): { entry: string; bin: string } {
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  return { entry, bin: join(dirname(entry), '..', 'bin') };
}

/**
 * Unpacks the browser, its font and its libraries into `folder`; returns the executable. The
 * package extracts into os.tmpdir(), so it runs in a child process whose TMPDIR is `folder`:
 * jest gives each test file a copy of process.env, which os.tmpdir() never reads.
 */
async function extractInto(folder: string): Promise<string> {
  const { entry, bin } = packagePaths();
  // The libraries are extracted only on Amazon Linux by default; a Debian machine with only
  // Node lacks libnss3 and libnspr4, so they always come from the package (al2023/lib).
  const script = `
    const { default: chromium, inflate } = await import(${JSON.stringify(pathToFileURL(entry).href)});
    const [executable] = await Promise.all([chromium.executablePath(${JSON.stringify(bin)}), inflate(${JSON.stringify(join(bin, 'al2023.tar.br'))})]);
    process.stdout.write(executable);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', script], {
    env: { ...process.env, TMPDIR: folder },
    timeout: 120_000,
  });
  const executable = stdout.trim();
  if (dirname(executable) !== folder)
    throw new Error(`@sparticuz/chromium extracted its browser to ${executable}, not into ${folder}`);
  return executable;
}

/** Only the package's font (Open Sans), never the machine's: the same layout everywhere. */
function writeFontConfig(folder: string): string {
  const file = join(folder, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<fontconfig>\n  <dir>${join(folder, 'fonts')}</dir>\n  <cachedir>${join(folder, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}

/** Extracts the package's Chromium into a fresh temporary folder and launches it, offline. */
export async function launchChromium(): Promise<LocalChromium> {
  const folder = mkdtempSync(join(tmpdir(), 'maturity-actions-chromium-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    const executablePath = await extractInto(folder);
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    env.LD_LIBRARY_PATH = [join(folder, 'al2023', 'lib'), env.LD_LIBRARY_PATH].filter(Boolean).join(':');
    env.FONTCONFIG_FILE = writeFontConfig(folder);
    const args = [...sparticuz.args.filter((a) => !DROPPED_FLAGS.has(a)), ...OFFLINE_FLAGS];
    const browser = await chromium.launch({ executablePath, args, env, headless: true });
    const close = async () => {
      try {
        await browser.close();
      } finally {
        remove();
      }
    };
    return { browser, folder, close };
  } catch (err) {
    remove();
    throw err;
  }
}
