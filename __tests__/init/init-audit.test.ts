import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { initCommand } from '../../src/commands/init.js'
import { context, inputs } from '../audit/run-audit.js'

describe('init audits what it generates before writing', () => {
  let repo: string
  beforeEach(async () => {
    repo = await mkdtemp(path.join(os.tmpdir(), 'dp-init-audit-test-'))
  })
  afterEach(async () => {
    await rm(repo, { recursive: true, force: true })
  })

  const options = (extra: Record<string, string> = {}) =>
    initCommand.parse(
      inputs({ image: 'ghcr.io/acme/app', environments: 'dev,staging,production', ...extra }),
      context(repo)
    )

  it('a clean scaffold passes audit and says so', async () => {
    const result = await initCommand.run(options({ flux: 'true' }), context(repo))
    expect(result.exitCode ?? 0).toBe(0)
    expect(result.text).toMatch(/^audit: 0 findings in the generated GitOps files$/m)
  })

  it('a finding in a generated file stops init, one line per finding, nothing written', async () => {
    const opts = options({ flux: 'true' })
    // A template gone wrong: production's kustomization pins a floating tag.
    opts.alterGenerated = files =>
      files.map(f =>
        f.path === 'clusters/production/kustomization.yaml'
          ? {
              ...f,
              content: `${f.content}images:\n  - name: ghcr.io/acme/app\n    newTag: latest\n`
            }
          : f
      )
    const result = await initCommand.run(opts, context(repo))
    expect(result.exitCode).toBe(1)
    expect(result.error).toMatch(
      /^init: audit found \d+ problems? in the generated files .*nothing was written/
    )
    const lines = (result.text ?? '').split('\n')
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines)
      expect(line).toMatch(
        /^clusters\/production\/kustomization\.yaml:\d+: DP\d{3} (error|warning|note): .* \(fix: .+\)$/
      )
    expect(await readdir(repo)).toEqual([])
  })
})
