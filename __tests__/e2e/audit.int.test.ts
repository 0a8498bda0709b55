import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, runCli } from '../harness/action-runner.js'
import { REPO_ROOT } from '../harness/node24.js'

describe('audit through the built action and CLI', () => {
  let workspace: string

  beforeAll(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'dp-audit-'))
    await cp(path.join(REPO_ROOT, 'testdata', 'audit', 'dp001-tag-only', 'repo'), workspace, {
      recursive: true
    })
  })
  afterAll(async () => {
    await rm(workspace, { recursive: true, force: true })
  })

  it('annotates each finding with file and line, writes SARIF, and fails with one line', async () => {
    const result = await runAction({
      inputs: { command: 'audit', 'sarif-file': 'audit.sarif' },
      workspace
    })
    expect(result.exitCode).toBe(1)
    const annotations = result.stdout.split('\n').filter(l => l.startsWith('::error title='))
    expect(annotations).toContainEqual(
      expect.stringMatching(
        /^::error title=DP001 [^,]*,file=clusters\/production\/kustomization\.yaml,line=6::/
      )
    )
    expect(result.errors.at(-1)).toMatch(/^audit: \d+ errors?, /)
    const sarif = JSON.parse(await readFile(path.join(workspace, 'audit.sarif'), 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    expect(result.outputs['sarif-file']).toBeTruthy()
    expect(Number(result.outputs.errors)).toBeGreaterThan(0)
  })

  it('prints SARIF on stdout from the CLI even when the audit fails', async () => {
    const result = await runCli(['audit', '.', '--format', 'sarif'], { cwd: workspace })
    expect(result.exitCode).toBe(1)
    expect(JSON.parse(result.stdout).runs[0].tool.driver.name).toBe('digest-promote')
    expect(result.stderr).toMatch(/^error: audit: \d+ errors?, /m)
  })

  it('passes a clean repository', async () => {
    const clean = path.join(REPO_ROOT, 'testdata', 'audit', 'clean', 'repo')
    const result = await runCli(['audit', '.'], { cwd: clean })
    expect(result).toMatchObject({ exitCode: 0 })
    expect(result.stdout).toMatch(/^audit: no findings/)
  })
})
