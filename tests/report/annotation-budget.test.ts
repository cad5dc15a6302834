/** The annotation budget: GitHub shows 10 of each level per step and 50 per job; the failure message is never the one dropped. */
import {
  JOB_LIMIT,
  planAnnotations,
  stepLimit,
  type Annotation,
  type StepMessage,
} from '../../packages/report/annotations.js';

const findings = (level: Annotation['level'], n: number): Annotation[] =>
  Array.from({ length: n }, (_, i) => ({ level, message: `${level} ${i}`, weight: i }));
const count = (plan: ReturnType<typeof planAnnotations>, final: StepMessage | null) => {
  const all = [...plan.messages, ...plan.findings, ...(final ? [final] : [])];
  return {
    error: all.filter((a) => a.level === 'error').length,
    warning: all.filter((a) => a.level === 'warning').length,
    notice: all.filter((a) => a.level === 'notice').length,
    total: all.length,
  };
};

describe('planAnnotations', () => {
  const failure: StepMessage = { level: 'error', message: 'quality-gate: 42 lint errors' };

  it('counts the failure message among the 10 errors: 9 findings and the failure', () => {
    const plan = planAnnotations({ findings: findings('error', 40), messages: [], final: failure, limit: 30 });
    expect(count(plan, failure)).toEqual({ error: 10, warning: 0, notice: 0, total: 10 });
    expect(plan.findings.map((f) => f.message).slice(0, 2)).toEqual(['error 39', 'error 38']); // the worst first
    expect(plan.omitted.error).toBe(31);
    expect(plan.total).toBe(10);
  });

  it('keeps every level within 10 with its own warnings counted, folding the warnings that do not fit into one', () => {
    const warnings: StepMessage[] = Array.from({ length: 14 }, (_, i) => ({
      level: 'warning',
      message: `warning ${i}`,
    }));
    const plan = planAnnotations({
      findings: [...findings('warning', 20), ...findings('notice', 20)],
      messages: warnings,
      final: failure,
      limit: 30,
    });
    expect(count(plan, failure)).toEqual({ error: 1, warning: 10, notice: 10, total: 21 });
    expect(plan.findings.filter((f) => f.level === 'warning')).toEqual([]); // the step's own warnings come first
    expect(plan.messages.at(-1)!.message).toMatch(
      /^5 more warnings \(all in the job summary\): warning 9 · warning 10 · warning 11 · warning 12 · warning 13$/,
    );
  });

  it('spends a share of the job on errors first, and still emits the failure when the share is spent', () => {
    const plan = planAnnotations({
      findings: [...findings('error', 20), ...findings('warning', 20), ...findings('notice', 20)],
      messages: [],
      final: failure,
      limit: 16,
    });
    expect(count(plan, failure)).toEqual({ error: 10, warning: 6, notice: 0, total: 16 });
    const none = planAnnotations({
      findings: findings('error', 5),
      messages: [{ level: 'warning', message: 'w' }],
      final: failure,
      limit: 0,
    });
    expect(count(none, failure)).toEqual({ error: 1, warning: 0, notice: 0, total: 1 });
  });
});

describe('stepLimit', () => {
  it('is the share, else every annotation GitHub shows of a step, and never more than the job has left', () => {
    expect(stepLimit({ share: null, usedInJob: 0 })).toBe(30);
    expect(stepLimit({ share: 16, usedInJob: 0 })).toBe(16);
    expect(stepLimit({ share: null, usedInJob: 40 })).toBe(JOB_LIMIT - 40);
    expect(stepLimit({ share: 16, usedInJob: 60 })).toBe(0);
  });

  it('three gates at a share of 16 stay within the job\u2019s 50 whatever they find', () => {
    let used = 0;
    for (let gate = 0; gate < 3; gate++) {
      const final: StepMessage = { level: 'error', message: `gate ${gate} failed` };
      const plan = planAnnotations({
        findings: [...findings('error', 50), ...findings('warning', 50)],
        messages: [{ level: 'warning', message: 'no MATURITY.md' }],
        final,
        limit: stepLimit({ share: 16, usedInJob: used }),
      });
      used += plan.total;
    }
    expect(used).toBe(48);
  });
});
