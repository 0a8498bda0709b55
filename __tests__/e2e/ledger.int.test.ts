import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import { runGitOk, type GitServer } from '../harness/git-server.js'
import { gitopsRepo, kustomization } from '../harness/gitops-fixture.js'
import { deleteManifest, pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'
import { signImage, signingKeys, trustInputs } from '../harness/signing.js'
import { skopeoDigest } from '../harness/skopeo.js'

const REPO = 'acme/gitops'

describe('ledger, status and rollback end to end through the built action', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let image: string
  let a: PushedImage
  let b: PushedImage
  let run = 100
  const keys = signingKeys()

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    image = `${registry.host}/acme/app`
    a = await pushImage(registry, 'acme/app', 'dev-v1.0.0-aaa1111-1700000001', { seed: 'A' })
    b = await pushImage(registry, 'acme/app', 'dev-v1.1.0-bbb2222-1700000002', { seed: 'B' })
    await signImage(`${image}@${a.digest}`, keys.privatePem)
    await signImage(`${image}@${b.digest}`, keys.privatePem)
    const seed = await pushImage(registry, 'acme/app', 'production-v0.9.0-ccc3333-1690000000', {
      seed: 'seed'
    })
    await git.createRepo(
      REPO,
      gitopsRepo(image, {
        dev: { tag: 'dev-v1.0.0-aaa1111-1700000001', digest: a.digest },
        staging: { tag: 'staging-v0.9.0-ccc3333-1690000000', digest: seed.digest },
        production: { tag: 'production-v0.9.0-ccc3333-1690000000', digest: seed.digest }
      })
    )
  })
  afterAll(async () => {
    await stopLab({ registry, git, github })
  })

  function action(inputs: Record<string, string>): Promise<ActionResult> {
    run++
    return runAction({
      inputs: {
        image,
        'gitops-repository': REPO,
        'gitops-token': git.token!,
        ...trustInputs(keys.publicPem),
        ...inputs
      },
      env: {
        GITHUB_SERVER_URL: git.url,
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: String(run),
        GITHUB_ACTOR: `actor-${run}`
      }
    })
  }
  const promote = (from: string, to: string, extra: Record<string, string> = {}) =>
    action({ command: 'promote', 'from-environment': from, 'to-environment': to, ...extra })
  const status = (extra: Record<string, string> = {}) =>
    action({ command: 'status', environment: 'production', ...extra })

  /** Merges a promotion branch as a reviewer would (fast-forward of main). */
  async function merge(result: ActionResult): Promise<void> {
    expect(result.errors).toEqual([])
    const pr = github.pulls.find(p => p.number === Number(result.outputs['pull-request-number']))!
    await runGitOk([
      '--git-dir',
      path.join(git.root, `${REPO}.git`),
      'update-ref',
      'refs/heads/main',
      `refs/heads/${pr.head.ref}`
    ])
    github.mergePull(pr.number)
  }

  async function pinDev(pushed: PushedImage, tag: string): Promise<void> {
    await git.commitDirect(
      REPO,
      'main',
      { 'clusters/dev/kustomization.yaml': kustomization(image, { tag, digest: pushed.digest }) },
      'deploy to dev'
    )
  }

  it('records A then B in production; status shows B, previous A, and the run that moved it', async () => {
    expect((await promote('dev', 'staging')).errors).toEqual([])
    await merge(await promote('staging', 'production'))
    await pinDev(b, 'dev-v1.1.0-bbb2222-1700000002')
    expect((await promote('dev', 'staging')).errors).toEqual([])
    const promotedB = await promote('staging', 'production')
    await merge(promotedB)
    const result = await status({ 'gitops-token': git.token! })
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({
      digest: b.digest,
      'previous-digest': a.digest,
      'rollback-target': a.digest,
      drift: 'false'
    })
    expect(result.stdout).toContain(`by actor-${run - 1}`)
    expect(result.stdout).toContain(`/actions/runs/${run - 1}/attempts/1`)
    expect(result.stdout).toContain('flux:        unknown (no Flux status yet)')
    // Flux's notification-controller reports on the commit it applied.
    const [merged] = await git.log(REPO, 'main')
    github.addCommitStatus({
      owner: 'acme',
      repo: 'gitops',
      sha: merged.sha,
      state: 'success',
      context: 'kustomization/flux-system/apps'
    })
    const live = await status()
    expect(live.stdout).toContain('flux:        success (kustomization/flux-system/apps)')
  })

  it('answers from the registry alone, and attaching records never changed the digest', async () => {
    const result = await action({
      command: 'status',
      environment: 'production',
      ledger: 'registry'
    })
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ digest: b.digest, 'previous-digest': a.digest })
    expect(await skopeoDigest(`${image}:production-v1.1.0-bbb2222-1700000002`)).toBe(b.digest)
  })

  it('rolls back to A through a pull request with a rollback event; status after merge shows A, previous B', async () => {
    const result = await action({ command: 'rollback', environment: 'production' })
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({
      digest: a.digest,
      'previous-digest': b.digest,
      'target-tag': 'production-v1.0.0-aaa1111-1700000001'
    })
    const pr = github.pulls.find(p => p.number === Number(result.outputs['pull-request-number']))!
    expect(pr.head.ref).toBe('rollback/production/acme-app')
    expect(pr.title).toContain('Roll back')
    const event = JSON.parse(
      (await git.readFile(
        REPO,
        pr.head.ref,
        `.promotions/production/${result.outputs['event-id']}.json`
      ))!
    )
    expect(event).toMatchObject({ kind: 'rollback', digest: a.digest, previousDigest: b.digest })
    await merge(result)
    const after = await status()
    expect(after.outputs).toMatchObject({
      digest: a.digest,
      'previous-digest': b.digest,
      drift: 'false'
    })
  })

  it('rolls forward and back again with strategy revert, keeping the ledger append-only', async () => {
    await merge(await promote('staging', 'production'))
    expect((await status()).outputs.digest).toBe(b.digest)
    const eventsBefore = (await git.log(REPO, 'main')).length
    const result = await action({
      command: 'rollback',
      environment: 'production',
      strategy: 'revert'
    })
    expect(result.errors).toEqual([])
    expect(result.outputs.digest).toBe(a.digest)
    await merge(result)
    expect((await git.log(REPO, 'main')).length).toBe(eventsBefore + 1)
    const after = await status()
    expect(after.outputs).toMatchObject({
      digest: a.digest,
      'previous-digest': b.digest,
      drift: 'false'
    })
  })

  it('does not add a second event when the same rollback run is re-run', async () => {
    const first = await runAction({
      inputs: {
        command: 'rollback',
        environment: 'staging',
        image,
        'gitops-repository': REPO,
        'gitops-token': git.token!
      },
      env: { ...labEnv({ registry, git, github }), GITHUB_RUN_ID: '9000' }
    })
    expect(first.errors).toEqual([])
    expect(first.outputs.changed).toBe('true')
    const again = await runAction({
      inputs: {
        command: 'rollback',
        environment: 'staging',
        image,
        'gitops-repository': REPO,
        'gitops-token': git.token!
      },
      env: {
        GITHUB_SERVER_URL: git.url,
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: '9000',
        GITHUB_RUN_ATTEMPT: '2'
      }
    })
    expect(again.errors).toEqual([])
    expect(again.outputs).toMatchObject({ changed: 'false', 'event-id': '' })
  })

  it('refuses a rollback target that no longer exists, or an unknown event id', async () => {
    const missing = await action({
      command: 'rollback',
      environment: 'production',
      target: 'does-not-exist'
    })
    expect(missing.errors).toEqual([
      `input 'target': event 'does-not-exist' not found in .promotions/production/; use previous, a digest, or an id from status`
    ])
    const gone = await pushImage(registry, 'acme/app', 'production-v0.0.1-ddd4444-1600000000', {
      seed: 'gone'
    })
    await deleteManifest(registry, 'acme/app', gone.digest)
    const deleted = await action({
      command: 'rollback',
      environment: 'production',
      target: gone.digest,
      'target-tag': 'production-v0.0.1-ddd4444-1600000000'
    })
    expect(deleted.errors).toEqual([
      expect.stringMatching(/^gate 'source' failed: .* no longer exists in the registry/)
    ])
  })

  it('warns about a malformed ledger file instead of crashing', async () => {
    await git.commitDirect(
      REPO,
      'main',
      { '.promotions/production/broken.json': '{ not json' },
      'a bad ledger file'
    )
    const result = await status()
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toMatch(
      /::warning::ledger file \.promotions\/production\/broken\.json skipped: not valid JSON/
    )
  })

  it('detects a production tag moved in the registry behind Git', async () => {
    const tag = 'production-v1.0.0-aaa1111-1700000001'
    await pushImage(registry, 'acme/app', tag, { seed: 'intruder' })
    const result = await status()
    expect(result.outputs.drift).toBe('true')
    expect(result.stdout).toContain(`registry tag ${tag} points at`)
    const rollback = await action({
      command: 'rollback',
      environment: 'production',
      target: a.digest
    })
    expect(rollback.errors).toEqual([
      expect.stringMatching(
        /^gate 'source' failed: .*:production-v1\.0\.0-aaa1111-1700000001 now points at sha256:/
      )
    ])
  })
})
