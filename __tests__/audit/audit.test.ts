import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { afterEach, describe, expect, it } from 'vitest'
import type { AuditJson } from '../../src/audit/report.js'
import { RULES } from '../../src/audit/rules.js'
import type { SarifLog } from '../../src/audit/sarif.js'
import { AUDIT, auditCommand } from '../../src/commands/audit.js'
import { runAudit } from './run-audit.js'

// Each testdata/audit/<case> holds repo/ (the GitOps repository) and expected.json: the
// inputs to pass, the status and every finding with its exact file, line and message.
const TESTDATA = join(import.meta.dirname, '..', '..', 'testdata', 'audit')
const cases = readdirSync(TESTDATA).filter(name =>
  existsSync(join(TESTDATA, name, 'expected.json'))
)

interface Expected {
  description: string
  inputs?: Record<string, string>
  status: 'failed' | 'unchanged'
  findings: AuditJson['findings']
}

const expectedOf = (name: string): Expected =>
  JSON.parse(readFileSync(join(TESTDATA, name, 'expected.json'), 'utf8')) as Expected

let compiled: ValidateFunction | undefined

/** The official SARIF 2.1.0 schema (draft-04), compiled once with Ajv's draft-07 vocabulary. */
function sarifValidator(): ValidateFunction {
  if (compiled) return compiled
  const path = join(import.meta.dirname, '..', '..', 'schemas', 'sarif-2.1.0.json')
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  // Ajv 8 has no draft-04 meta-schema; draft-04's `id` is draft-07's `$id`, and the keywords
  // this schema uses mean the same in both drafts.
  const { id, ...rest } = schema
  delete rest.$schema
  const ajv = new Ajv({ allErrors: true, strict: false })
  ajv.addFormat('uri', s => URL.canParse(s))
  ajv.addFormat('uri-reference', s => URL.canParse(s, 'file:///'))
  ajv.addFormat('date-time', s => !Number.isNaN(Date.parse(s)))
  compiled = ajv.compile({ ...rest, $id: String(id) })
  return compiled
}

describe('audit golden repositories', () => {
  it('has a clean case and a case for every rule', () => {
    expect(cases).toContain('clean')
    const fired = new Set(cases.flatMap(c => expectedOf(c).findings.map(f => f.rule)))
    expect([...fired].sort()).toEqual(RULES.map(r => r.id))
  })

  it.each(cases)('%s', async name => {
    const expected = expectedOf(name)
    expect(expected.description).not.toBe('')
    const repo = join(TESTDATA, name, 'repo')
    const { result } = await runAudit(repo, expected.inputs)
    const json = result.json as AuditJson
    expect(json.findings).toEqual(expected.findings)
    expect(result.status).toBe(expected.status)
    expect(result.exitCode).toBe(expected.status === 'failed' ? 1 : undefined)
    const errors = expected.findings.filter(f => f.severity === 'error').length
    expect(result.outputs).toEqual({
      findings: String(expected.findings.length),
      errors: String(errors)
    })
    expect(result.annotations?.map(a => [a.file, a.line, a.title?.slice(0, 5)])).toEqual(
      expected.findings.map(f => [f.file, f.line, f.rule])
    )
  })
})

describe('audit output', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })

  it('reports a clean repository in one line and a summary without a table', async () => {
    const { result, logger } = await runAudit(join(TESTDATA, 'clean', 'repo'))
    expect(result.text).toBe('audit: no findings in 6 YAML files')
    expect(result.summary).toContain('0 errors, 0 warnings, 0 notes in 6 YAML files')
    expect(result.summary).not.toContain('| rule |')
    expect(result.annotations).toEqual([])
    expect(logger.lines).toContain(
      'protected environments from promotion.yaml: production (clusters/production)'
    )
  })

  it('groups text by file, with each finding and its fix', async () => {
    const { result } = await runAudit(join(TESTDATA, 'dp002-latest', 'repo'))
    const lines = result.text.split('\n')
    const headers = lines.filter(l => l !== '' && !l.startsWith(' ') && !l.startsWith('audit:'))
    expect(headers).toEqual([
      'clusters/dev/job.yaml',
      'clusters/dev/kustomization.yaml',
      'clusters/production/pod.yaml',
      'clusters/production/release.yaml'
    ])
    expect(lines[1]).toBe(
      '  10  warning  DP002  container seed of Job seed: redis:latest uses the latest tag'
    )
    expect(lines[2]).toMatch(/^ {22}fix: use an immutable version tag/)
    expect(lines.at(-1)).toBe('audit: 5 errors, 3 warnings, 0 notes in 5 YAML files')
  })

  it('writes a job summary table with rule, severity, file:line and message', async () => {
    const { result } = await runAudit(join(TESTDATA, 'dp008-policy-unreferenced', 'repo'))
    expect(result.summary).toContain('| rule | severity | file:line | message |')
    expect(result.summary).toContain(
      '| DP008 policy-unreferenced | note | flux-system/policies.yaml:12 | ImagePolicy'
    )
    expect(result.annotations?.[0]).toMatchObject({ level: 'notice', line: 12 })
  })

  it('prints findings and counts as JSON with format json', async () => {
    const { result } = await runAudit(join(TESTDATA, 'dp004-unbounded-range', 'repo'), {
      format: 'json'
    })
    const parsed = JSON.parse(result.text) as AuditJson
    expect(parsed).toEqual(result.json)
    expect(parsed.counts).toEqual({ findings: 4, error: 1, warning: 3, note: 0, files: 4 })
    expect(Object.keys(parsed.findings[0])).toEqual([
      'rule',
      'severity',
      'file',
      'line',
      'message',
      'fix'
    ])
  })

  it.each(cases)('emits SARIF that validates against the 2.1.0 schema: %s', async name => {
    const validate = sarifValidator()
    const { result } = await runAudit(join(TESTDATA, name, 'repo'), {
      ...expectedOf(name).inputs,
      format: 'sarif'
    })
    const log = JSON.parse(result.text) as SarifLog
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    expect(log.runs[0].results).toHaveLength(expectedOf(name).findings.length)
  })

  it('has a SARIF validator that catches a malformed log', async () => {
    const validate = sarifValidator()
    const { result } = await runAudit(join(TESTDATA, 'dp008-policy-unreferenced', 'repo'), {
      format: 'sarif'
    })
    const log = JSON.parse(result.text) as SarifLog
    expect(validate(log)).toBe(true)
    log.runs[0].results[0].level = 'fatal'
    expect(validate(log)).toBe(false)
    expect(validate({ version: '2.1.0' })).toBe(false)
  })

  it('names the tool, its rules and each result location in SARIF', async () => {
    const { result } = await runAudit(join(TESTDATA, 'dp001-tag-only', 'repo'), { format: 'sarif' })
    const run = (JSON.parse(result.text) as SarifLog).runs[0]
    const driver = run.tool.driver as { name: string; rules: Array<Record<string, unknown>> }
    expect(driver.name).toBe('digest-promote')
    expect(driver.rules.map(r => r.id)).toEqual(RULES.map(r => r.id))
    expect(driver.rules[1]).toMatchObject({
      id: 'DP001',
      shortDescription: { text: 'An image in a protected environment is pinned by tag only.' },
      help: { text: expect.stringContaining('Fix: pin the digest') }
    })
    expect(run.results[0]).toMatchObject({
      ruleId: 'DP001',
      ruleIndex: 1,
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'clusters/production/api.yaml' },
            region: { startLine: 14 }
          }
        }
      ]
    })
  })

  it('writes sarif-file and places paths relative to the workspace', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'audit-ws-'))
    dirs.push(ws)
    cpSync(join(TESTDATA, 'dp001-tag-only', 'repo'), join(ws, 'gitops'), { recursive: true })
    const { result } = await runAudit(ws, {
      path: 'gitops',
      'sarif-file': 'reports/audit.sarif'
    })
    const file = join(ws, 'reports', 'audit.sarif')
    expect(result.outputs['sarif-file']).toBe(file)
    const log = JSON.parse(readFileSync(file, 'utf8')) as SarifLog
    expect(sarifValidator()(log)).toBe(true)
    const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri
    expect(uri).toBe('gitops/clusters/production/api.yaml')
    // Findings stay relative to the audited root; annotations follow the repository checkout.
    expect((result.json as AuditJson).findings[0].file).toBe('clusters/production/api.yaml')
    expect(result.annotations?.[0]?.file).toBe('gitops/clusters/production/api.yaml')
    expect(result.text.split('\n')[0]).toBe('clusters/production/api.yaml')
  })

  it('lets allowed-registries replace the promotion.yaml list', async () => {
    const { result, logger } = await runAudit(join(TESTDATA, 'dp003-registry', 'repo'), {
      'allowed-registries':
        'ghcr.io, quay.io\nindex.docker.io\n# comment\nregistry.example.com:5000'
    })
    expect((result.json as AuditJson).findings).toEqual([])
    expect(logger.lines).toContain(
      'allowed registries: ghcr.io, quay.io, docker.io, registry.example.com:5000'
    )
  })

  it('exports the command under its name with every input described', () => {
    expect(auditCommand.name).toBe(AUDIT)
    expect(auditCommand.positionals).toEqual(['path'])
    expect(auditCommand.inputs.map(i => i.name)).toEqual([
      'path',
      'format',
      'protected-paths',
      'allowed-registries',
      'config',
      'sarif-file',
      'pin-max-age'
    ])
    for (const i of auditCommand.inputs) expect(i.description).toMatch(/\.$/)
  })
})
