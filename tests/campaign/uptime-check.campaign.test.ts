/** The bad-input campaign for dist/uptime-check (harness.ts says how cases are judged), against a local HTTP server. */
import { startProbeServer, uptimeCheckCases } from './cases/uptime-check.js';
import { campaign } from './suite.js';

let close: (() => Promise<void>) | null = null;
campaign('uptime-check', uptimeCheckCases(), {
  setup: async () => {
    const s = await startProbeServer();
    close = s.close;
    return s.vars;
  },
  teardown: async () => close?.(),
});
