/**
 * The CLI takes secrets where `ps` cannot see them: from DIGEST_PROMOTE_<INPUT> and from
 * standard input (`--<input>-stdin`). A secret given as a flag still works, with a warning.
 * Each promotion below pushes to the real git server, which refuses a clone without the token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import type { GitServer } from '../harness/git-server.js'
import { gitopsRepo } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'

const DEV_TAG = 'dev-v2.0.0-abc1234-1700000000'
const STAGING_TAG = 'staging-v2.0.0-abc1234-1700000000'
const OLD_TAG = 'staging-v1.9.0-fff0000-1690000000'

describe('secrets on the command line of the built CLI', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let built: PushedImage
  let image: string
  let token: string

  beforeAll(async () => {
    ;({ registry, git, github } = await startLab())
    token = git.token!
    image = `${registry.host}/acme/app`
    built = await pushImage(registry, 'acme/app', DEV_TAG)
    const old = await pushImage(registry, 'acme/app', OLD_TAG, { seed: 'old' })
    const files = gitopsRepo(image, {
      dev: { tag: DEV_TAG, digest: built.digest },
      staging: { tag: OLD_TAG, digest: old.digest }
    })
    for (const repo of ['acme/by-env', 'acme/by-stdin', 'acme/by-flag', 'acme/no-token']) {
      await git.createRepo(repo, files)
    }
  })
  afterAll(async () => {
    await stopLab({ registry, git, github })
  })

  function promote(
    repo: string,
    extra: string[],
    opts: { env?: Record<string, string>; stdin?: string } = {}
  ) {
    const args = ['promote', '--from-environment', 'dev', '--to-environment', 'staging']
    return runCli([...args, '--image', image, '--gitops-repository', repo, ...extra], {
      env: { ...labEnv({ registry, git, github }), ...opts.env },
      stdin: opts.stdin
    })
  }

  async function expectPromoted(repo: string): Promise<void> {
    const [head] = await git.log(repo, 'main')
    expect(head.subject).toMatch(/^promote\(staging\): /)
    const kustomization = await git.readFile(repo, 'main', 'clusters/staging/kustomization.yaml')
    expect(kustomization).toContain(`newTag: "${STAGING_TAG}"\n    digest: ${built.digest}\n`)
  }

  it('needs the token: without one the git server refuses and nothing is pushed', async () => {
    const before = await git.log('acme/no-token', 'main')
    const result = await promote('acme/no-token', [])
    expect(result.exitCode).not.toBe(0)
    expect(await git.log('acme/no-token', 'main')).toEqual(before)
  })

  it('reads the token from DIGEST_PROMOTE_GITOPS_TOKEN and pushes, without a warning', async () => {
    const result = await promote('acme/by-env', [], {
      env: { DIGEST_PROMOTE_GITOPS_TOKEN: token }
    })
    expect(result.stderr).not.toContain('warning:')
    expect(result.exitCode).toBe(0)
    await expectPromoted('acme/by-env')
    expect(result.stdout + result.stderr).not.toContain(token)
  })

  it('reads the token from standard input with --gitops-token-stdin and pushes', async () => {
    const result = await promote('acme/by-stdin', ['--gitops-token-stdin'], {
      stdin: `${token}\n`
    })
    expect(result.stderr).not.toContain('warning:')
    expect(result.exitCode).toBe(0)
    await expectPromoted('acme/by-stdin')
    expect(result.stdout + result.stderr).not.toContain(token)
  })

  it('still takes --gitops-token, and warns that ps shows it', async () => {
    const result = await promote('acme/by-flag', ['--gitops-token', token])
    expect(result.exitCode).toBe(0)
    await expectPromoted('acme/by-flag')
    expect(result.stderr).toContain(
      'warning: --gitops-token on the command line is visible to other users of this machine (ps, shell history); ' +
        'set DIGEST_PROMOTE_GITOPS_TOKEN or pipe it to --gitops-token-stdin instead\n'
    )
    expect(result.stdout + result.stderr).not.toContain(token)
  })

  it('reads one secret from standard input per run, in one line', async () => {
    const result = await promote(
      'acme/no-token',
      ['--gitops-token-stdin', '--registry-password-stdin'],
      {
        stdin: 'x\n'
      }
    )
    expect(result).toMatchObject({
      exitCode: 2,
      stderr: "error: input 'registry-password': only one secret can be read from standard input\n"
    })
  })

  it('says in --help where secrets come from', async () => {
    const result = await runCli(['promote', '--help'])
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      '(secret: set DIGEST_PROMOTE_GITOPS_TOKEN or pipe it to --gitops-token-stdin; a flag value shows in ps)'
    )
    expect((await runCli(['--help'])).stdout).toContain('DIGEST_PROMOTE_<INPUT>')
  })
})
