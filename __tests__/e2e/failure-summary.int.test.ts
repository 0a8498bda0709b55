import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import { gitopsRepo } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab, type Lab } from '../harness/lab.js'

const STAGING_TAG = 'staging-v1.2.3-abc1234-1700000000'
const PROD_OLD_TAG = 'production-v1.2.2-fff0000-1690000000'

/**
 * A failing gate in the action used to leave GITHUB_STEP_SUMMARY empty, with one `::error::`
 * line in the log: the job's summary page said nothing. It now says what was attempted, which
 * gate failed, why, and the fix; `summary: false` switches the summary off.
 */
describe('the job summary of a failed run', () => {
  let lab: Lab
  let image: string
  let built: PushedImage
  const REPO = 'acme/summary'

  beforeAll(async () => {
    lab = await startLab()
    image = `${lab.registry.host}/acme/app`
    built = await pushImage(lab.registry, 'acme/app', STAGING_TAG, { seed: 'built' })
    const old = await pushImage(lab.registry, 'acme/app', PROD_OLD_TAG, { seed: 'old' })
    await lab.git.createRepo(
      REPO,
      gitopsRepo(image, {
        staging: { tag: STAGING_TAG, digest: built.digest },
        production: { tag: PROD_OLD_TAG, digest: old.digest }
      })
    )
  })
  afterAll(async () => {
    await stopLab(lab)
  })

  function promote(inputs: Record<string, string>, action?: string): Promise<ActionResult> {
    return runAction({
      ...(action ? { action } : {}),
      inputs: {
        ...(action ? {} : { command: 'promote' }),
        image,
        'gitops-repository': REPO,
        'gitops-token': lab.git.token ?? '',
        'from-environment': 'staging',
        'to-environment': 'production',
        'require-signature': 'false',
        ...inputs
      },
      env: { ...labEnv(lab), GITHUB_TOKEN: lab.github.token ?? '' }
    })
  }

  it('says what was attempted, which gate failed, why, and the fix', async () => {
    const result = await promote({}, 'promote')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(/^gate 'ordering' failed: /)
    const summary = result.summary
    expect(summary).toContain('## digest-promote promote failed')
    expect(summary).toContain(`| \`image\` | \`${image}\` |`)
    expect(summary).toContain('| `from-environment` | `staging` |')
    expect(summary).toContain('| `to-environment` | `production` |')
    expect(summary).toContain('| `gitops-repository` | `acme/summary` |')
    expect(summary).toMatch(/^\*\*Failed gate:\*\* `ordering`$/m)
    expect(summary).toMatch(
      /^\*\*Why:\*\* production requires staging, but the ledger has no promotion of sha256:[0-9a-f]{64} into staging$/m
    )
    expect(summary).toMatch(/^\*\*Fix:\*\* .*digest-promote adopt --environment staging/m)
    // A secret input is never shown, in any form.
    expect(summary).not.toContain('gitops-token')
    expect(summary).not.toContain(lab.git.token)
  })

  it('names the input when the input is what is wrong', async () => {
    const result = await promote({ 'to-environment': 'staging' })
    expect(result.exitCode).toBe(1)
    expect(result.summary).toContain('## digest-promote promote failed')
    expect(result.summary).toMatch(/^\*\*Input:\*\* `to-environment`$/m)
    expect(result.summary).toMatch(/^\*\*Error:\*\* input 'to-environment': 'staging' is also/m)
  })

  it('writes nothing to the summary with summary: false', async () => {
    const result = await promote({ summary: 'false' }, 'promote')
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(/^gate 'ordering' failed: /)
    expect(result.summary).toBe('')
  })

  it('refuses a summary value that is not a boolean, naming the input', async () => {
    const result = await promote({ summary: 'sometimes' })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([expect.stringMatching(/^input 'summary': /)])
  })
})
