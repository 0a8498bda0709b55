import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../harness/action-runner.js'
import { runGitOk, type GitServer } from '../harness/git-server.js'
import { gitopsRepo, kustomization, type Pin } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { startLab, stopLab, type Lab } from '../harness/lab.js'
import { REPO_ROOT, node24 } from '../harness/node24.js'

const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const STAGING_TAG = 'staging-v1.2.3-abc1234-1700000000'
const OLD_STAGING_TAG = 'staging-v1.2.2-fff0000-1690000000'

/**
 * The user's own checkout of the GitOps repository (gitops-path) is theirs: a run
 * works in a clone of the remote's branch, so their branch, index, refs, config and
 * files are byte-identical afterwards, even when the run is killed mid-push.
 */
describe('promote leaves the user checkout untouched', () => {
  let lab: Lab
  let git: GitServer
  let image: string
  let built: PushedImage
  let old: PushedImage
  let tmp: string

  beforeAll(async () => {
    lab = await startLab()
    git = lab.git
    image = `${lab.registry.host}/acme/app`
    built = await pushImage(lab.registry, 'acme/app', DEV_TAG)
    old = await pushImage(lab.registry, 'acme/app', OLD_STAGING_TAG, { seed: 'old' })
    tmp = await mkdtemp(path.join(os.tmpdir(), 'user-checkout-'))
  })
  afterAll(async () => {
    await stopLab(lab)
    await rm(tmp, { recursive: true, force: true })
  })

  const pins = (): { dev: Pin; staging: Pin } => ({
    dev: { tag: DEV_TAG, digest: built.digest },
    staging: { tag: OLD_STAGING_TAG, digest: old.digest }
  })

  /**
   * A checkout as actions/checkout leaves it (the token in a local extraheader), then
   * the user's own work: an unpushed commit, a staged change and an untracked file.
   */
  async function userCheckout(repo: string): Promise<string> {
    await git.createRepo(repo, gitopsRepo(image, pins()))
    const dir = path.join(tmp, repo.replace('/', '-'))
    await runGitOk(['clone', '--quiet', git.repoUrl(repo), dir], {
      env: { GIT_CONFIG_COUNT: '1', ...extraheader(0) }
    })
    const basic = Buffer.from(`x-access-token:${git.token}`).toString('base64')
    await runGitOk(['config', `http.${git.url}/.extraheader`, `AUTHORIZATION: basic ${basic}`], {
      cwd: dir
    })
    const staging = path.join(dir, 'clusters/staging/kustomization.yaml')
    await writeFile(staging, kustomization(image, { tag: 'local-edit', digest: old.digest }))
    await commit(dir, ['clusters/staging/kustomization.yaml'], 'local: not pushed yet')
    await writeFile(path.join(dir, 'clusters/dev/deployment.yaml'), '# staged, not committed\n')
    await runGitOk(['add', 'clusters/dev/deployment.yaml'], { cwd: dir })
    await writeFile(path.join(dir, 'notes.txt'), 'untracked\n')
    return dir
  }

  function extraheader(i: number): Record<string, string> {
    const basic = Buffer.from(`x-access-token:${git.token}`).toString('base64')
    return {
      [`GIT_CONFIG_KEY_${i}`]: `http.${git.url}/.extraheader`,
      [`GIT_CONFIG_VALUE_${i}`]: `AUTHORIZATION: basic ${basic}`
    }
  }

  async function commit(dir: string, files: string[], message: string): Promise<void> {
    await runGitOk(['add', ...files], { cwd: dir })
    const who = ['-c', 'user.name=User', '-c', 'user.email=user@example.invalid']
    await runGitOk([...who, 'commit', '--quiet', '-m', message], { cwd: dir })
  }

  /** HEAD, every ref, `git status`, and the bytes of every file (index and config included). */
  async function snapshot(dir: string): Promise<Record<string, string>> {
    // Optional locks off: the snapshot's own `git status` must not refresh the index.
    const env = { GIT_OPTIONAL_LOCKS: '0' }
    const out: Record<string, string> = {
      HEAD: await runGitOk(['rev-parse', 'HEAD'], { cwd: dir, env }),
      branch: await runGitOk(['symbolic-ref', 'HEAD'], { cwd: dir, env }),
      refs: await runGitOk(['for-each-ref', '--format=%(refname) %(objectname)'], {
        cwd: dir,
        env
      }),
      status: await runGitOk(['status', '--porcelain', '--untracked-files=all'], {
        cwd: dir,
        env
      })
    }
    const files = await readdir(dir, { recursive: true, withFileTypes: true })
    for (const f of files.filter(e => e.isFile())) {
      const abs = path.join(f.parentPath, f.name)
      out[path.relative(dir, abs)] = createHash('sha256')
        .update(await readFile(abs))
        .digest('hex')
    }
    return out
  }

  const args = (command: string): string[] => [
    command,
    '--from-environment',
    'dev',
    '--to-environment',
    'staging',
    '--image',
    image
  ]

  it('plans and promotes from the remote branch, leaving an unpushed commit, the index and untracked files as they were', async () => {
    const dir = await userCheckout('acme/user-plan')
    const before = await snapshot(dir)
    expect(before.status).toContain('M  clusters/dev/deployment.yaml')
    expect(before.status).toContain('?? notes.txt')

    const plan = await runCli(args('plan'), { cwd: dir })
    expect(plan.stderr).not.toContain('error:')
    expect(plan.exitCode).toBe(0)
    expect(await snapshot(dir)).toEqual(before)

    const promoted = await runCli(args('promote'), { cwd: dir })
    expect(promoted.stderr).not.toContain('error:')
    expect(promoted.exitCode).toBe(0)
    expect(await snapshot(dir)).toEqual(before)
    const [head] = await git.log('acme/user-plan', 'main')
    expect(head.subject).toContain(`promote(staging): ${image} ${STAGING_TAG}`)
    expect(
      await git.readFile('acme/user-plan', 'main', 'clusters/staging/kustomization.yaml')
    ).toContain(`newTag: "${STAGING_TAG}"\n    digest: ${built.digest}\n`)
  })

  it('leaves the checkout untouched when killed (SIGKILL) while pushing, and a re-run lands', async () => {
    const repo = 'acme/user-kill'
    const dir = await userCheckout(repo)
    const before = await snapshot(dir)
    const held = git.holdNextPush(repo)
    const child = spawn(
      node24(),
      [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), ...args('promote')],
      {
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: process.env.HOME ?? tmp,
          // The killed run's temporary clone stays behind; keep it inside the test's directory.
          RUNNER_TEMP: await mkdtemp(path.join(tmp, 'runner-temp-'))
        },
        stdio: 'ignore'
      }
    )
    const exited = new Promise<NodeJS.Signals | null>(resolve =>
      child.on('exit', (_code, signal) => resolve(signal))
    )
    const first = await Promise.race([
      held.arrived.then(() => 'pushing'),
      exited.then(() => 'exited before pushing')
    ])
    expect(first).toBe('pushing')
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')
    held.drop()

    expect(await snapshot(dir)).toEqual(before)
    expect(await git.log(repo, 'main')).toHaveLength(1)

    const rerun = await runCli(args('promote'), { cwd: dir })
    expect(rerun.stderr).not.toContain('error:')
    expect(rerun.exitCode).toBe(0)
    expect(await git.readFile(repo, 'main', 'clusters/staging/kustomization.yaml')).toContain(
      `newTag: "${STAGING_TAG}"\n    digest: ${built.digest}\n`
    )
    expect(await snapshot(dir)).toEqual(before)
  })
})
