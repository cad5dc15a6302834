// Preloaded (`node --require`) into every process the whole-process benchmarks start: at exit,
// writes the process's own peak resident memory (all threads) and CPU time to the file named
// by BENCH_RUSAGE_OUT. A parent cannot read a child's rusage from Node, and this costs well
// under a millisecond, alike for every kind measured. Peak memory is read from
// /proc/self/status (VmHWM) where there is one: getrusage's maxRSS of a spawned process
// starts at its parent's size (Linux keeps the high-water mark of the forked copy across
// exec), which would report the benchmark's own memory, not the child's.
'use strict';
const fs = require('node:fs');
const out = process.env.BENCH_RUSAGE_OUT;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    let peakKiB = u.maxRSS;
    try {
      const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
      if (m) peakKiB = Number(m[1]);
    } catch {
      // not Linux: maxRSS it is
    }
    fs.writeFileSync(out, JSON.stringify({ peakKiB, userCPUTime: u.userCPUTime, systemCPUTime: u.systemCPUTime }));
  });
}
