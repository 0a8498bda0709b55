import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import type { GitServer } from '../harness/git-server.js'
import { gitopsRepo } from '../harness/gitops-fixture.js'
import { pushImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'

const REPO = 'acme/malformed'
const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const OLD_TAG = 'staging-v1.2.2-fff0000-1690000000'

/**
 * Ledger files are repository content, so untrusted: an event without `pipeline` used to crash
 * `status` (`Cannot read properties of undefined (reading 'url')`).
 */
describe('status reads past malformed ledger files', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let image: string
  let digest: string

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    image = `${registry.host}/acme/app`
    digest = (await pushImage(registry, 'acme/app', DEV_TAG)).digest
    const old = await pushImage(registry, 'acme/app', OLD_TAG, { seed: 'old' })
    await git.createRepo(
      REPO,
      gitopsRepo(image, {
        dev: { tag: DEV_TAG, digest },
        staging: { tag: OLD_TAG, digest: old.digest }
      })
    )
  })
  afterAll(async () => {
    await stopLab({ registry, git, github })
  })

  function action(inputs: Record<string, string>): Promise<ActionResult> {
    return runAction({
      inputs: { image, 'gitops-repository': REPO, 'gitops-token': git.token!, ...inputs },
      env: labEnv({ registry, git, github })
    })
  }

  it('warns with the path of each malformed event and reports the valid one', async () => {
    const promoted = await action({
      command: 'promote',
      'from-environment': 'dev',
      'to-environment': 'staging'
    })
    expect(promoted.errors).toEqual([])
    const id = promoted.outputs['event-id']
    const valid = JSON.parse(
      (await git.readFile(REPO, 'main', `.promotions/staging/${id}.json`))!
    ) as Record<string, unknown>
    // Later than the valid event, so each would be the "current" move if it were read.
    const later: Record<string, unknown> = {
      ...valid,
      id: 'later',
      timestamp: '2099-01-01T00:00:00.000Z'
    }
    const withoutPipeline = { ...later }
    delete withoutPipeline.pipeline
    await git.commitDirect(
      REPO,
      'main',
      {
        '.promotions/staging/no-pipeline.json': JSON.stringify({
          ...withoutPipeline,
          id: 'no-pipeline'
        }),
        '.promotions/staging/bad-digest.json': JSON.stringify({
          ...later,
          id: 'bad-digest',
          digest: 'sha256:XYZ'
        }),
        '.promotions/staging/gates-string.json': JSON.stringify({
          ...later,
          id: 'gates-string',
          gates: 'passed'
        })
      },
      'hand-edited ledger files'
    )
    const result = await action({ command: 'status', environment: 'staging' })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    const warnings = result.stdout.split('\n').filter(l => l.startsWith('::warning::'))
    expect(warnings).toEqual([
      expect.stringMatching(
        /^::warning::ledger file \.promotions\/staging\/bad-digest\.json skipped: digest must match pattern/
      ),
      expect.stringMatching(
        /^::warning::ledger file \.promotions\/staging\/gates-string\.json skipped: gates must be array/
      ),
      expect.stringMatching(
        /^::warning::ledger file \.promotions\/staging\/no-pipeline\.json skipped: \(root\) must have required property 'pipeline'/
      )
    ])
    expect(result.stdout).toContain(`moved by:    promotion ${id} by octocat`)
    expect(result.outputs).toMatchObject({ digest, drift: 'false' })
  })
})
