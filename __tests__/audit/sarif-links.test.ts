import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { README_URL, RULES, ruleAnchor } from '../../src/audit/rules.js'
import { FINGERPRINT_KEY, type SarifLog } from '../../src/audit/sarif.js'
import { README } from '../harness/readme.js'
import { runAudit } from './run-audit.js'

const TESTDATA = join(import.meta.dirname, '..', '..', 'testdata', 'audit')
const cases = readdirSync(TESTDATA).filter(name => name !== 'clean')

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function sarifOf(repo: string): Promise<SarifLog> {
  const { result } = await runAudit(repo, { format: 'sarif' })
  return JSON.parse(result.text) as SarifLog
}

/** GitHub's anchor for a Markdown heading: lowercase, punctuation but `-` and `_` dropped. */
const githubSlug = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')

describe('SARIF rule links', () => {
  it("gives every rule a helpUri to its heading in the README's audit rules", async () => {
    const driver = (await sarifOf(join(TESTDATA, 'dp001-tag-only', 'repo'))).runs[0].tool
      .driver as { rules: Array<{ id: string; helpUri?: string }> }
    const anchors = new Set(
      [...README.matchAll(/^#{2,6} (.+)$/gm)].map(m => githubSlug(m[1] ?? ''))
    )
    expect(driver.rules).toHaveLength(RULES.length)
    for (const [i, rule] of RULES.entries()) {
      expect(driver.rules[i]?.helpUri).toBe(`${README_URL}#${ruleAnchor(rule)}`)
      expect(anchors, `README.md has no heading for ${rule.id}`).toContain(ruleAnchor(rule))
    }
  })
})

describe('SARIF partialFingerprints', () => {
  it.each(cases)('are distinct sha256 hashes, one per result: %s', async name => {
    const results = (await sarifOf(join(TESTDATA, name, 'repo'))).runs[0].results
    expect(results.length).toBeGreaterThan(0)
    const prints = results.map(r => r.partialFingerprints[FINGERPRINT_KEY])
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{64}$/)
    expect(new Set(prints).size).toBe(prints.length)
  })

  it('stay the same when lines move and the pinned tag changes, and differ per object', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'audit-fp-'))
    dirs.push(repo)
    cpSync(join(TESTDATA, 'dp001-tag-only', 'repo'), repo, { recursive: true })
    const before = (await sarifOf(repo)).runs[0].results
    const file = join(repo, 'clusters', 'production', 'api.yaml')
    const text = readFileSync(file, 'utf8')
    writeFileSync(
      file,
      `# a comment above\n\n${text.replace('tag: 1.20', 'tag: 1.21').replace(':1.3.2', ':1.4.0')}`
    )
    const after = (await sarifOf(repo)).runs[0].results
    const api = (rs: typeof before) =>
      rs.filter(
        r =>
          r.locations[0]?.physicalLocation.artifactLocation.uri === 'clusters/production/api.yaml'
      )
    expect(api(after)).toHaveLength(2)
    const lines = (rs: typeof before) => api(rs).map(r => r.locations[0]?.physicalLocation.region)
    expect(lines(after)).not.toEqual(lines(before))
    const prints = (rs: typeof before) => api(rs).map(r => r.partialFingerprints)
    expect(prints(after)).toEqual(prints(before))
    expect(new Set(prints(after).map(p => p[FINGERPRINT_KEY])).size).toBe(2)
  })
})
