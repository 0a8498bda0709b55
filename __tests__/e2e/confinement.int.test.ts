import { mkdtemp, readFile, readdir, rm, symlink, writeFile, mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import { runGitOk, type GitServer } from '../harness/git-server.js'
import {
  deploymentWithMarker,
  gitopsRepo,
  kustomization,
  type Pin
} from '../harness/gitops-fixture.js'
import { pushImage, registryFetch, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'

const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const STAGING_TAG = 'staging-v1.2.3-abc1234-1700000000'
const OLD_STAGING_TAG = 'staging-v1.2.2-fff0000-1690000000'

/** A "billion laughs" block: nine levels of nine aliases, a billion strings once expanded. */
const ALIAS_BOMB = [
  'x-laughs:',
  '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'
    .split('')
    .map((n, i) => `  ${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)
].join('\n')

/**
 * Everything read or written in the GitOps repository stays inside it: a committed symlink that
 * leaves the repository, or a YAML alias bomb, is refused in the plan phase, before any
 * registry write; symlinks that stay inside keep working.
 */
describe('promote stays inside the GitOps repository', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let image: string
  let built: PushedImage
  let old: PushedImage
  let scratch: string

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    image = `${registry.host}/acme/app`
    built = await pushImage(registry, 'acme/app', DEV_TAG)
    old = await pushImage(registry, 'acme/app', OLD_STAGING_TAG, { seed: 'old' })
    scratch = await mkdtemp(path.join(os.tmpdir(), 'confinement-'))
  })
  afterAll(async () => {
    await stopLab({ registry, git, github })
    if (scratch) await rm(scratch, { recursive: true, force: true })
  })

  const devPin = (): Pin => ({ tag: DEV_TAG, digest: built.digest })
  const stagingPin = (): Pin => ({ tag: OLD_STAGING_TAG, digest: old.digest })

  function promote(repo: string, extra: Record<string, string> = {}): Promise<ActionResult> {
    return runAction({
      inputs: {
        command: 'promote',
        'from-environment': 'dev',
        'to-environment': 'staging',
        image,
        'gitops-repository': repo,
        'gitops-token': git.token,
        ...extra
      },
      env: labEnv({ registry, git, github })
    })
  }

  /** Replaces `paths` in the repository's main branch by symlinks to the given targets. */
  async function commitSymlinks(repo: string, links: Record<string, string>): Promise<void> {
    const work = await mkdtemp(path.join(scratch, 'work-'))
    await runGitOk(['clone', '--quiet', path.join(git.root, `${repo}.git`), work])
    for (const [link, target] of Object.entries(links)) {
      await rm(path.join(work, link), { recursive: true, force: true })
      await mkdir(path.dirname(path.join(work, link)), { recursive: true })
      await symlink(target, path.join(work, link))
    }
    await runGitOk(['add', '--all'], { cwd: work })
    await runGitOk(
      ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'links'],
      { cwd: work }
    )
    await runGitOk(['push', '--quiet', 'origin', 'HEAD:refs/heads/main'], { cwd: work })
    await rm(work, { recursive: true, force: true })
  }

  /** A directory outside every repository, with files an escaping promotion would touch. */
  async function outsideDir(name: string, files: Record<string, string>): Promise<string> {
    const dir = path.join(scratch, name)
    await mkdir(dir, { recursive: true })
    for (const [f, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, f)), { recursive: true })
      await writeFile(path.join(dir, f), text)
    }
    return dir
  }

  /** Every file under `dir` with its bytes, to compare before and after. */
  async function snapshot(dir: string): Promise<Record<string, string>> {
    const out: Record<string, string> = {}
    for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue
      const abs = path.join(e.parentPath, e.name)
      out[path.relative(dir, abs)] = await readFile(abs, 'base64')
    }
    return out
  }

  async function tags(): Promise<string[]> {
    const res = await registryFetch(registry, 'acme/app', '/v2/acme/app/tags/list')
    return ((await res.json()) as { tags: string[] }).tags.sort()
  }

  /** Starts watching; the returned function lists registry and Git writes since. */
  function watchWrites(): () => Promise<string[]> {
    registry.clearAccessLog()
    const gitStart = git.requests.length
    return async () => [
      ...(await registry.syncAccessLog())
        .filter(e => !['GET', 'HEAD'].includes(e.method))
        .map(e => `${e.method} ${e.path}`),
      ...git.requests
        .slice(gitStart)
        .filter(r => r.path.endsWith('/git-receive-pack') || r.query.includes('git-receive-pack'))
        .map(r => `${r.method} ${r.path}`)
    ]
  }

  /** Runs a promotion that must be refused with `error`, writing nothing anywhere. */
  async function expectRefused(repo: string, error: string, outside?: string): Promise<void> {
    const before = outside ? await snapshot(outside) : {}
    const tagsBefore = await tags()
    const head = await git.log(repo, 'main')
    const writes = watchWrites()
    const result = await promote(repo)
    expect(result.errors).toEqual([error])
    expect(result.exitCode).toBe(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(await writes()).toEqual([])
    expect(await tags()).toEqual(tagsBefore)
    expect(await git.log(repo, 'main')).toEqual(head)
    if (outside) expect(await snapshot(outside)).toEqual(before)
  }

  it('refuses an environment directory that is a symlink out of the repository', async () => {
    const repo = 'acme/escape-env'
    const outside = await outsideDir('env', {
      'kustomization.yaml': kustomization(image, stagingPin()),
      'deployment.yaml': deploymentWithMarker(image, stagingPin())
    })
    await git.createRepo(repo, gitopsRepo(image, { dev: devPin(), staging: stagingPin() }))
    await commitSymlinks(repo, { 'clusters/staging': outside })
    await expectRefused(
      repo,
      `clusters/staging: the symbolic link clusters/staging points to ${outside}, outside the GitOps repository; replace it with a directory, or a link that stays inside the repository`,
      outside
    )
  })

  it('refuses a Helm values file that is a symlink out of the repository', async () => {
    const repo = 'acme/escape-values'
    const values = `image:\n  repository: ${image}\n  tag: old\n  digest: ${stagingPin().digest}\n`
    const outside = await outsideDir('values', { 'values.yaml': values })
    await git.createRepo(repo, {
      ...gitopsRepo(image, { dev: devPin(), staging: stagingPin() }),
      'promotion.yaml': `version: 1
environments:
  - name: dev
    path: clusters/dev
  - name: staging
    path: clusters/staging
    values:
      file: clusters/staging/values.yaml
`
    })
    const link = path.join(outside, 'values.yaml')
    await commitSymlinks(repo, { 'clusters/staging/values.yaml': link })
    await expectRefused(
      repo,
      `clusters/staging/values.yaml: the symbolic link clusters/staging/values.yaml points to ${link}, outside the GitOps repository; replace it with a directory, or a link that stays inside the repository`,
      outside
    )
  })

  it('refuses a parent directory of an environment that is a symlink out of the repository', async () => {
    const repo = 'acme/escape-parent'
    const outside = await outsideDir('parent', {
      'staging/kustomization.yaml': kustomization(image, stagingPin()),
      'staging/deployment.yaml': deploymentWithMarker(image, stagingPin())
    })
    await git.createRepo(repo, gitopsRepo(image, { dev: devPin(), staging: stagingPin() }))
    await commitSymlinks(repo, { clusters: outside })
    await expectRefused(
      repo,
      `clusters/staging: the symbolic link clusters points to ${outside}, outside the GitOps repository; replace it with a directory, or a link that stays inside the repository`,
      outside
    )
  })

  it('refuses a ledger directory that is a symlink out of the repository', async () => {
    const repo = 'acme/escape-ledger'
    const outside = await outsideDir('ledger', { 'staging/.keep': '' })
    await git.createRepo(repo, gitopsRepo(image, { dev: devPin(), staging: stagingPin() }))
    await commitSymlinks(repo, { '.promotions': outside })
    await expectRefused(
      repo,
      `.promotions: the symbolic link .promotions points to ${outside}, outside the GitOps repository; replace it with a directory, or a link that stays inside the repository`,
      outside
    )
  })

  it('refuses a relative symlink that climbs out of the repository', async () => {
    const repo = 'acme/escape-relative'
    await git.createRepo(repo, gitopsRepo(image, { dev: devPin(), staging: stagingPin() }))
    await commitSymlinks(repo, { 'clusters/staging': '../../../../../../../../../../tmp' })
    await expectRefused(
      repo,
      `clusters/staging: the symbolic link clusters/staging points to ../../../../../../../../../../tmp, outside the GitOps repository; replace it with a directory, or a link that stays inside the repository`
    )
  })

  it('promotes through symlinks that stay inside the repository', async () => {
    const repo = 'acme/inside-links'
    const files = gitopsRepo(image, { dev: devPin(), staging: stagingPin() })
    await git.createRepo(repo, {
      ...files,
      'envs/staging/kustomization.yaml': files['clusters/staging/kustomization.yaml'],
      'envs/staging/deployment.yaml': files['clusters/staging/deployment.yaml'],
      'ledger/README.md': 'Promotion events.\n'
    })
    await commitSymlinks(repo, { 'clusters/staging': '../envs/staging', '.promotions': 'ledger' })
    const result = await promote(repo)
    expect(result.errors).toEqual([])
    expect(result.outputs.changed).toBe('true')
    expect(await git.readFile(repo, 'main', 'envs/staging/kustomization.yaml')).toContain(
      `    newTag: "${STAGING_TAG}"\n    digest: ${built.digest}\n`
    )
    const event = `ledger/staging/${result.outputs['event-id']}.json`
    expect(JSON.parse((await git.readFile(repo, 'main', event))!)).toMatchObject({
      environment: 'staging',
      digest: built.digest
    })
    // The links themselves are untouched.
    const tree = await runGitOk([
      '--git-dir',
      path.join(git.root, `${repo}.git`),
      'ls-tree',
      'main',
      'clusters/staging',
      '.promotions'
    ])
    expect(
      tree
        .split('\n')
        .filter(Boolean)
        .map(l => l.split(/\s+/)[0])
    ).toEqual(['120000', '120000'])
  })

  it('refuses a marker file holding a YAML alias bomb, naming it', async () => {
    const repo = 'acme/bomb-marker'
    const bomb = `${deploymentWithMarker(image, stagingPin())}${ALIAS_BOMB}\n`
    await git.createRepo(repo, {
      ...gitopsRepo(image, { dev: devPin(), staging: stagingPin() }),
      'clusters/staging/deployment.yaml': bomb
    })
    await expectRefused(
      repo,
      'clusters/staging/deployment.yaml:13:10: refused YAML: its aliases expand past the limit of 100 (an alias bomb); the file carries an $imagepolicy marker, so it cannot be skipped: fix the YAML'
    )
    expect(await git.readFile(repo, 'main', 'clusters/staging/deployment.yaml')).toBe(bomb)
  })

  it('refuses a kustomization holding a YAML alias bomb, naming it', async () => {
    const repo = 'acme/bomb-kustomization'
    await git.createRepo(repo, {
      ...gitopsRepo(image, { dev: devPin(), staging: stagingPin() }),
      'clusters/staging/kustomization.yaml': `${kustomization(image, stagingPin())}${ALIAS_BOMB}\n`
    })
    await expectRefused(
      repo,
      'clusters/staging/kustomization.yaml:13:10: refused YAML: its aliases expand past the limit of 100 (an alias bomb)'
    )
  })

  it('refuses a gitops-repository that is not owner/name, naming the input', async () => {
    const tagsBefore = await tags()
    const writes = watchWrites()
    const workspace = await mkdtemp(path.join(scratch, 'ws-'))
    const result = await runAction({
      inputs: {
        command: 'promote',
        'from-environment': 'dev',
        'to-environment': 'staging',
        image,
        'gitops-repository': '../..',
        'gitops-token': git.token
      },
      env: labEnv({ registry, git, github }),
      workspace
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      "input 'gitops-repository': '../..' is not owner/name; use GitHub's owner/name, e.g. acme/gitops"
    ])
    expect(await writes()).toEqual([])
    expect(await tags()).toEqual(tagsBefore)
    expect(await readdir(workspace)).toEqual([])
  })
})
