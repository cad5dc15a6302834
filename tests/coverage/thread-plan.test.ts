/** The thread plan: pieces chosen from the measured costs, the cores and the free memory. */
import { estimatedSeconds, MEASURED_COSTS, planPieces } from '../../packages/coverage/thread-plan.js';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('planPieces', () => {
  it('parses on one thread on 2 vCPUs, at every size: a second thread there gains less than it costs', () => {
    for (const mb of [1, 24, 200, 2000]) expect(planPieces(mb * MB, { cores: 2, freeBytes: 8 * GB })).toBe(1);
  });

  it('uses threads for a large report on 4 cores, not for a small one', () => {
    expect(planPieces(200 * MB, { cores: 4, freeBytes: 8 * GB })).toBeGreaterThan(1);
    expect(planPieces(24 * MB, { cores: 4, freeBytes: 8 * GB })).toBe(1);
  });

  it('never plans more pieces than cores, nor workers the free memory cannot hold', () => {
    expect(planPieces(2000 * MB, { cores: 1, freeBytes: 8 * GB })).toBe(1);
    expect(planPieces(2000 * MB, { cores: 4, freeBytes: 100 * MB })).toBe(1);
    expect(planPieces(2000 * MB, { cores: 4, freeBytes: 200 * MB })).toBe(3);
  });

  it('estimates the time of k pieces from one thread’s rate, the added threads’ gain and the fixed costs', () => {
    const one = estimatedSeconds(150 * MB, 1, 4, MEASURED_COSTS);
    expect(one).toBeCloseTo(1, 5);
    const two = estimatedSeconds(150 * MB, 2, 4, MEASURED_COSTS);
    expect(two).toBeCloseTo(1 / 1.2 + MEASURED_COSTS.workerStartSeconds + 150 * MB * MEASURED_COSTS.joinSecondsPerByte, 5);
    // Without a core for it, a piece adds only its costs.
    expect(estimatedSeconds(150 * MB, 2, 1, MEASURED_COSTS)).toBeGreaterThan(one);
  });
});
