import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import { runGitOk, type GitServer } from '../harness/git-server.js'
import { deployment, kustomization } from '../harness/gitops-fixture.js'
import { pushFluxArtifact, type PushedFluxArtifact } from '../harness/flux-artifact.js'
import { startLab, stopLab } from '../harness/lab.js'
import { holdRequest, startProxy, type FaultProxy } from '../harness/proxy.js'
import type { TestRegistry } from '../harness/registry.js'
import { signImage, signingKeys, trustInputs } from '../harness/signing.js'
import { skopeoDigest } from '../harness/skopeo.js'
import { requireTool } from '../harness/tools.js'

const REPO = 'acme/gitops'
const STATE = '.promotions/production/acme-app-manifests.current.json'
/** The source revisions the bundles state, as `flux push artifact` writes them. */
const REV_A = `main@sha1:${'a1'.repeat(20)}`
const REV_B = `main@sha1:${'b2'.repeat(20)}`

/** A manifests bundle as `flux push artifact` makes it, of one revision of the app's manifests. */
function bundleFiles(replicas: number): Record<string, string> {
  return {
    'deploy/deployment.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  replicas: ${replicas}\n`,
    'deploy/kustomization.yaml': 'resources:\n  - deployment.yaml\n'
  }
}
const revision = (rev: string) => ({ 'org.opencontainers.image.revision': rev })

/** promotion.yaml: dev and staging in Git, production the floating `production` tag. */
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

describe('an alias environment end to end through the built action', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let proxy: FaultProxy
  /** The bundle as the runs see it: through a proxy that can hold one request. */
  let bundle: string
  /** The same repository reached directly, for skopeo. */
  let direct: string
  let a: PushedFluxArtifact
  let b: PushedFluxArtifact
  let seed: PushedFluxArtifact
  let run = 300
  const keys = signingKeys()
  const bare = () => path.join(git.root, `${REPO}.git`)

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    proxy = await startProxy(registry.url)
    bundle = `${proxy.host}/acme/app-manifests`
    direct = `${registry.host}/acme/app-manifests`
    const push = (tag: string, replicas: number, rev: string) =>
      pushFluxArtifact(registry, 'acme/app-manifests', tag, bundleFiles(replicas), revision(rev))
    a = await push('dev-v1.0.0-aaa1111-1700000001', 2, REV_A)
    b = await push('dev-v1.1.0-bbb2222-1700000002', 3, REV_B)
    await signImage(`${bundle}@${a.digest}`, keys.privatePem)
    await signImage(`${bundle}@${b.digest}`, keys.privatePem)
    // What production ran before digest-promote governed the alias.
    const seedRev = `main@sha1:${'c3'.repeat(20)}`
    seed = await push('production', 1, seedRev)
    await push('staging-v0.9.0-ccc3333-1690000000', 1, seedRev)
    const staging = { tag: 'staging-v0.9.0-ccc3333-1690000000', digest: seed.digest }
    await git.createRepo(REPO, {
      'promotion.yaml': promotionYaml(bundle),
      'clusters/dev/kustomization.yaml': kustomization(bundle, {
        tag: 'dev-v1.0.0-aaa1111-1700000001',
        digest: a.digest
      }),
      'clusters/dev/deployment.yaml': deployment(),
      'clusters/staging/kustomization.yaml': kustomization(bundle, staging),
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
      inputs: {
        'gitops-repository': REPO,
        'gitops-token': git.token!,
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
  const promote = (from: string, to: string) =>
    action({
      command: 'promote',
      'from-environment': from,
      'to-environment': to,
      ...trustInputs(keys.publicPem)
    })
  const apply = (extra: Record<string, string> = {}) => action({ command: 'apply', ...extra })
  const alias = () => skopeoDigest(`${direct}:production`)
  const desired = async () =>
    JSON.parse(await runGitOk(['--git-dir', bare(), 'show', `main:${STATE}`])) as {
      digest: string
      previous: string | null
      event: string
    }

  /** Merges a promotion branch as a reviewer would (fast-forward of main). */
  async function merge(result: ActionResult): Promise<void> {
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

  it('promotes staging (Git) into production (alias) by pull request; apply moves the alias after the merge', async () => {
    expect((await promote('dev', 'staging')).errors).toEqual([])
    proxy.reset()
    const promoted = await promote('staging', 'production')
    expect(promoted.errors).toEqual([])
    expect(promoted.outputs['pull-request-number']).toMatch(/^\d+$/)
    // The bundle's manifest is read once: the plan's read also gives its source revision.
    const bundleReads = proxy.requests.filter(
      r =>
        r.method === 'GET' &&
        (r.path.endsWith(`/manifests/${a.digest}`) || r.path.includes('/manifests/staging-'))
    )
    expect(bundleReads.map(r => r.path)).toHaveLength(1)
    // Git decides, the registry follows: nothing moves before the merge.
    expect(await alias()).toBe(seed.digest)
    await merge(promoted)
    const state = await desired()
    expect(state).toMatchObject({ digest: a.digest, previous: seed.digest })
    const event = JSON.parse(
      await runGitOk([
        '--git-dir',
        bare(),
        'show',
        `main:.promotions/production/${state.event}.json`
      ])
    ) as { alias: { floating: unknown }; previousDigest: string; sourceRevision: string }
    expect(event.sourceRevision).toBe(REV_A)
    expect(event.alias.floating).toEqual({
      repository: bundle,
      tag: 'production',
      previousDigest: seed.digest
    })

    const applied = await apply()
    expect(applied.errors).toEqual([])
    expect(applied.exitCode).toBe(0)
    expect(applied.outputs).toMatchObject({ changed: 'true', digest: a.digest })
    expect(applied.outputs['previous-digest']).toBe(seed.digest)
    expect(await alias()).toBe(a.digest)

    // Status says from which run and source revision the alias moved.
    const status = await action({ command: 'status', environment: 'production' })
    expect(status.stdout).toContain(`built from:  ${REV_A}`)
    expect(status.stdout).toMatch(/moved by: +promotion \S+ by actor-\d+/)
  })

  it('a re-run of apply is a no-op', async () => {
    proxy.reset()
    const again = await apply()
    // It asks the alias once and writes nothing to the registry.
    expect(proxy.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'HEAD /v2/acme/app-manifests/manifests/production'
    ])
    expect(again.errors).toEqual([])
    expect(again.outputs).toMatchObject({ changed: 'false', drift: 'false' })
    expect(again.stdout).toContain(`already names ${a.digest}`)
    expect(await alias()).toBe(a.digest)
  })

  it('an out-of-band move is drift: status reports it and apply refuses it without force-drift', async () => {
    const skopeo = requireTool('skopeo', 'apt-get install -y skopeo')
    await promisify(execFile)(skopeo, [
      'copy',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${direct}@${b.digest}`,
      `docker://${direct}:production`
    ])
    const moved = await alias()
    expect(moved).not.toBe(a.digest)

    const status = await action({ command: 'status', environment: 'production' })
    expect(status.outputs.drift).toBe('true')
    expect(status.stdout).toContain('who moved it is unknown')

    const refused = await apply()
    expect(refused.exitCode).not.toBe(0)
    expect(refused.errors.join('\n')).toContain('who moved it is unknown')
    expect(refused.outputs.drift).toBe('true')
    expect(await alias()).toBe(moved)

    const forced = await apply({ 'force-drift': 'hotfix bundle pushed by hand during the outage' })
    expect(forced.errors).toEqual([])
    expect(await alias()).toBe(a.digest)
    const log = await runGitOk(['--git-dir', bare(), 'log', '-1', '--format=%B', 'main'])
    expect(log).toContain('hotfix bundle pushed by hand during the outage')
  })

  it('rollback moves the alias back through a pull request and apply; a stale apply racing it says it lost', async () => {
    await git.commitDirect(
      REPO,
      'main',
      {
        'clusters/dev/kustomization.yaml': kustomization(bundle, {
          tag: 'dev-v1.1.0-bbb2222-1700000002',
          digest: b.digest
        })
      },
      'deploy B to dev'
    )
    expect((await promote('dev', 'staging')).errors).toEqual([])
    await merge(await promote('staging', 'production'))
    expect(await desired()).toMatchObject({ digest: b.digest, previous: a.digest })

    // A stale apply (Git says B) moves the alias to B, then waits before reading it back.
    const held = holdRequest(
      proxy,
      { method: 'HEAD', pathIncludes: '/acme/app-manifests/manifests/production' },
      2
    )
    const stale = apply()
    await held.reached
    expect(await alias()).toBe(b.digest)

    const rolledBack = await action({
      command: 'rollback',
      environment: 'production',
      ...trustInputs(keys.publicPem)
    })
    expect(rolledBack.outputs['pull-request-number']).toMatch(/^\d+$/)
    await merge(rolledBack)
    expect(await desired()).toMatchObject({ digest: a.digest, previous: b.digest })
    const fresh = await apply()
    expect(fresh.errors).toEqual([])
    expect(await alias()).toBe(a.digest)

    held.release()
    const lost = await stale
    expect(lost.exitCode).not.toBe(0)
    expect(lost.errors.join('\n')).toContain('lost a race')
    // The alias stays on what Git says.
    expect(await alias()).toBe(a.digest)
    expect((await apply()).outputs.changed).toBe('false')

    const status = await action({ command: 'status', environment: 'production' })
    expect(status.outputs).toMatchObject({ digest: a.digest, drift: 'false' })
    expect(status.stdout).toContain('rollback')
    expect(status.stdout).toContain(`alias:       ${bundle}:production moved from ${b.digest}`)

    // The registry alone explains the move: the event is attached to the digest.
    const registryOnly = await action({
      command: 'status',
      environment: 'production',
      ledger: 'registry',
      image: bundle
    })
    expect(registryOnly.errors).toEqual([])
    expect(registryOnly.outputs).toMatchObject({ digest: a.digest, 'previous-digest': b.digest })
    expect(registryOnly.stdout).toContain(
      `alias:       ${bundle}:production moved from ${b.digest}`
    )
  })

  it('promote in commit mode moves the alias itself, after the commit', async () => {
    const promoted = await action({
      command: 'promote',
      'from-environment': 'staging',
      'to-environment': 'production',
      'write-mode': 'commit',
      ...trustInputs(keys.publicPem)
    })
    expect(promoted.errors).toEqual([])
    expect(promoted.outputs['pull-request-number'] ?? '').toBe('')
    expect(await desired()).toMatchObject({ digest: b.digest, previous: a.digest })
    expect(await alias()).toBe(b.digest)
    expect((await apply()).outputs.changed).toBe('false')
    const status = await action({ command: 'status', environment: 'production' })
    expect(status.stdout).toContain(`built from:  ${REV_B}`)
  })
})
