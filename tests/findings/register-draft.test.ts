/**
 * A register in prose only is refused, and the error carries the block to paste, drafted from
 * the prose: ids, rules, files or packages, owners, approvers and expiry dates it mentions.
 * Pasted as it is, the block parses; what the prose did not say is an incomplete entry.
 */
import { ConfigurationError } from '../../packages/core/errors.js';
import { draftEntries, draftRegisterBlock } from '../../packages/findings/register-draft.js';
import { parseRiskRegister } from '../../packages/findings/risk-register.js';

const PROSE = `# Security findings: accepted risks

This document lists the findings we accept for now.

## AR-001: assert in the login flow (B101)

The \`assert\` in \`src/components/accounts/login.py\` guards a developer invariant; inputs are
validated before. Low severity. Owner: @alice, approved by @bob. Review by 2027-03-31.

## AR-002: PyYAML 5.3.1 (CVE-2020-14343)

We only load trusted files with safe_load. Owner @carol. Expires March 31, 2027.

## History

Nothing else here since 2025-01-01.
`;

const TABLE = `# Accepted risks

| ID | Finding | File | Justification | Owner | Approver | Expires |
|----|---------|------|---------------|-------|----------|---------|
| AR-010 | B311 random | src/components/billing/invoice.py | Jitter only, not crypto | @dana | @erin | 2027-06-30 |
| AR-011 | B404 | src/components/notifications/mailer.py | Runs sendmail \\| nothing else | @dana | | 1 July 2027 |
`;

function refusal(markdown: string): ConfigurationError {
  try {
    parseRiskRegister(markdown, 'SECURITY_FINDINGS_ACCEPTED_RISKS.md');
  } catch (e) {
    return e as ConfigurationError;
  }
  throw new Error('expected the prose register to be refused');
}

describe('a prose register', () => {
  it('is refused, and the error shows the block drafted from the prose', () => {
    const e = refusal(PROSE);
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e.message).toBe('has no `yaml accepted-risks` block.');
    expect(e.fix).toContain('Paste this block into the file');
    expect(e.fix).toContain(
      [
        '```yaml accepted-risks',
        '- id: "AR-001"',
        '  rule: "B101"',
        '  path: "src/components/accounts/login.py"',
        '  justification: "The assert in src/components/accounts/login.py guards a developer invariant; inputs are validated before. Low severity. Owner: @alice, approved by @bob. Review by 2027-03-31."',
        '  owner: "@alice"',
        '  approver: "@bob"',
        '  expires: 2027-03-31',
        '',
        '- id: "AR-002"',
        '  rule: "CVE-2020-14343"',
        '  path: "pkg:pyyaml"',
      ].join('\n'),
    );
    expect(e.fix).toContain(
      '  approver:  # TODO: who approved it, someone other than the owner\n  expires: 2027-03-31\n```',
    );
  });

  it('pasted as it is, parses: complete entries count, incomplete ones are problems that accept nothing', () => {
    const block = draftRegisterBlock(PROSE)!;
    const reg = parseRiskRegister(`${PROSE}\n${block}\n`, 'R.md');
    expect(reg.entries.map((x) => x.id)).toEqual(['AR-001']);
    expect(reg.problems).toEqual([
      expect.objectContaining({
        entryId: 'AR-002',
        message: expect.stringMatching(/approver: expected text, found an empty value/),
      }),
    ]);
  });

  it('reads tables row by row, by their column names', () => {
    expect(draftEntries(TABLE)).toEqual([
      expect.objectContaining({
        id: 'AR-010',
        rule: 'B311',
        path: 'src/components/billing/invoice.py',
        justification: 'Jitter only, not crypto',
        owner: '@dana',
        approver: '@erin',
        expires: '2027-06-30',
      }),
      expect.objectContaining({
        id: 'AR-011',
        rule: 'B404',
        path: 'src/components/notifications/mailer.py',
        justification: 'Runs sendmail | nothing else',
        owner: '@dana',
        approver: null,
        expires: '2027-07-01',
      }),
    ]);
  });

  it('reads a list of risks item by item, and numbers entries the prose gives no id', () => {
    const block = draftRegisterBlock(
      '# Risks\n\n- B101 in `src/a.py`: fine, owner @x, expires 2027-01-01\n- B311 and B404 in src/b.py: not crypto, owner @y, approver @z, high severity\n',
    )!;
    expect(block).toContain('- id: "AR-001"\n  rule: "B101"\n  path: "src/a.py"');
    expect(block).toContain(
      '- id: "AR-002"\n  rule: "B311"\n  path: "src/b.py"\n  # the text also names B404: give each its own entry',
    );
    expect(block).toContain('  expires:  # TODO: until when, YYYY-MM-DD (at most a year ahead)\n  severity: high\n```');
  });

  it('without any risk in the prose, shows the example block', () => {
    expect(draftRegisterBlock('# Accepted risks\n\nNothing here yet.\n')).toBeNull();
    expect(refusal('# Accepted risks\n\nNothing here yet.\n').fix).toContain(
      'e.g.\n```yaml accepted-risks\n- id: AR-001',
    );
  });
});
