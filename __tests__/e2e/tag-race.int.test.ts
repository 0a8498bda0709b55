/**
 * Two writers, one immutable tag name, through the built action against the real registry and
 * git http-backend. The fault proxy holds one writer at a named request until the other has
 * finished, so every interleaving here is exact, never timed.
 */
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import { runGitOk, type GitServer } from '../harness/git-server.js'
import {
  deployment,
  gitopsRepo,
  kustomization,
  promotionYaml,
  type Pin
} from '../harness/gitops-fixture.js'
import { getManifest, pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import { holdRequest, startProxy, type FaultProxy } from '../harness/proxy.js'
import type { TestRegistry } from '../harness/registry.js'

const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const QA_TAG = 'qa-v1.2.4-def5678-1700000100'
const OLD_STAGING_TAG = 'staging-v1.2.2-fff0000-1690000000'
/** The tag name both writers want: an explicit target-tag, as a release workflow would set. */
const TARGET = 'staging-v1.2.3'

describe('one immutable tag name, two concurrent writers', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let proxy: FaultProxy
  let proxyB: FaultProxy
  let d1: PushedImage
  let d2: PushedImage
  let old: PushedImage

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    // Writers reach the registry through proxies that can hold one request until released.
    proxy = await startProxy(registry.url)
    proxyB = await startProxy(registry.url)
    d1 = await pushImage(registry, 'acme/app', DEV_TAG, { seed: 'd1' })
    d2 = await pushImage(registry, 'acme/app', QA_TAG, { seed: 'd2' })
    old = await pushImage(registry, 'acme/app', OLD_STAGING_TAG, { seed: 'old' })
  })
  afterAll(async () => {
    await Promise.all([proxy?.stop(), proxyB?.stop()])
    await stopLab({ registry, git, github })
  })

  const image = (): string => `${proxy.host}/acme/app`
  const runUrl = (id: string): string => `${git.url}/acme/app/actions/runs/${id}/attempts/1`

  /** dev pins D1, qa pins D2: promoting either into staging under TARGET gives the tag another digest. */
  function raceRepo(): Record<string, string> {
    const qa: Pin = { tag: QA_TAG, digest: d2.digest }
    return {
      ...gitopsRepo(image(), {
        dev: { tag: DEV_TAG, digest: d1.digest },
        staging: { tag: OLD_STAGING_TAG, digest: old.digest }
      }),
      'promotion.yaml': promotionYaml('  - name: qa\n    path: clusters/qa\n'),
      'clusters/qa/kustomization.yaml': kustomization(image(), qa),
      'clusters/qa/deployment.yaml': deployment()
    }
  }

  function promote(repo: string, from: string, runId: string, tag = TARGET): Promise<ActionResult> {
    return runAction({
      inputs: {
        command: 'promote',
        'from-environment': from,
        'to-environment': 'staging',
        'target-tag': tag,
        image: image(),
        'gitops-repository': repo,
        'gitops-token': git.token
      },
      env: { ...labEnv({ registry, git, github }), GITHUB_RUN_ID: runId }
    })
  }

  /** Pushes (receive-pack requests) the git server got since `start`. */
  function pushesSince(start: number): string[] {
    return git.requests
      .slice(start)
      .filter(r => r.path.endsWith('/git-receive-pack') || r.query.includes('git-receive-pack'))
      .map(r => `${r.method} ${r.path}`)
  }

  /** `<sha> <ref>` of every claim ref in the bare repository. */
  async function claims(repo: string): Promise<string[]> {
    const out = await runGitOk([
      '--git-dir',
      path.join(git.root, `${repo}.git`),
      'for-each-ref',
      '--format=%(objectname) %(refname)',
      'refs/digest-promote/'
    ])
    return out.split('\n').filter(Boolean)
  }

  async function tagDigest(tag: string): Promise<string | undefined> {
    return (await getManifest(registry, 'acme/app', tag, { method: 'HEAD' })).digest
  }

  it('lets exactly one of two promotions racing for a tag name win; the other writes nothing to Git', async () => {
    const repo = 'acme/race-promote'
    await git.createRepo(repo, raceRepo())
    const held = holdRequest(proxy, { method: 'PUT', pathIncludes: `/manifests/${TARGET}` })
    const a = promote(repo, 'dev', '1001')
    await Promise.race([held.reached, a])
    const mark = git.requests.length
    const b = await promote(repo, 'qa', '1002')
    const bPushes = pushesSince(mark)
    held.release()
    const resultA = await a

    expect(resultA.errors).toEqual([])
    expect(resultA.exitCode).toBe(0)
    expect(b.exitCode).toBe(1)
    expect(b.errors).toEqual([
      `tag ${image()}:${TARGET} is claimed for ${d1.digest} by run ${runUrl('1001')} (staging), but this run would give it ${d2.digest}; environment tags are immutable, so nothing was written: promote under a new tag (a new version or timestamp) or roll back explicitly`
    ])
    expect(bPushes).toEqual([])
    expect(await tagDigest(TARGET)).toBe(d1.digest)
    expect(await git.readFile(repo, 'main', 'clusters/staging/kustomization.yaml')).toContain(
      `digest: ${d1.digest}`
    )
    const [claim] = await claims(repo)
    const ref = `refs/digest-promote/claims/${proxy.host.replace(':', '_')}/acme/app/_tags/${TARGET}`
    expect(claim?.endsWith(` ${ref}`)).toBe(true)
    const message = await runGitOk([
      '--git-dir',
      path.join(git.root, `${repo}.git`),
      'log',
      '-1',
      '--format=%B',
      ref
    ])
    expect(message).toContain(`Digest: ${d1.digest}\nEnvironment: staging\nRun: ${runUrl('1001')}`)
  })

  it('a run whose claim push loses the race to another claim fails naming the winner', async () => {
    const repo = 'acme/race-claim'
    const tag = 'staging-v1.2.5'
    await git.createRepo(repo, raceRepo())
    // B has read the claims (none) and is held at its registry check, before its claim push.
    const bCheck = holdRequest(proxy, { method: 'HEAD', pathIncludes: `/manifests/${tag}` })
    // A claims the tag and is held at its PUT, so the registry still has no such tag.
    const aPut = holdRequest(proxy, { method: 'PUT', pathIncludes: `/manifests/${tag}` })
    const b = promote(repo, 'qa', '2002', tag)
    await Promise.race([bCheck.reached, b])
    const a = promote(repo, 'dev', '2001', tag)
    await Promise.race([aPut.reached, a])
    bCheck.release()
    const resultB = await b
    aPut.release()
    const resultA = await a

    expect(resultA.errors).toEqual([])
    expect(resultA.exitCode).toBe(0)
    expect(resultB.exitCode).toBe(1)
    expect(resultB.errors).toEqual([
      `tag ${image()}:${tag} is claimed for ${d1.digest} by run ${runUrl('2001')} (staging), but this run would give it ${d2.digest}; environment tags are immutable, so nothing was written: promote under a new tag (a new version or timestamp) or roll back explicitly`
    ])
    expect(await tagDigest(tag)).toBe(d1.digest)
    expect(await claims(repo)).toHaveLength(1)
  })

  it('re-running the winning promotion is a no-op with its claim in place', async () => {
    const repo = 'acme/race-promote'
    const before = await claims(repo)
    const commits = (await git.log(repo, 'main')).length
    const mark = git.requests.length
    registry.clearAccessLog()
    const again = await promote(repo, 'dev', '1003')
    expect(again.errors).toEqual([])
    expect(again.exitCode).toBe(0)
    expect(again.outputs.changed).toBe('false')
    expect(pushesSince(mark)).toEqual([])
    expect(await claims(repo)).toEqual(before)
    expect(await git.log(repo, 'main')).toHaveLength(commits)
    const writes = (await registry.syncAccessLog()).filter(e => !['GET', 'HEAD'].includes(e.method))
    expect(writes).toEqual([])
  })

  it('a plan only reads a claim: it refuses the other digest and writes nothing', async () => {
    const repo = 'acme/race-promote'
    const before = await claims(repo)
    const mark = git.requests.length
    const plan = await runAction({
      inputs: {
        command: 'plan',
        'from-environment': 'qa',
        'to-environment': 'staging',
        'target-tag': TARGET,
        image: image(),
        'gitops-repository': repo,
        'gitops-token': git.token
      },
      env: { ...labEnv({ registry, git, github }), GITHUB_RUN_ID: '1004' }
    })
    expect(plan.exitCode).toBe(1)
    expect(plan.errors[0]).toContain(`is claimed for ${d1.digest} by run ${runUrl('1001')}`)
    expect(pushesSince(mark)).toEqual([])
    expect(await claims(repo)).toEqual(before)
  })

  it('a bare retag reads its tag back and fails, naming both digests, when another writer replaced it', async () => {
    const tag = 'release-race'
    // A checks (absent) and is held at its PUT; B checks (absent) and is held at its PUT; A's
    // PUT lands and A is held at its read-back; B's PUT lands on top; A reads back D2.
    const aPut = holdRequest(proxy, { method: 'PUT', pathIncludes: `/manifests/${tag}` })
    const aRead = holdRequest(proxy, { method: 'HEAD', pathIncludes: `/manifests/${tag}` }, 1)
    const bPut = holdRequest(proxyB, { method: 'PUT', pathIncludes: `/manifests/${tag}` })
    const retag = (host: string, digest: string): Promise<ActionResult> =>
      runAction({
        inputs: { command: 'retag', image: `${host}/acme/app@${digest}`, tag },
        env: labEnv({ registry, git, github })
      })
    const a = retag(proxy.host, d1.digest)
    await Promise.race([aPut.reached, a])
    const b = retag(proxyB.host, d2.digest)
    await Promise.race([bPut.reached, b])
    aPut.release()
    await Promise.race([aRead.reached, a])
    bPut.release()
    const resultB = await b
    aRead.release()
    const resultA = await a

    expect(resultB.exitCode).toBe(0)
    expect(resultA.exitCode).toBe(1)
    expect(resultA.errors).toEqual([
      `tag ${proxy.host}/acme/app:${tag} names ${d2.digest} right after this run wrote ${d1.digest} to it: another writer pushed the same tag at the same time, so this run stopped before writing anything to Git; find the other run, decide which digest the tag should name, and turn on tag immutability in the registry`
    ])
    expect(await tagDigest(tag)).toBe(d2.digest)
  })

  it('status reports a tag whose registry digest differs from its claim as drift', async () => {
    const repo = 'acme/race-promote'
    // A writer that never claims (a bare retag, a docker push) moves the claimed tag.
    await pushImage(registry, 'acme/app', TARGET, { seed: 'd2' })
    expect(await tagDigest(TARGET)).toBe(d2.digest)
    const status = await runAction({
      inputs: {
        command: 'status',
        environment: 'staging',
        image: image(),
        'gitops-repository': repo,
        'gitops-token': git.token
      },
      env: labEnv({ registry, git, github })
    })
    expect(status.exitCode).toBe(0)
    expect(status.outputs.drift).toBe('true')
    expect(status.stdout).toContain(
      `registry tag ${TARGET} points at ${d2.digest}, but run ${runUrl('1001')} claimed it for ${d1.digest}: the tag was moved after it was claimed`
    )
  })
})
