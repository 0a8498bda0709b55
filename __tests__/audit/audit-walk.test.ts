import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AuditJson } from '../../src/audit/report.js'
import { listYamlFiles } from '../../src/audit/walk.js'
import { PromoteError } from '../../src/errors.js'
import { generateAuditRepo } from './generate-repo.js'
import { runAudit } from './run-audit.js'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function tempRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'audit-walk-'))
  dirs.push(root)
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true })
    writeFileSync(join(root, rel), text)
  }
  return root
}

const POD = (image: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: ${image}\n`

describe('audit walk', () => {
  it('skips .git, node_modules, chart templates, symlinks and non-YAML names', async () => {
    const root = tempRepo({
      'prod/pod.yaml': POD('nginx:1.27'),
      'prod/Kustomization': 'images:\n  - name: nginx\n    newTag: latest\n',
      '.git/pod.yaml': POD('nginx'),
      'node_modules/x/pod.yaml': POD('nginx'),
      'charts/app/Chart.yaml': 'name: app\n',
      'charts/app/templates/pod.yaml': POD('{{ .Values.image }}'),
      'charts/app/values.yaml': 'image: {}\n',
      'prod/notes.txt': POD('nginx'),
      'elsewhere/pod.yml': POD('busybox:1.36')
    })
    symlinkSync(join(root, 'prod', 'pod.yaml'), join(root, 'prod', 'link.yaml'))
    symlinkSync(join(root, 'prod'), join(root, 'linked-prod'))
    expect(listYamlFiles(root, { maxFiles: 100, maxFileBytes: 1000 })).toEqual([
      'charts/app/Chart.yaml',
      'charts/app/values.yaml',
      'elsewhere/pod.yml',
      'prod/Kustomization',
      'prod/pod.yaml'
    ])
    const { result } = await runAudit(root)
    const findings = (result.json as AuditJson).findings
    expect(findings.map(f => `${f.file}:${f.line} ${f.rule} ${f.severity}`)).toEqual([
      'prod/Kustomization:3 DP002 error',
      'prod/pod.yaml:8 DP001 error'
    ])
  })

  it('skips files over the size limit with a note and reads the rest', async () => {
    const big = `# ${'x'.repeat(300)}\n${POD('nginx')}`
    const root = tempRepo({ 'big.yaml': big, 'small.yaml': POD('nginx') })
    const { result } = await runAudit(root, {}, { maxFiles: 10, maxFileBytes: 200 })
    const findings = (result.json as AuditJson).findings
    expect(findings.map(f => [f.file, f.line, f.rule, f.severity])).toEqual([
      ['big.yaml', 1, 'DP000', 'note'],
      ['small.yaml', 8, 'DP002', 'warning']
    ])
    expect(findings[0].message).toBe(
      `skipped: ${Buffer.byteLength(big)} bytes is over the 200-byte limit`
    )
  })

  it('refuses a tree with more YAML files than the limit rather than audit part of it', async () => {
    const root = tempRepo({ 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n', 'c/d.yaml': 'd: 1\n' })
    const run = runAudit(root, {}, { maxFiles: 2, maxFileBytes: 1000 })
    await expect(run).rejects.toBeInstanceOf(PromoteError)
    await expect(run).rejects.toThrow(/^more than 2 YAML files .* audit a narrower path$/)
  })

  it('never parses files without image content, nor binary files', async () => {
    const root = tempRepo({
      'broken-config.yaml': 'data: [unclosed\n',
      'binary.yaml': `image: [\0\n`
    })
    const { result } = await runAudit(root)
    expect((result.json as AuditJson).findings).toEqual([])
    expect((result.json as AuditJson).counts.files).toBe(2)
  })

  it('keeps every finding on one line whatever the repository quotes', async () => {
    const root = tempRepo({
      'pod.yaml': POD('nginx:1.27 # {"$imagepolicy": "flux-system:app\\nDP001 forged"}')
    })
    const { result } = await runAudit(root)
    expect((result.json as AuditJson).findings.map(f => f.message)).toEqual([
      'marker names ImagePolicy flux-system:app\\u000aDP001 forged, which is not in the repository'
    ])
    expect(result.text.split('\n').filter(l => l.includes('forged'))).toHaveLength(1)
  })

  it('audits a generated repository with exactly the seeded findings', async () => {
    const root = tempRepo({})
    const generated = await generateAuditRepo(root, 400)
    expect(generated.files).toHaveLength(400)
    expect(generated.tagOnly).toBeGreaterThan(0)
    const { result } = await runAudit(root)
    const json = result.json as AuditJson
    expect(json.counts).toEqual({
      findings: generated.tagOnly,
      error: generated.tagOnly,
      warning: 0,
      note: 0,
      files: 400
    })
    expect(new Set(json.findings.map(f => f.rule))).toEqual(new Set(['DP001']))
  })
})
