import { getOctokit } from '@actions/github'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import type { GitServer } from '../harness/git-server.js'
import { gitopsRepo } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'
import { signImage, signingKeys, trustInputs } from '../harness/signing.js'

const REPO = 'acme/gitops'
/** A second GitOps repository, for the run that fails after its deployment exists. */
const FAILING_REPO = 'acme/gitops-failing'
const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const OLD_TAG = 'staging-v1.2.2-fff0000-1690000000'
const FLUX_CONTEXT = 'kustomization/flux-system/apps'

describe('GitHub deployments and status --wait through the built action', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let built: PushedImage
  let old: PushedImage
  let image: string
  const keys = signingKeys()

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    image = `${registry.host}/acme/app`
    built = await pushImage(registry, 'acme/app', DEV_TAG)
    old = await pushImage(registry, 'acme/app', OLD_TAG, { seed: 'old' })
    await signImage(`${image}@${built.digest}`, keys.privatePem)
    const pins = {
      dev: { tag: DEV_TAG, digest: built.digest },
      staging: { tag: OLD_TAG, digest: old.digest },
      production: { tag: 'production-v1.2.2-fff0000-1690000000', digest: old.digest }
    }
    await git.createRepo(REPO, gitopsRepo(image, pins))
    await git.createRepo(FAILING_REPO, gitopsRepo(image, pins))
  })
  afterAll(async () => {
    await stopLab({ registry, git, github })
  })

  function action(inputs: Record<string, string>, repo = REPO): Promise<ActionResult> {
    return runAction({
      inputs: { image, 'gitops-repository': repo, 'gitops-token': git.token, ...inputs },
      env: labEnv({ registry, git, github })
    })
  }

  function promote(from: string, to: string, extra: Record<string, string> = {}, repo = REPO) {
    return action(
      { command: 'promote', 'from-environment': from, 'to-environment': to, ...extra },
      repo
    )
  }

  function statusWait(wait: string, repo = REPO): Promise<ActionResult> {
    return action({ command: 'status', environment: 'staging', wait }, repo)
  }

  /** Resolves once the fake API has answered `n` more commit-status reads than `before`. */
  async function statusReads(before: number, n: number): Promise<void> {
    const reads = () =>
      github.requests.filter(r => r.operationId === 'repos/list-commit-statuses-for-ref').length
    while (reads() < before + n) await new Promise(resolve => setTimeout(resolve, 50))
  }

  const statusReadCount = () =>
    github.requests.filter(r => r.operationId === 'repos/list-commit-statuses-for-ref').length

  let stagingCommit = ''

  it('records a deployment of staging on the promotion commit: in_progress, then success', async () => {
    const result = await promote('dev', 'staging', {
      deployment: 'true',
      'environment-url': 'https://staging.example.com'
    })
    expect(result.errors).toEqual([])
    expect(github.failures).toEqual([])
    stagingCommit = result.outputs['commit-sha']
    const [deployment] = github.deployments
    expect(github.deployments).toHaveLength(1)
    expect(result.outputs['deployment-id']).toBe(String(deployment.id))
    expect(deployment).toMatchObject({
      owner: 'acme',
      repo: 'gitops',
      ref: stagingCommit,
      sha: stagingCommit,
      environment: 'staging',
      payload: {
        tool: 'digest-promote',
        kind: 'promotion',
        events: [result.outputs['event-id']],
        images: [{ image, digest: built.digest, tag: 'staging-v1.2.3-abc1234-1700000000' }]
      }
    })
    expect(deployment.statuses.map(s => s.state)).toEqual(['in_progress', 'success'])
    for (const s of deployment.statuses) {
      expect(s.environmentUrl).toBe('https://staging.example.com')
      expect(s.logUrl).toBe(`${git.url}/acme/app/actions/runs/4242`)
    }
    const created = github.requests.find(r => r.operationId === 'repos/create-deployment')
    expect(created?.body).toMatchObject({ auto_merge: false, required_contexts: [] })
  })

  it('records a production deployment on the pull request head, queued until someone merges', async () => {
    const result = await promote('staging', 'production', {
      deployment: 'true',
      ...trustInputs(keys.publicPem)
    })
    expect(result.errors).toEqual([])
    expect(github.failures).toEqual([])
    const pr = github.pulls.find(p => p.number === Number(result.outputs['pull-request-number']))
    const deployment = github.deployments.find(d => d.environment === 'production')
    expect(result.outputs['deployment-id']).toBe(String(deployment?.id))
    // The head of the pull request's branch, as the git server has it.
    const [head] = await git.log(REPO, pr!.head.ref)
    expect(deployment?.sha).toBe(head.sha)
    expect(deployment?.sha).toBe(result.outputs['commit-sha'])
    expect(deployment?.payload).toMatchObject({ pullRequest: pr?.number })
    expect(deployment?.statuses.map(s => [s.state, s.description])).toEqual([
      ['queued', `waiting for pull request #${pr?.number} to merge`]
    ])
  })

  it('marks the deployment failure when the run fails after creating it', async () => {
    // Signing with a transparency log nobody listens on fails in the last phase, after Git.
    const result = await promote(
      'dev',
      'staging',
      {
        deployment: 'true',
        signing: 'sigstore',
        sign: 'true',
        'cosign-key': keys.privatePem,
        'rekor-url': 'http://127.0.0.1:1'
      },
      FAILING_REPO
    )
    expect(result.exitCode).not.toBe(0)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain('error creating tlog entry')
    expect(result.errors[0]).toContain('is pushed to main')
    expect(github.failures).toEqual([])
    const deployment = github.deployments.find(d => d.repo === 'gitops-failing')
    expect(deployment?.statuses.map(s => s.state)).toEqual(['in_progress', 'failure'])
    expect(deployment?.statuses[1].description).toMatch(
      /^the run failed: signing the statement failed/
    )
    expect(result.outputs['deployment-id'] ?? '').toBe('')
  })

  it('a re-run that finishes the failed run marks the same deployment success, creating none', async () => {
    const result = await promote('dev', 'staging', { deployment: 'true' }, FAILING_REPO)
    expect(result.errors).toEqual([])
    expect(result.outputs.changed).toBe('false')
    const deployments = github.deployments.filter(d => d.repo === 'gitops-failing')
    expect(deployments).toHaveLength(1)
    expect(result.outputs['deployment-id']).toBe(String(deployments[0].id))
    expect(deployments[0].statuses.map(s => s.state)).toEqual([
      'in_progress',
      'failure',
      'in_progress',
      'success'
    ])
  })

  it('a re-run that changes nothing in a pull request creates no second deployment', async () => {
    const result = await promote('staging', 'production', {
      deployment: 'true',
      ...trustInputs(keys.publicPem)
    })
    expect(result.errors).toEqual([])
    const production = github.deployments.filter(d => d.environment === 'production')
    expect(production).toHaveLength(1)
    expect(result.outputs['deployment-id']).toBe(String(production[0].id))
    expect(production[0].statuses.map(s => s.state)).toEqual(['queued'])
  })

  it('status --wait times out with one line when nothing reports on the promotion commit', async () => {
    // digest-promote's own deployment of the commit says success: it records the landing only.
    expect(github.deployments[0].statuses.at(-1)?.state).toBe('success')
    const result = await statusWait('1s')
    expect(result.exitCode).not.toBe(0)
    expect(result.errors).toEqual([
      `staging did not report commit ${stagingCommit.slice(0, 12)} reconciled within 1s: no Flux or deployment status; check that Flux posts commit statuses (a notification-controller Provider of type github) or raise wait`
    ])
    expect(github.failures).toEqual([])
  })

  it("status --wait succeeds once Flux's commit status arrives while it waits", async () => {
    const before = statusReadCount()
    const waiting = statusWait('2m')
    // The first poll found nothing; Flux reports between polls.
    await statusReads(before, 1)
    github.addCommitStatus({
      owner: 'acme',
      repo: 'gitops',
      sha: stagingCommit,
      state: 'success',
      context: FLUX_CONTEXT,
      description: 'Applied revision: main@sha1:' + stagingCommit
    })
    const result = await waiting
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(`flux:        success (commit status ${FLUX_CONTEXT})`)
    expect(statusReadCount() - before).toBeGreaterThanOrEqual(2)
    expect(github.failures).toEqual([])
  })

  it("status --wait takes another deployer's deployment status of the commit", async () => {
    const [head] = await git.log(FAILING_REPO, 'main')
    const octokit = getOctokit(github.token, { baseUrl: github.url })
    const where = { owner: 'acme', repo: 'gitops-failing' }
    const other = await octokit.rest.repos.createDeployment({
      ...where,
      ref: head.sha,
      environment: 'staging',
      required_contexts: [],
      payload: { deployer: 'argocd' }
    })
    const id = (other.data as { id: number }).id
    await octokit.rest.repos.createDeploymentStatus({
      ...where,
      deployment_id: id,
      state: 'success'
    })
    const result = await statusWait('1m', FAILING_REPO)
    expect(result.errors).toEqual([])
    expect(result.stdout).toContain(`flux:        success (deployment ${id})`)
  })

  it('status --wait fails with one line when Flux reports a failure', async () => {
    const [head] = await git.log(FAILING_REPO, 'main')
    github.addCommitStatus({
      owner: 'acme',
      repo: 'gitops-failing',
      sha: head.sha,
      state: 'failure',
      context: FLUX_CONTEXT,
      description: 'health check failed'
    })
    const result = await statusWait('2m', FAILING_REPO)
    expect(result.exitCode).not.toBe(0)
    expect(result.errors).toEqual([
      `staging failed to reconcile commit ${head.sha.slice(0, 12)}: commit status ${FLUX_CONTEXT} reports failure (health check failed); check the cluster (flux get kustomizations), then roll back or fix forward`
    ])
  })

  it('refuses deployment: true without a GitHub token, and a bad environment-url, writing nothing', async () => {
    const before = { github: github.requests.length, git: await git.log(REPO, 'main') }
    const noToken = await runAction({
      inputs: {
        command: 'promote',
        'from-environment': 'dev',
        'to-environment': 'staging',
        image,
        'gitops-repository': REPO,
        deployment: 'true'
      },
      env: labEnv({ registry, git, github })
    })
    expect(noToken.errors).toEqual([
      "input 'deployment': true needs a GitHub token to create the deployment; set github-token (with 'permissions: deployments: write') or gitops-token"
    ])
    const badUrl = await promote('dev', 'staging', {
      deployment: 'true',
      'environment-url': 'staging.example.com'
    })
    expect(badUrl.errors).toEqual([
      "input 'environment-url': 'staging.example.com' is not an http(s) URL; give the address the environment serves, e.g. https://staging.example.com"
    ])
    expect(github.requests.length).toBe(before.github)
    expect(await git.log(REPO, 'main')).toEqual(before.git)
  })

  it('refuses a wait that is not a duration, naming the input, before reading anything', async () => {
    const before = github.requests.length
    const result = await statusWait('ten minutes')
    expect(result.errors).toEqual([
      "input 'wait': 'ten minutes' is not a duration; use e.g. 30s, 10m or 1h30m"
    ])
    expect(github.requests.length).toBe(before)
  })

  it('records a deployment of a rollback too, with its kind in the payload', async () => {
    const result = await action({
      command: 'rollback',
      environment: 'staging',
      target: old.digest,
      'target-tag': OLD_TAG,
      deployment: 'true'
    })
    expect(result.errors).toEqual([])
    const deployment = github.deployments.find(
      d => String(d.id) === result.outputs['deployment-id']
    )
    expect(deployment).toMatchObject({
      sha: result.outputs['commit-sha'],
      environment: 'staging',
      payload: { kind: 'rollback', images: [{ digest: old.digest, tag: OLD_TAG }] }
    })
    expect(deployment?.statuses.map(s => s.state)).toEqual(['in_progress', 'success'])
    expect(github.failures).toEqual([])
  })
})
