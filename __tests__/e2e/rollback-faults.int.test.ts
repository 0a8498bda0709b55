import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import { runGitOk, type GitServer } from '../harness/git-server.js'
import { deployment, gitopsRepo, promotionYaml, type Pin } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'
import { signImage, signingKeys, trustInputs } from '../harness/signing.js'

const APP_DEV = 'dev-v1.2.3-abc1234-1700000000'
const WORKER_DEV = 'dev-v2.0.0-def5678-1700000100'

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

describe('rollback and concurrent promotions, faults end to end', () => {
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
    old = await pushImage(registry, 'acme/app', 'production-v1.2.2-fff0000-1690000000', {
      seed: 'old'
    })
    await signImage(`${app}@${appBuilt.digest}`, keys.privatePem)
    await signImage(`${worker}@${workerBuilt.digest}`, keys.privatePem)
  })
  afterAll(async () => {
    await stopLab({ registry, git, github })
  })

  function action(
    repo: string,
    inputs: Record<string, string>,
    env: Record<string, string> = {}
  ): Promise<ActionResult> {
    return runAction({
      inputs: {
        'gitops-repository': repo,
        'gitops-token': git.token,
        ...trustInputs(keys.publicPem),
        ...inputs
      },
      env: { ...labEnv({ registry, git, github }), ...env }
    })
  }

  /** Ids of the ledger events of `env` on `ref`, sorted. */
  async function ledgerIds(repo: string, ref: string, env: string): Promise<string[]> {
    const out = await runGitOk([
      '--git-dir',
      path.join(git.root, `${repo}.git`),
      'ls-tree',
      '--name-only',
      `${ref}:.promotions/${env}`
    ])
    return out
      .split('\n')
      .filter(f => f.endsWith('.json'))
      .map(f => f.slice(0, -'.json'.length))
      .sort()
  }

  it('refuses to roll back an environment the ledger has no earlier digest for, writing nothing', async () => {
    const repo = 'acme/rollback-fresh'
    await git.createRepo(
      repo,
      gitopsRepo(app, {
        dev: { tag: APP_DEV, digest: appBuilt.digest },
        staging: { tag: 'staging-v1.2.2-fff0000-1690000000', digest: old.digest },
        production: { tag: 'production-v1.2.2-fff0000-1690000000', digest: old.digest }
      })
    )
    // Staging gets a ledger; production, the environment rolled back, has none.
    expect(
      (
        await action(repo, {
          command: 'promote',
          'from-environment': 'dev',
          'to-environment': 'staging',
          image: app
        })
      ).errors
    ).toEqual([])
    const before = await git.log(repo, 'main')
    registry.clearAccessLog()
    const gitStart = git.requests.length
    const githubStart = github.requests.length
    for (const environment of ['production', 'dev']) {
      const result = await action(repo, { command: 'rollback', environment, image: app })
      expect(result.exitCode).toBe(1)
      expect(result.errors).toEqual([
        `gate 'source' failed: the ledger has no earlier digest of ${app} in ${environment}, so there is nothing to roll back to; fix: roll back to an explicit digest with target: sha256:...`
      ])
    }
    expect(
      (await registry.syncAccessLog()).filter(e => !['GET', 'HEAD'].includes(e.method))
    ).toEqual([])
    expect(
      git.requests
        .slice(gitStart)
        .filter(r => r.path.endsWith('/git-receive-pack') || r.query.includes('git-receive-pack'))
    ).toEqual([])
    expect(github.requests.slice(githubStart).filter(r => r.method !== 'GET')).toEqual([])
    expect(await git.log(repo, 'main')).toEqual(before)
    expect(await git.branches(repo)).toEqual(['main'])
  })

  it('lands two racing commit-mode promotions, or refuses one cleanly; the ledger matches', async () => {
    const repo = 'acme/race'
    const stale: Pin = { tag: 'staging-v1.2.2-fff0000-1690000000', digest: old.digest }
    await git.createRepo(repo, {
      'promotion.yaml': promotionYaml(),
      'clusters/dev/kustomization.yaml': kustomizationOf([
        { name: 'app', image: app, pin: { tag: APP_DEV, digest: appBuilt.digest } },
        { name: 'worker', image: worker, pin: { tag: WORKER_DEV, digest: workerBuilt.digest } }
      ]),
      'clusters/dev/deployment.yaml': deployment(),
      'clusters/staging/kustomization.yaml': kustomizationOf([
        { name: 'app', image: app, pin: stale },
        { name: 'worker', image: worker, pin: stale }
      ]),
      'clusters/staging/deployment.yaml': deployment()
    })
    const before = await git.log(repo, 'main')
    const promoteOne = (image: string, run: string) =>
      action(
        repo,
        {
          command: 'promote',
          'from-environment': 'dev',
          'to-environment': 'staging',
          image
        },
        { GITHUB_RUN_ID: run }
      )
    const runs = await Promise.all([promoteOne(app, '501'), promoteOne(worker, '502')])
    for (const r of runs) {
      if (r.errors.length === 0) {
        expect(r.outputs.changed).toBe('true')
      } else {
        expect(r.errors).toEqual([
          expect.stringMatching(
            /^push to main was refused 3 times \(last: .*\); done so far: registry tag .+; re-run the job, after fixing that, to write the promotion to Git \(the tag is kept\)$/
          )
        ])
      }
    }
    const landed = runs.filter(r => r.outputs.changed === 'true')
    expect(landed.length).toBeGreaterThan(0)
    const after = await git.log(repo, 'main')
    expect(after).toHaveLength(before.length + landed.length)
    // Every landed run's commit is on main, and the ledger holds exactly their events.
    for (const r of landed) expect(after.map(c => c.sha)).toContain(r.outputs['commit-sha'])
    expect(await ledgerIds(repo, 'main', 'staging')).toEqual(
      landed.flatMap(r => r.outputs['event-id'].split('\n')).sort()
    )
    const staging = (await git.readFile(repo, 'main', 'clusters/staging/kustomization.yaml'))!
    for (const [i, r] of runs.entries()) {
      const digest = i === 0 ? appBuilt.digest : workerBuilt.digest
      if (r.outputs.changed === 'true') {
        expect(r.outputs.digest).toBe(digest)
        expect(staging).toContain(`digest: ${digest}`)
      } else {
        expect(staging).not.toContain(`digest: ${digest}`)
      }
    }
  })
})
