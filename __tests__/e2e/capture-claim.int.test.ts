/**
 * Two captures, one dev tag name: two builds of the same version and revision with the same
 * build time render the same tag for different digests. Through the built action, the real
 * registry and git http-backend; the fault proxy holds one capture at its tag PUT until the
 * other has finished, so the interleaving is exact, never timed.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import { runGitOk } from '../harness/git-server.js'
import { gitopsRepo } from '../harness/gitops-fixture.js'
import { getManifest, pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab, type Lab } from '../harness/lab.js'
import { holdRequest, startProxy, type FaultProxy } from '../harness/proxy.js'

const SHA = 'abc1234def5678abc1234def5678abc1234def56'
/** Both builds record this `created`, so both render {@link DEV_TAG}. */
const CREATED = '2026-02-01T00:00:00Z'
const DEV_TAG = `dev-v1.2.3-abc1234-${Date.parse(CREATED) / 1000}`
const CLAIMED_FIX =
  'give this build its own tag (a new version or source-revision, or a tag-template that tells the builds apart)'

describe('capture claims its environment tag in the GitOps repository', () => {
  let lab: Lab
  let proxy: FaultProxy
  let d1: PushedImage
  let d2: PushedImage
  let tmp: string

  beforeAll(async () => {
    lab = await startLab()
    proxy = await startProxy(lab.registry.url)
    d1 = await pushImage(lab.registry, 'acme/app', 'build-1', { seed: 'd1', created: CREATED })
    d2 = await pushImage(lab.registry, 'acme/app', 'build-2', { seed: 'd2', created: CREATED })
    tmp = await mkdtemp(path.join(os.tmpdir(), 'capture-claim-'))
  })
  afterAll(async () => {
    await proxy?.stop()
    await stopLab(lab ?? {})
    if (tmp) await rm(tmp, { recursive: true, force: true })
  })

  const runUrl = (id: string): string => `${lab.git.url}/acme/app/actions/runs/${id}/attempts/1`
  const claimRef = (repo = 'acme/app'): string =>
    `refs/digest-promote/claims/${proxy.host.replace(':', '_')}/${repo}/_tags/${DEV_TAG}`

  function capture(
    build: string,
    runId: string,
    inputs: Record<string, string> = {},
    workspace?: string
  ): Promise<ActionResult> {
    return runAction({
      inputs: {
        command: 'capture',
        image: `${proxy.host}/acme/app:${build}`,
        environment: 'dev',
        version: '1.2.3',
        'source-revision': SHA,
        ...inputs
      },
      env: { ...labEnv(lab), GITHUB_RUN_ID: runId },
      workspace
    })
  }
  const gitops = (repo: string): Record<string, string> => ({
    'gitops-repository': repo,
    'gitops-token': lab.git.token ?? ''
  })

  /** Registry writes the proxy logged from index `start` on. */
  const writesSince = (start: number): string[] =>
    proxy.requests
      .slice(start)
      .filter(r => !['GET', 'HEAD'].includes(r.method))
      .map(r => `${r.method} ${r.path}`)

  /** Pushes (receive-pack requests) the git server got from index `start` on. */
  const pushesSince = (start: number): string[] =>
    lab.git.requests
      .slice(start)
      .filter(r => r.path.endsWith('/git-receive-pack') || r.query.includes('git-receive-pack'))
      .map(r => `${r.method} ${r.path}`)

  /** `<sha> <ref>` of every claim ref in the bare repository. */
  async function claims(repo: string): Promise<string[]> {
    const out = await runGitOk([
      '--git-dir',
      path.join(lab.git.root, `${repo}.git`),
      'for-each-ref',
      '--format=%(objectname) %(refname)',
      'refs/digest-promote/'
    ])
    return out.split('\n').filter(Boolean)
  }

  async function claimMessage(repo: string, ref: string): Promise<string> {
    return runGitOk([
      '--git-dir',
      path.join(lab.git.root, `${repo}.git`),
      'log',
      '-1',
      '--format=%B',
      ref
    ])
  }

  const tagDigest = async (repo: string): Promise<string | undefined> =>
    (await getManifest(lab.registry, repo, DEV_TAG, { method: 'HEAD' })).digest

  it('lets exactly one of two captures racing for a dev tag win; the other writes nothing', async () => {
    const repo = 'acme/gitops-race'
    await lab.git.createRepo(repo, gitopsRepo(`${proxy.host}/acme/app`, {}))
    const held = holdRequest(proxy, { method: 'PUT', pathIncludes: `/manifests/${DEV_TAG}` })
    const a = capture('build-1', '3001', gitops(repo))
    await Promise.race([held.reached, a])
    const gitMark = lab.git.requests.length
    const registryMark = proxy.requests.length
    const b = await capture('build-2', '3002', gitops(repo))
    const bPushes = pushesSince(gitMark)
    const bWrites = writesSince(registryMark)
    held.release()
    const resultA = await a

    expect(resultA.errors).toEqual([])
    expect(resultA.exitCode).toBe(0)
    expect(resultA.outputs).toMatchObject({ tags: DEV_TAG, changed: 'true', digest: d1.digest })
    expect(b.exitCode).toBe(1)
    expect(b.errors).toEqual([
      `tag ${proxy.host}/acme/app:${DEV_TAG} is claimed for ${d1.digest} by run ${runUrl('3001')} (dev), but this run would give it ${d2.digest}; environment tags are immutable, so nothing was written: ${CLAIMED_FIX}`
    ])
    expect(bPushes).toEqual([])
    expect(bWrites).toEqual([])
    expect(await tagDigest('acme/app')).toBe(d1.digest)
    const [claim, ...more] = await claims(repo)
    expect(more).toEqual([])
    expect(claim?.endsWith(` ${claimRef()}`)).toBe(true)
    expect(await claimMessage(repo, claimRef())).toContain(
      `Digest: ${d1.digest}\nEnvironment: dev\nRun: ${runUrl('3001')}\nEvent: none`
    )
    // The GitOps branch itself is not touched: a claim is a ref, not a commit on main.
    expect(await lab.git.log(repo, 'main')).toHaveLength(1)
  })

  it('re-running the winning capture is a no-op with its claim in place', async () => {
    const repo = 'acme/gitops-race'
    const before = await claims(repo)
    const gitMark = lab.git.requests.length
    const registryMark = proxy.requests.length
    const again = await capture('build-1', '3003', gitops(repo))
    expect(again.errors).toEqual([])
    expect(again.exitCode).toBe(0)
    expect(again.outputs).toMatchObject({ tags: DEV_TAG, changed: 'false', digest: d1.digest })
    expect(pushesSince(gitMark)).toEqual([])
    expect(writesSince(registryMark)).toEqual([])
    expect(await claims(repo)).toEqual(before)
  })

  it('a dry run of the losing build only reads the claim and refuses', async () => {
    const repo = 'acme/gitops-race'
    const before = await claims(repo)
    const gitMark = lab.git.requests.length
    const registryMark = proxy.requests.length
    const dry = await capture('build-2', '3004', { ...gitops(repo), 'dry-run': 'true' })
    expect(dry.exitCode).toBe(1)
    expect(dry.errors[0]).toContain(`is claimed for ${d1.digest} by run ${runUrl('3001')} (dev)`)
    expect(pushesSince(gitMark)).toEqual([])
    expect(writesSince(registryMark)).toEqual([])
    expect(await claims(repo)).toEqual(before)
  })

  it('claims in the checkout at an explicit gitops-path, leaving the checkout as it was', async () => {
    const repo = 'acme/gitops-path'
    await lab.git.createRepo(repo, gitopsRepo(`${proxy.host}/other/app`, {}))
    const other = await pushImage(lab.registry, 'other/app', 'build-1', {
      seed: 'other',
      created: CREATED
    })
    const workspace = path.join(tmp, 'workspace')
    await mkdir(workspace)
    const checkout = path.join(workspace, 'gitops')
    const basic = Buffer.from(`x-access-token:${lab.git.token}`).toString('base64')
    const header = `AUTHORIZATION: basic ${basic}`
    await runGitOk([
      '-c',
      `http.extraheader=${header}`,
      'clone',
      '-q',
      lab.git.repoUrl(repo),
      checkout
    ])
    await runGitOk(['config', `http.${lab.git.url}/.extraheader`, header], { cwd: checkout })
    const refsBefore = await runGitOk(['for-each-ref'], { cwd: checkout })

    const result = await runAction({
      inputs: {
        command: 'capture',
        image: `${proxy.host}/other/app:build-1`,
        environment: 'dev',
        version: '1.2.3',
        'source-revision': SHA,
        'gitops-path': 'gitops'
      },
      env: { ...labEnv(lab), GITHUB_RUN_ID: '3005' },
      workspace
    })
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ tags: DEV_TAG, changed: 'true', digest: other.digest })
    const [claim, ...more] = await claims(repo)
    expect(more).toEqual([])
    expect(claim?.endsWith(` ${claimRef('other/app')}`)).toBe(true)
    expect(await runGitOk(['for-each-ref'], { cwd: checkout })).toBe(refsBefore)
  })

  it('without GitOps inputs, captures as before and runs no git at all', async () => {
    const gitMark = lab.git.requests.length
    const result = await capture('build-2', '3006', { version: '1.2.4' })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      tags: DEV_TAG.replace('1.2.3', '1.2.4'),
      changed: 'true',
      digest: d2.digest
    })
    expect(lab.git.requests.slice(gitMark)).toEqual([])
  })

  it('refuses a gitops-token or gitops-branch without a GitOps repository, before the registry', async () => {
    for (const name of ['gitops-token', 'gitops-branch']) {
      const registryMark = proxy.requests.length
      const result = await capture('build-2', '3007', { [name]: 'main', version: '1.2.5' })
      expect(result.exitCode).toBe(1)
      expect(result.errors).toEqual([
        `input '${name}': set without gitops-repository or gitops-path, so there is no GitOps repository to use it with; set gitops-repository (or gitops-path), or leave it out`
      ])
      expect(proxy.requests.slice(registryMark)).toEqual([])
    }
  })
})
