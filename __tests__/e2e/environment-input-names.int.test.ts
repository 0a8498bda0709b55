/**
 * An environment that promotion.yaml does not list is refused before anything is
 * written, and the one line names the input of the command that was run: rollback's
 * `environment`, promote's `to-environment` or `from-environment`. A bad image in
 * promotion.yaml is promotion.yaml's fault, not the `image` input's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../harness/action-runner.js'
import { startGitServer, type GitServer } from '../harness/git-server.js'
import { gitopsRepo, promotionYaml } from '../harness/gitops-fixture.js'

const DIGEST = `sha256:${'d'.repeat(64)}`
const IMAGE = 'registry.invalid/acme/app'
const KNOWN = 'use one of: dev, staging, production'

describe('an unknown environment names the command its own input', () => {
  let git: GitServer
  const repo = 'acme/unknown-env'

  beforeAll(async () => {
    git = await startGitServer({ token: 'env-names-token' })
    await git.createRepo(
      repo,
      gitopsRepo(IMAGE, {
        dev: { tag: 'dev-v1.0.0-abc1234-1700000000', digest: DIGEST },
        staging: { tag: 'staging-v1.0.0-abc1234-1700000000', digest: DIGEST }
      })
    )
  })
  afterAll(async () => {
    await git.stop()
  })

  async function cli(
    args: string[],
    target = repo
  ): Promise<{ exitCode: number; lines: string[] }> {
    const result = await runCli([...args, '--gitops-repository', target, '--gitops-token-stdin'], {
      env: { GITHUB_SERVER_URL: git.url },
      stdin: `${git.token}\n`
    })
    expect(result.stdout).toBe('')
    return { exitCode: result.exitCode, lines: result.stderr.trimEnd().split('\n') }
  }

  it('rollback --environment prod names environment, and writes nothing', async () => {
    const before = await git.log(repo, 'main')
    const { exitCode, lines } = await cli(['rollback', '--environment', 'prod', '--image', IMAGE])
    expect(exitCode).toBe(2)
    expect(lines.at(-1)).toBe(
      `error: input 'environment': environment 'prod' is not in promotion.yaml; ${KNOWN}`
    )
    expect(lines.join('\n')).not.toContain('to-environment')
    expect(await git.log(repo, 'main')).toEqual(before)
    expect(await git.branches(repo)).toEqual(['main'])
  })

  it('promote names to-environment or from-environment, whichever is unknown', async () => {
    const to = await cli([
      'promote',
      '--from-environment',
      'dev',
      '--to-environment',
      'prod',
      '--image',
      IMAGE
    ])
    expect(to.exitCode).toBe(2)
    expect(to.lines.at(-1)).toBe(
      `error: input 'to-environment': environment 'prod' is not in promotion.yaml; ${KNOWN}`
    )
    const from = await cli([
      'plan',
      '--from-environment',
      'qa',
      '--to-environment',
      'staging',
      '--image',
      IMAGE
    ])
    expect(from.exitCode).toBe(2)
    expect(from.lines.at(-1)).toBe(
      `error: input 'from-environment': environment 'qa' is not in promotion.yaml; ${KNOWN}`
    )
  })

  it('names the promotion.yaml entry, not the image input, for a bad image listed there', async () => {
    const bad = 'acme/bad-image'
    const files = gitopsRepo(IMAGE, {
      dev: { tag: 'dev-v1.0.0-abc1234-1700000000', digest: DIGEST }
    })
    files['promotion.yaml'] = promotionYaml('images:\n  - name: registry.invalid/Acme/App\n')
    await git.createRepo(bad, files)
    const { exitCode, lines } = await cli(['rollback', '--environment', 'staging'], bad)
    expect(exitCode).toBe(1)
    expect(lines.at(-1)).toBe(
      'error: promotion.yaml: images.0.name: invalid reference "registry.invalid/Acme/App": repository name must be lowercase'
    )
    expect(await git.branches(bad)).toEqual(['main'])
  })
})
