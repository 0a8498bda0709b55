import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import { pushFluxArtifact, type PushedFluxArtifact } from '../harness/flux-artifact.js'
import type { FakeGitHub } from '../harness/github-api.js'
import { runGitOk, type GitServer } from '../harness/git-server.js'
import { deployment, kustomization } from '../harness/gitops-fixture.js'
import { startLab, stopLab } from '../harness/lab.js'
import { holdRequest, startProxy, type FaultProxy } from '../harness/proxy.js'
import type { TestRegistry } from '../harness/registry.js'
import { signImage, signingKeys, trustInputs } from '../harness/signing.js'
import { skopeoDigest } from '../harness/skopeo.js'
import { requireTool } from '../harness/tools.js'

const REPO = 'acme/gitops'
const STATE = '.promotions/production/acme-app-manifests.current.json'
const SEED_TAG = 'staging-v0.9.0-ccc3333-1690000000'

function promotionYaml(bundle: string): string {
  return `version: 1
environments:
  - name: dev
    path: clusters/dev
  - name: staging
    path: clusters/staging
    write: commit
  - name: production
    alias:
      repository: ${bundle}
      tag: production
    protected: true
    requires: [staging]
images:
  - name: ${bundle}
`
}

/** One revision of the app's manifests, as `flux push artifact` bundles it. */
function bundleFiles(replicas: number): Record<string, string> {
  return {
    'deploy/deployment.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  replicas: ${replicas}\n`
  }
}

describe('alias environments: racing applies, rollback after a forced move', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let proxy: FaultProxy
  let bundle: string
  let direct: string
  let a: PushedFluxArtifact
  let oob: PushedFluxArtifact
  let seed: PushedFluxArtifact
  let run = 700
  const keys = signingKeys()
  const bare = () => path.join(git.root, `${REPO}.git`)

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    proxy = await startProxy(registry.url)
    bundle = `${proxy.host}/acme/app-manifests`
    direct = `${registry.host}/acme/app-manifests`
    const push = (tag: string, replicas: number) =>
      pushFluxArtifact(registry, 'acme/app-manifests', tag, bundleFiles(replicas))
    a = await push('dev-v1.0.0-aaa1111-1700000001', 2)
    oob = await push('hotfix', 9)
    seed = await push('production', 1)
    await push(SEED_TAG, 1)
    for (const d of [a.digest, oob.digest, seed.digest])
      await signImage(`${bundle}@${d}`, keys.privatePem)
    await git.createRepo(REPO, {
      'promotion.yaml': promotionYaml(bundle),
      'clusters/dev/kustomization.yaml': kustomization(bundle, {
        tag: 'dev-v1.0.0-aaa1111-1700000001',
        digest: a.digest
      }),
      'clusters/dev/deployment.yaml': deployment(),
      'clusters/staging/kustomization.yaml': kustomization(bundle, {
        tag: SEED_TAG,
        digest: seed.digest
      }),
      'clusters/staging/deployment.yaml': deployment()
    })
  })
  afterAll(async () => {
    await proxy?.stop()
    await stopLab({ registry, git, github })
  })

  function action(inputs: Record<string, string>): Promise<ActionResult> {
    run++
    return runAction({
      inputs: { 'gitops-repository': REPO, 'gitops-token': git.token!, ...inputs },
      env: {
        GITHUB_SERVER_URL: git.url,
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: String(run),
        GITHUB_ACTOR: `actor-${run}`
      }
    })
  }
  const apply = (extra: Record<string, string> = {}) => action({ command: 'apply', ...extra })
  const alias = () => skopeoDigest(`${direct}:production`)
  const mainHead = () => runGitOk(['--git-dir', bare(), 'rev-parse', 'main'])
  const desired = async () =>
    JSON.parse(await runGitOk(['--git-dir', bare(), 'show', `main:${STATE}`])) as {
      digest: string
      previous: string | null
    }

  it('two apply runs started together leave the alias on what Git says; both wrote the same digest, so neither lost', async () => {
    const promote = (from: string, to: string) =>
      action({
        command: 'promote',
        'from-environment': from,
        'to-environment': to,
        ...trustInputs(keys.publicPem)
      })
    expect((await promote('dev', 'staging')).errors).toEqual([])
    const promoted = await promote('staging', 'production')
    expect(promoted.errors).toEqual([])
    const pr = github.pulls.find(p => p.number === Number(promoted.outputs['pull-request-number']))!
    await runGitOk([
      '--git-dir',
      bare(),
      'update-ref',
      'refs/heads/main',
      `refs/heads/${pr.head.ref}`
    ])
    github.mergePull(pr.number)
    expect(await desired()).toMatchObject({ digest: a.digest, previous: seed.digest })
    const head = await mainHead()

    // Both runs get as far as the PUT of the alias before either writes it.
    const put = { method: 'PUT', pathIncludes: '/manifests/production' }
    const first = holdRequest(proxy, put)
    const second = holdRequest(proxy, put)
    const one = apply()
    const two = apply()
    await Promise.all([first.reached, second.reached])
    expect(await alias()).toBe(seed.digest)
    first.release()
    second.release()
    const results = await Promise.all([one, two])

    expect(await alias()).toBe(a.digest)
    // Each checked the alias still named what Git recorded before, and wrote the same bytes
    // Git asks for: the registry cannot tell the two writes apart, and the outcome is the same.
    for (const r of results) {
      expect(r.errors).toEqual([])
      expect(r.exitCode).toBe(0)
      expect(r.outputs).toMatchObject({ changed: 'true', drift: 'false', digest: a.digest })
      expect(r.stdout).not.toContain('lost a race')
    }
    // apply writes nothing to Git, and a third run has nothing to do.
    expect(await mainHead()).toBe(head)
    expect((await apply()).outputs.changed).toBe('false')
  })

  it('rollback --target previous after a move forced over drift goes back to what Git governed, and commit mode applies it', async () => {
    const skopeo = requireTool('skopeo', 'apt-get install -y skopeo')
    await promisify(execFile)(skopeo, [
      'copy',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${direct}@${oob.digest}`,
      `docker://${direct}:production`
    ])
    const forced = await apply({ 'force-drift': 'someone pushed a hotfix bundle by hand' })
    expect(forced.errors).toEqual([])
    expect(await alias()).toBe(a.digest)

    // The forced event's previous digest is the out-of-band one; status does not offer it.
    const status = await action({ command: 'status', environment: 'production' })
    expect(status.stdout).toContain(`before:      ${oob.digest}`)
    expect(status.outputs['rollback-target']).toBe(seed.digest)

    const rolledBack = await action({
      command: 'rollback',
      environment: 'production',
      target: 'previous',
      'target-tag': 'production-v0.9.0-ccc3333-1690000000',
      'write-mode': 'commit',
      ...trustInputs(keys.publicPem)
    })
    expect(rolledBack.errors).toEqual([])
    expect(rolledBack.outputs['pull-request-number'] ?? '').toBe('')
    expect(await desired()).toMatchObject({ digest: seed.digest, previous: a.digest })
    // Commit mode moves the alias in the same run, as promote does.
    expect(await alias()).toBe(seed.digest)
    expect((await apply()).outputs.changed).toBe('false')
  })

  it('a stale apply whose PUT lands after Git moved on says it lost, and the alias ends on what Git says', async () => {
    const trust = trustInputs(keys.publicPem)
    const merge = async (result: ActionResult) => {
      expect(result.errors).toEqual([])
      const pr = github.pulls.find(p => p.number === Number(result.outputs['pull-request-number']))!
      await runGitOk([
        '--git-dir',
        bare(),
        'update-ref',
        'refs/heads/main',
        `refs/heads/${pr.head.ref}`
      ])
      github.mergePull(pr.number)
    }
    await merge(
      await action({
        command: 'promote',
        'from-environment': 'staging',
        'to-environment': 'production',
        ...trust
      })
    )
    expect(await desired()).toMatchObject({ digest: a.digest, previous: seed.digest })

    // A stale apply (Git says A) is held just before its PUT reaches the registry.
    const held = holdRequest(proxy, { method: 'PUT', pathIncludes: '/manifests/production' })
    const stale = apply()
    await held.reached

    // Meanwhile production is rolled back in Git, and a fresh apply finds nothing to move.
    await merge(await action({ command: 'rollback', environment: 'production', ...trust }))
    expect(await desired()).toMatchObject({ digest: seed.digest, previous: a.digest })
    const fresh = await apply()
    expect(fresh.errors).toEqual([])
    expect(fresh.outputs.changed).toBe('false')

    // The stale PUT lands last; the run that made it sees Git moved on, says so, and follows Git.
    held.release()
    const lost = await stale
    expect(lost.exitCode).not.toBe(0)
    expect(lost.errors.join('\n')).toContain('lost a race')
    expect(await alias()).toBe(seed.digest)
    expect((await apply()).outputs.changed).toBe('false')
  })
})
