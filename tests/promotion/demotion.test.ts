/** A demotion request's checks, purely: the breach still open, a stage to come down from, the approval. */
import { demotionCriteria, isDemotionRequest, type DemotionModel } from '../../actions/promotion-report/demotion.js';

const model = (over: Partial<DemotionModel> = {}): DemotionModel => ({
  component: { id: 'neo4j', name: 'Neo4j' },
  current: 'production',
  target: 'staging',
  issue: { number: 12, open: true, breach: true },
  approval: { by: 'lead', permission: 'maintain' },
  blocked: [],
  ...over,
});
const statuses = (m: DemotionModel) => demotionCriteria(m).map((c) => [c.id, c.status]);

describe('a demotion request', () => {
  it('is a breach issue labelled demotion:proposed', () => {
    expect(
      isDemotionRequest({ labels: ['maintenance:breach', 'component:neo4j', 'demotion:proposed', 'target:staging'] }),
    ).toBe(true);
    expect(isDemotionRequest({ labels: ['maintenance:breach', 'component:neo4j'] })).toBe(false);
  });

  it('may go ahead once approved, while the breach is open and the component is above the target', () => {
    expect(statuses(model())).toEqual([
      ['demotion.breach', 'pass'],
      ['demotion.stage', 'pass'],
      ['approval.maintainer', 'pass'],
    ]);
    expect(statuses(model({ approval: null }))[2]).toEqual(['approval.maintainer', 'no-data']);
  });

  it('may not when the breach recovered (closed), or MATURITY.md already says the target', () => {
    const closed = demotionCriteria(model({ issue: { number: 12, open: false, breach: true } }))[0]!;
    expect(closed).toMatchObject({
      status: 'fail',
      measured: 'closed',
      detail: '#12 is closed: the figures recovered, or the breach was settled',
    });
    expect(statuses(model({ current: 'staging' }))[1]).toEqual(['demotion.stage', 'fail']);
  });
});
