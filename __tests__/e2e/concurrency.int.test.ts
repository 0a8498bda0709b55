import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import type { GitServer } from '../harness/git-server.js'
import { deployment, promotionYaml, type Pin } from '../harness/gitops-fixture.js'
import { getManifest, pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import { startProxy, type FaultProxy } from '../harness/proxy.js'
import type { TestRegistry } from '../harness/registry.js'

const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const STAGING_TAG = 'staging-v1.2.3-abc1234-1700000000'
const DEV_TAG_2 = 'dev-v1.2.4-abc1234-1700000000'
const STAGING_TAG_2 = 'staging-v1.2.4-abc1234-1700000000'
const OLD_TAG = 'staging-v1.2.2-fff0000-1690000000'
const NAMES = ['app0', 'app1', 'app2', 'app3', 'app4']

/** A kustomization pinning every image under its own entry name. */
function kustomizationOf(host: string, pins: Pin[]): string {
  const entries = NAMES.map(
    (n, i) => `  - name: ${n}
    newName: ${host}/acme/${n}
    newTag: "${pins[i].tag}"
    digest: ${pins[i].digest}
`
  )
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
images:
${entries.join('')}`
}

/**
 * Five images in one promotion: their registry work runs a few at a time, one image's failure
 * leaves the others tagged, and Git is written only when every image is tagged.
 */
describe('a five-image promotion through the built action', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let proxy: FaultProxy
  let old: PushedImage[]

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    // Latency keeps every request in flight long enough for a concurrent client to overlap them.
    proxy = await startProxy(registry.url, { latencyMs: 20 })
    old = await Promise.all(
      NAMES.map(n => pushImage(registry, `acme/${n}`, OLD_TAG, { seed: `${n}-old` }))
    )
  })

  /** A GitOps repository whose dev pins five freshly built images tagged `devTag`. */
  async function fixture(repo: string, devTag: string): Promise<PushedImage[]> {
    const built = await Promise.all(
      NAMES.map(n => pushImage(registry, `acme/${n}`, devTag, { seed: `${n}-${devTag}` }))
    )
    await git.createRepo(repo, {
      'promotion.yaml': promotionYaml(),
      'clusters/dev/kustomization.yaml': kustomizationOf(
        proxy.host,
        built.map(b => ({ tag: devTag, digest: b.digest }))
      ),
      'clusters/dev/deployment.yaml': deployment(),
      'clusters/staging/kustomization.yaml': kustomizationOf(
        proxy.host,
        old.map(o => ({ tag: OLD_TAG, digest: o.digest }))
      ),
      'clusters/staging/deployment.yaml': deployment()
    })
    return built
  }
  afterEach(() => {
    proxy.clearFaults()
    proxy.reset()
  })
  afterAll(async () => {
    await proxy?.stop()
    await stopLab({ registry, git, github })
  })

  function promote(repo: string, extra: Record<string, string> = {}): Promise<ActionResult> {
    return runAction({
      inputs: {
        ...extra,
        command: 'promote',
        'from-environment': 'dev',
        'to-environment': 'staging',
        image: NAMES.map(n => `${proxy.host}/acme/${n}`).join('\n'),
        'gitops-repository': repo,
        'gitops-token': git.token
      },
      env: labEnv({ registry, git, github })
    })
  }

  /** The digest `acme/<name>:<tag>` names in the registry, or undefined. */
  async function tagged(name: string, tag: string): Promise<string | undefined> {
    const m = await getManifest(registry, `acme/${name}`, tag)
    return m.status === 200 ? m.digest : undefined
  }

  it('has more than one registry request in flight at once, for at most concurrency images', async () => {
    const built = await fixture('acme/five-ok', DEV_TAG)
    proxy.reset()
    const result = await promote('acme/five-ok', { concurrency: '3' })
    expect(result.errors).toEqual([])
    expect(result.outputs.changed).toBe('true')
    expect(result.outputs['event-id'].split('\n')).toHaveLength(NAMES.length)
    for (const [i, n] of NAMES.entries()) {
      expect(await tagged(n, STAGING_TAG)).toBe(built[i].digest)
    }
    expect(proxy.maxInFlight).toBeGreaterThan(1)
    // Three images at a time; a ledger record reads its referrers index while it uploads.
    expect(proxy.maxInFlight).toBeLessThanOrEqual(2 * 3)
  })

  it('names the image whose tag PUT keeps failing, tags the others and leaves Git alone', async () => {
    const repo = 'acme/five-fail'
    const built = await fixture(repo, DEV_TAG_2)
    const before = await git.log(repo, 'main')
    const branches = await git.branches(repo)
    const fault = proxy.addFault({
      kind: 'status',
      status: 500,
      times: 1000,
      match: { method: 'PUT', pathIncludes: `/acme/app2/manifests/${STAGING_TAG_2}` }
    })
    const result = await promote(repo)
    expect(result.exitCode).not.toBe(0)
    expect(fault.applied).toBeGreaterThan(0)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain(`pushing tag ${proxy.host}/acme/app2:${STAGING_TAG_2}`)
    expect(result.errors[0]).not.toContain('\n')
    // Git: no commit, no branch; only the claims, which precede every registry write.
    expect(await git.log(repo, 'main')).toEqual(before)
    expect(await git.branches(repo)).toEqual(branches)
    // Registry: the failing image has no tag, every other image has its tag on the right digest.
    for (const [i, n] of NAMES.entries()) {
      expect(await tagged(n, STAGING_TAG_2)).toBe(i === 2 ? undefined : built[i].digest)
    }
  })
})
