import { createHash } from 'node:crypto'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import { runGitOk, type GitServer } from '../harness/git-server.js'
import { deployment, promotionYaml, type Pin } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'
import { signImage, signingKeys, trustInputs } from '../harness/signing.js'
import { skopeoDigest } from '../harness/skopeo.js'

const REPO = 'acme/gitops'
const APP_DEV = 'dev-v1.2.3-abc1234-1700000000'
const WORKER_DEV = 'dev-v2.0.0-def5678-1700000100'
const OLD = { tag: 'v0.9.0-0000000-1690000000' }

/** A kustomization pinning each image under its own entry name. */
function kustomizationOf(entries: Array<{ name: string; image: string; pin: Pin }>): string {
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
images:
${entries
  .map(
    e => `  - name: ${e.name}
    newName: ${e.image}
    newTag: "${e.pin.tag}"
    digest: ${e.pin.digest}
`
  )
  .join('')}`
}

/** A worker Deployment whose image is set by the Flux policy `flux-system:worker`. */
function workerDeployment(image: string, pin: Pin): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  template:
    spec:
      containers:
        - name: worker
          image: ${image}:${pin.tag}@${pin.digest} # {"$imagepolicy": "flux-system:worker"}
`
}

describe('two images promoted in one run', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let app: string
  let worker: string
  let appBuilt: PushedImage
  let workerBuilt: PushedImage
  let old: PushedImage
  const keys = signingKeys()

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    app = `${registry.host}/acme/app`
    worker = `${registry.host}/acme/worker`
    appBuilt = await pushImage(registry, 'acme/app', APP_DEV, { seed: 'app' })
    workerBuilt = await pushImage(registry, 'acme/worker', WORKER_DEV, { seed: 'worker' })
    old = await pushImage(registry, 'acme/app', 'production-v0.9.0-0000000-1690000000', {
      seed: 'old'
    })
    await signImage(`${app}@${appBuilt.digest}`, keys.privatePem)
    await signImage(`${worker}@${workerBuilt.digest}`, keys.privatePem)
    const oldPin = (env: string): Pin => ({ tag: `${env}-${OLD.tag}`, digest: old.digest })
    await git.createRepo(REPO, {
      'promotion.yaml': promotionYaml(),
      'clusters/dev/kustomization.yaml': kustomizationOf([
        { name: 'app', image: app, pin: { tag: APP_DEV, digest: appBuilt.digest } },
        { name: 'worker', image: worker, pin: { tag: WORKER_DEV, digest: workerBuilt.digest } }
      ]),
      'clusters/dev/deployment.yaml': deployment(),
      'clusters/staging/kustomization.yaml': kustomizationOf([
        { name: 'app', image: app, pin: oldPin('staging') },
        { name: 'worker', image: worker, pin: oldPin('staging') }
      ]),
      'clusters/staging/deployment.yaml': deployment(),
      'clusters/production/kustomization.yaml': kustomizationOf([
        { name: 'app', image: app, pin: oldPin('production') }
      ]),
      'clusters/production/deployment.yaml': deployment(),
      'clusters/production/worker.yaml': workerDeployment(worker, oldPin('production'))
    })
  })
  afterAll(async () => {
    await stopLab({ registry, git, github })
  })

  function promote(from: string, to: string): Promise<ActionResult> {
    return runAction({
      inputs: {
        command: 'promote',
        'from-environment': from,
        'to-environment': to,
        image: `${app}\n${worker}`,
        'gitops-repository': REPO,
        'gitops-token': git.token,
        ...trustInputs(keys.publicPem)
      },
      env: labEnv({ registry, git, github })
    })
  }

  /** Files a commit changed relative to its parent. */
  async function changedFiles(sha: string): Promise<string[]> {
    const out = await runGitOk([
      '--git-dir',
      path.join(git.root, `${REPO}.git`),
      'diff-tree',
      '--no-commit-id',
      '--name-only',
      '-r',
      sha
    ])
    return out.split('\n').filter(f => f !== '')
  }

  async function event(ref: string, env: string, id: string): Promise<Record<string, unknown>> {
    const text = await git.readFile(REPO, ref, `.promotions/${env}/${id}.json`)
    return JSON.parse(text!) as Record<string, unknown>
  }

  it('promotes both to staging in one commit on main with two ledger events', async () => {
    const before = await git.log(REPO, 'main')
    const result = await promote('dev', 'staging')
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ changed: 'true', 'pull-request-number': '' })
    const after = await git.log(REPO, 'main')
    expect(after).toHaveLength(before.length + 1)
    expect(after[0].sha).toBe(result.outputs['commit-sha'])
    expect(after[0].subject).toBe(
      `promote(staging): 2 images staging-v1.2.3-abc1234-1700000000 (${appBuilt.digest.slice(0, 19)})`
    )
    const ids = result.outputs['event-id'].split('\n')
    expect(ids).toHaveLength(2)
    expect((await changedFiles(after[0].sha)).sort()).toEqual(
      [
        'clusters/staging/kustomization.yaml',
        ...ids.map(id => `.promotions/staging/${id}.json`)
      ].sort()
    )
    const events = await Promise.all(ids.map(id => event('main', 'staging', id)))
    expect(events).toEqual([
      expect.objectContaining({
        image: app,
        digest: appBuilt.digest,
        targetTag: 'staging-v1.2.3-abc1234-1700000000',
        previousDigest: old.digest
      }),
      expect.objectContaining({
        image: worker,
        digest: workerBuilt.digest,
        targetTag: 'staging-v2.0.0-def5678-1700000100',
        previousDigest: old.digest
      })
    ])
    expect(await git.readFile(REPO, 'main', 'clusters/staging/kustomization.yaml')).toBe(
      kustomizationOf([
        {
          name: 'app',
          image: app,
          pin: { tag: 'staging-v1.2.3-abc1234-1700000000', digest: appBuilt.digest }
        },
        {
          name: 'worker',
          image: worker,
          pin: { tag: 'staging-v2.0.0-def5678-1700000100', digest: workerBuilt.digest }
        }
      ])
    )
    expect(await skopeoDigest(`${app}:staging-v1.2.3-abc1234-1700000000`)).toBe(appBuilt.digest)
    expect(await skopeoDigest(`${worker}:staging-v2.0.0-def5678-1700000100`)).toBe(
      workerBuilt.digest
    )
  })

  it('changes nothing when the staging promotion runs again', async () => {
    const before = await git.log(REPO, 'main')
    const result = await promote('dev', 'staging')
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ changed: 'false', 'event-id': '' })
    expect(await git.log(REPO, 'main')).toEqual(before)
  })

  it('proposes both for production in one commit on one branch and one pull request', async () => {
    const names = [app, worker].sort().join('\n')
    const branch = `promote/production/multi-${createHash('sha256').update(names).digest('hex').slice(0, 10)}`
    const [main] = await git.log(REPO, 'main')
    const result = await promote('staging', 'production')
    expect(result.errors).toEqual([])
    expect(github.failures).toEqual([])
    expect(result.outputs.changed).toBe('true')
    expect(await git.branches(REPO)).toEqual(['main', branch])
    const [tip, parent] = await git.log(REPO, branch)
    expect(parent).toEqual(main)
    expect(tip.sha).toBe(result.outputs['commit-sha'])
    const ids = result.outputs['event-id'].split('\n')
    expect(ids).toHaveLength(2)
    expect((await changedFiles(tip.sha)).sort()).toEqual(
      [
        'clusters/production/kustomization.yaml',
        'clusters/production/worker.yaml',
        ...ids.map(id => `.promotions/production/${id}.json`)
      ].sort()
    )
    expect(await git.readFile(REPO, branch, 'clusters/production/worker.yaml')).toBe(
      workerDeployment(worker, {
        tag: 'production-v2.0.0-def5678-1700000100',
        digest: workerBuilt.digest
      })
    )
    expect(await git.readFile(REPO, branch, 'clusters/production/kustomization.yaml')).toContain(
      `    newTag: "production-v1.2.3-abc1234-1700000000"\n    digest: ${appBuilt.digest}\n`
    )
    const prs = github.pulls.filter(p => p.head.ref === branch)
    expect(prs).toHaveLength(1)
    const pr = prs[0]
    expect(pr.number).toBe(Number(result.outputs['pull-request-number']))
    expect(pr.title).toBe(`Promote 2 images to production (${appBuilt.digest.slice(0, 19)})`)
    expect(pr.body).toContain(`| ${app} | staging \`staging-v1.2.3-abc1234-1700000000\``)
    expect(pr.body).toContain(`| ${worker} | staging \`staging-v2.0.0-def5678-1700000100\``)
    expect(pr.body).toContain('The digests above are what staging runs')
    for (const id of ids) {
      expect(await event(branch, 'production', id)).toMatchObject({
        kind: 'promotion',
        fromEnvironment: 'staging',
        pullRequest: { number: pr.number }
      })
    }
    expect(await git.readFile(REPO, 'main', 'clusters/production/worker.yaml')).toContain(
      old.digest
    )
  })

  it('changes nothing when the production promotion runs again', async () => {
    const pulls = github.pulls.length
    const branches = await git.branches(REPO)
    const tips = await Promise.all(branches.map(async b => (await git.log(REPO, b))[0].sha))
    const result = await promote('staging', 'production')
    expect(result.errors).toEqual([])
    expect(result.outputs.changed).toBe('false')
    expect(github.pulls.length).toBe(pulls)
    expect(await git.branches(REPO)).toEqual(branches)
    expect(await Promise.all(branches.map(async b => (await git.log(REPO, b))[0].sha))).toEqual(
      tips
    )
  })
})
