/**
 * `audit` of a GitOps repository that Flux reconciles from OCI artifacts, end to end: the
 * repository is served by the git http-backend and cloned as a workflow's checkout would, then
 * audited by the built action (Node 24) and the built CLI.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { Ajv, type ValidateFunction } from 'ajv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, runCli } from '../harness/action-runner.js'
import { startGitServer, type GitServer } from '../harness/git-server.js'
import { REPO_ROOT } from '../harness/node24.js'

const run = promisify(execFile)

/** The official SARIF 2.1.0 schema (draft-04), compiled with Ajv's draft-07 vocabulary. */
async function sarifValidator(): Promise<ValidateFunction> {
  const file = path.join(REPO_ROOT, 'schemas', 'sarif-2.1.0.json')
  const schema = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
  const { id, ...rest } = schema
  delete rest.$schema
  const ajv = new Ajv({ allErrors: true, strict: false })
  ajv.addFormat('uri', s => URL.canParse(s))
  ajv.addFormat('uri-reference', s => URL.canParse(s, 'file:///'))
  ajv.addFormat('date-time', s => !Number.isNaN(Date.parse(s)))
  return ajv.compile({ ...rest, $id: String(id) })
}

const PROMOTION = `version: 1
environments:
  - name: staging
    path: clusters/staging
  - name: production
    alias:
      repository: ghcr.io/acme/app-manifests
      tag: production
    protected: true
`

function ociRepository(name: string, ref: string, verify = ''): string {
  return `apiVersion: source.toolkit.fluxcd.io/v1
kind: OCIRepository
metadata:
  name: ${name}
  namespace: flux-system
spec:
  interval: 1m
  url: oci://ghcr.io/acme/app-manifests
  ref:
    ${ref}
  secretRef:
    name: ghcr-pull
${verify}`
}

describe('audit of OCIRepository sources through the built action and CLI', () => {
  let git: GitServer
  let workspace: string

  beforeAll(async () => {
    git = await startGitServer()
    await git.createRepo('gitops', {
      'promotion.yaml': PROMOTION,
      // Staging follows its own floating tag, which no alias environment governs (DP011).
      'clusters/staging/source.yaml': ociRepository('app-staging', 'tag: staging'),
      // Production follows its alias but verifies nothing (DP012).
      'clusters/production/source.yaml': ociRepository('app-production', 'tag: production'),
      // A digest pin is fine.
      'clusters/pinned/source.yaml': ociRepository('app-pinned', `digest: sha256:${'b'.repeat(64)}`)
    })
    workspace = await mkdtemp(path.join(os.tmpdir(), 'dp-audit-oci-'))
    await run('git', ['clone', '--quiet', git.repoUrl('gitops'), workspace])
  })
  afterAll(async () => {
    await git?.stop()
    if (workspace) await rm(workspace, { recursive: true, force: true })
  })

  it('reports DP011 and DP012 as annotations and in SARIF that validates', async () => {
    const result = await runAction({
      action: 'audit',
      inputs: { 'sarif-file': 'audit.sarif' },
      workspace
    })
    expect(result.stderr).not.toMatch(/TypeError|\n\s+at /)
    expect(result.exitCode).toBe(1)
    const annotations = result.stdout.split('\n').filter(l => /^::(error|warning) /.test(l))
    expect(annotations).toEqual([
      expect.stringMatching(
        /^::error title=DP012 [^,]*,file=clusters\/production\/source\.yaml,line=6::OCIRepository flux-system\/app-production follows the alias of protected environment 'production' \(ghcr\.io\/acme\/app-manifests:production\) and has no spec\.verify/
      ),
      expect.stringMatching(
        /^::warning title=DP011 [^,]*,file=clusters\/staging\/source\.yaml,line=10::OCIRepository flux-system\/app-staging follows the floating tag 'staging' of oci:\/\/ghcr\.io\/acme\/app-manifests, which no alias environment in promotion\.yaml governs/
      )
    ])
    expect(result.outputs).toMatchObject({ findings: '2', errors: '1' })
    expect(result.errors.at(-1)).toBe('audit: 1 error, 1 warning, 0 notes in 4 YAML files')

    const sarif = JSON.parse(await readFile(path.join(workspace, 'audit.sarif'), 'utf8')) as {
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string }> } }
        results: Array<{ ruleId: string; level: string; ruleIndex: number }>
      }>
    }
    const validate = await sarifValidator()
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true)
    const [sarifRun] = sarif.runs
    expect(sarifRun?.results.map(r => [r.ruleId, r.level])).toEqual([
      ['DP012', 'error'],
      ['DP011', 'warning']
    ])
    for (const r of sarifRun?.results ?? []) {
      expect(sarifRun?.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId)
    }
  })

  it('passes once production verifies with cosign and staging is an alias environment', async () => {
    const promotion = PROMOTION.replace(
      '    path: clusters/staging\n',
      '    alias:\n      repository: ghcr.io/acme/app-manifests\n      tag: staging\n'
    )
    const verify = '  verify:\n    provider: cosign\n    secretRef:\n      name: cosign-pub\n'
    await git.commitDirect(
      'gitops',
      'main',
      {
        'promotion.yaml': promotion,
        'clusters/production/source.yaml': ociRepository(
          'app-production',
          'tag: production',
          verify
        )
      },
      'production verifies cosign signatures; staging is an alias'
    )
    await run('git', ['-C', workspace, 'pull', '--quiet', 'origin', 'main'])
    const result = await runCli(['audit', '.', '--format', 'json'], { cwd: workspace })
    expect(result.stderr).toMatch(
      /^protected environments from promotion\.yaml: production \(alias ghcr\.io\/acme\/app-manifests:production\)$/m
    )
    expect(JSON.parse(result.stdout)).toMatchObject({ findings: [] })
    expect(result.exitCode).toBe(0)
  })
})
