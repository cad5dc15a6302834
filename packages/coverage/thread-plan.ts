/**
 * How many pieces (threads) to parse a Cobertura report in, from what a thread costs and
 * gives, measured by `npm run bench` (it prints these figures again, "Threads"): one thread is
 * chosen unless more are estimated to finish sooner by a clear margin, and their memory fits
 * well within what the machine has free.
 *
 * Estimated time with k pieces: the parse shared over k threads, where each thread beyond
 * the first adds `addedThreadGain` of one thread's speed (only where there is a core for
 * it), plus, for k > 1, starting the workers (they start together, while this thread parses
 * its own piece) and joining their files into the report.
 */
import { availableParallelism, freemem } from 'node:os';

export interface ParseCosts {
  /** One thread's parse rate, in bytes per second. */
  bytesPerSecond: number;
  /** What each added thread adds, as a share of one thread's speed, when it has a core. */
  addedThreadGain: number;
  /** Starting the workers and loading their bundle, in seconds. */
  workerStartSeconds: number;
  /** Joining a worker's files into the report, in seconds per byte of report. */
  joinSecondsPerByte: number;
  /** Peak memory one worker adds, in bytes. */
  workerBytes: number;
}

export interface Machine {
  cores: number;
  /** Memory the process may still take, in bytes. */
  freeBytes: number;
}

const MB = 1024 * 1024;

/**
 * Measured on the reference machine (2 vCPUs, which share one physical core, as on GitHub's
 * 2-core runners), at 200 MB: one thread parses 150-190 MB/s; two threads together 1.0-1.2
 * times that (each slows the other; the gain is taken at its best, 0.2, so that machines with
 * cores to spare keep their threads), and each worker adds 20-29 MB of peak memory.
 */
export const MEASURED_COSTS: ParseCosts = {
  bytesPerSecond: 150 * MB,
  addedThreadGain: 0.2,
  workerStartSeconds: 0.04,
  joinSecondsPerByte: 0.01 / (100 * MB),
  workerBytes: 23 * MB,
};

/** More pieces than this stop paying: each adds a worker's start and memory. */
export const MAX_PIECES = 4;
/** The share of free memory the workers may take together. */
const MEMORY_SHARE = 0.25;
/**
 * More threads only when estimated at least 20% faster: their memory is certain, their gain
 * an estimate, and a smaller one than the parse alone shows. On 2 vCPUs the whole action
 * measured 2 threads 0-5% faster than one at 200 MB, for 15% more peak memory; so 2 vCPUs
 * parse on one thread, while 4 (estimated a third faster with 4 pieces) use threads.
 */
const MARGIN = 0.8;

export function estimatedSeconds(bytes: number, pieces: number, cores: number, costs: ParseCosts): number {
  const speed = 1 + Math.max(0, Math.min(pieces, cores) - 1) * costs.addedThreadGain;
  const parse = bytes / (costs.bytesPerSecond * speed);
  return pieces === 1 ? parse : parse + costs.workerStartSeconds + bytes * costs.joinSecondsPerByte;
}

/** The number of pieces for a report of `bytes` on `machine`: 1 means one thread. */
export function planPieces(bytes: number, machine: Machine, costs: ParseCosts = MEASURED_COSTS): number {
  const oneThread = estimatedSeconds(bytes, 1, machine.cores, costs);
  let best = 1;
  let bestSeconds = oneThread;
  for (let k = 2; k <= Math.min(MAX_PIECES, machine.cores); k++) {
    if ((k - 1) * costs.workerBytes > machine.freeBytes * MEMORY_SHARE) break;
    const seconds = estimatedSeconds(bytes, k, machine.cores, costs);
    // The fastest plan among those clearly faster than one thread.
    if (seconds < oneThread * MARGIN && seconds < bestSeconds) {
      best = k;
      bestSeconds = seconds;
    }
  }
  return best;
}

/** This machine: the cores this process may use, and the memory free for it (a container's limit counts). */
export function thisMachine(): Machine {
  let freeBytes = freemem();
  const limit = process.constrainedMemory?.() ?? 0;
  if (limit > 0) freeBytes = Math.min(freeBytes, Math.max(0, limit - process.memoryUsage.rss()));
  return { cores: availableParallelism(), freeBytes };
}
