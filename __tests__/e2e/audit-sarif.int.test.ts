import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES, ruleAnchor } from '../../src/audit/rules.js'
import { FINGERPRINT_KEY, type SarifLog } from '../../src/audit/sarif.js'
import { runCli } from '../harness/action-runner.js'
import { REPO_ROOT } from '../harness/node24.js'

/**
 * Code scanning matched audit alerts by line and offered no link to a rule's explanation: the
 * built CLI's SARIF now gives every rule a `helpUri` (its README heading) and every result a
 * fingerprint of rule, file and object.
 */
describe('audit SARIF through the built CLI', () => {
  it('links each rule to the README and fingerprints each result', async () => {
    const repo = path.join(REPO_ROOT, 'testdata', 'audit', 'dp001-tag-only', 'repo')
    const result = await runCli(['audit', '.', '--format', 'sarif'], { cwd: repo })
    expect(result.exitCode).toBe(1)
    const run = (JSON.parse(result.stdout) as SarifLog).runs[0]
    const rules = (run.tool.driver as { rules: Array<{ id: string; helpUri: string }> }).rules
    expect(rules.map(r => r.helpUri)).toEqual(
      RULES.map(r => `https://github.com/acme/digest-promote/blob/v1/README.md#${ruleAnchor(r)}`)
    )
    const prints = run.results.map(r => r.partialFingerprints[FINGERPRINT_KEY])
    expect(prints.length).toBeGreaterThan(1)
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{64}$/)
    expect(new Set(prints).size).toBe(prints.length)
  })
})
