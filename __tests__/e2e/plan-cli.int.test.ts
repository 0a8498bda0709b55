import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../harness/action-runner.js'
import { runGit, runGitOk } from '../harness/git-server-exec.js'
import { gitopsRepo, type Pin } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab, type Lab } from '../harness/lab.js'

const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const OLD_TAG = 'staging-v1.2.2-fff0000-1690000000'
const REPO = 'acme/plan-cli'

/** A Deployment whose app container and, far below, its last line (a migration job) carry markers. */
function twoMarkers(image: string, pin: Pin): string {
  const filler = Array.from(
    { length: 12 },
    (_, i) => `          - name: VAR_${i}\n            value: "${i}"`
  )
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
        - name: app
          image: ${image}:${pin.tag}@${pin.digest} # {"$imagepolicy": "flux-system:app"}
          env:
${filler.join('\n')}
      initContainers:
        - name: migrate
          image: ${image}:${pin.tag}@${pin.digest} # {"$imagepolicy": "flux-system:app"}
`
}

/** The plan through the built CLI: its diffs apply, and bad input gets one line that teaches. */
describe('plan through the built CLI', () => {
  let lab: Lab
  let image: string
  let built: PushedImage
  let old: PushedImage
  let tmp: string

  beforeAll(async () => {
    lab = await startLab()
    tmp = await mkdtemp(path.join(os.tmpdir(), 'plan-cli-'))
    image = `${lab.registry.host}/acme/app`
    built = await pushImage(lab.registry, 'acme/app', DEV_TAG)
    old = await pushImage(lab.registry, 'acme/app', OLD_TAG, { seed: 'old' })
    const staging = { tag: OLD_TAG, digest: old.digest }
    await lab.git.createRepo(REPO, {
      ...gitopsRepo(image, { dev: { tag: DEV_TAG, digest: built.digest }, staging }),
      'clusters/staging/deployment.yaml': twoMarkers(image, staging)
    })
  })
  afterAll(async () => {
    await stopLab(lab)
    await rm(tmp, { recursive: true, force: true })
  })

  const cli = (args: string[]): ReturnType<typeof runCli> =>
    runCli([...args, '--gitops-repository', REPO], {
      cwd: tmp,
      env: { ...labEnv(lab), DIGEST_PROMOTE_GITOPS_TOKEN: lab.git.token ?? '' }
    })
  const plan = (from: string, to: string, extra: string[] = []): ReturnType<typeof runCli> =>
    cli(['plan', '--from-environment', from, '--to-environment', to, '--image', image, ...extra])

  it('prints diffs that git apply accepts, one hunk per distant edit', async () => {
    const result = await plan('dev', 'staging', ['--json'])
    expect(result.stderr).not.toMatch(/^error/m)
    expect(result.exitCode).toBe(0)
    const { diffs } = JSON.parse(result.stdout) as { diffs: string[] }
    const deployment = diffs.find(d => d.includes('deployment.yaml'))!
    expect(deployment.split('\n').filter(l => l.startsWith('@@ '))).toHaveLength(2)
    const work = path.join(tmp, 'checkout')
    await runGitOk(['clone', '--quiet', lab.git.authedUrl(REPO), work])
    for (const [i, diff] of diffs.entries()) {
      await writeFile(path.join(tmp, `plan-${i}.diff`), diff)
      const check = await runGit(['apply', '--check', path.join(tmp, `plan-${i}.diff`)], {
        cwd: work
      })
      expect(check.stderr).toBe('')
      expect(check.code).toBe(0)
    }
  })

  it('names gitops-path when it does not exist', async () => {
    const result = await runCli(
      [
        'plan',
        '--from-environment',
        'dev',
        '--to-environment',
        'staging',
        '--image',
        image,
        '--gitops-path',
        'nope'
      ],
      { cwd: tmp, env: labEnv(lab) }
    )
    expect(result.exitCode).toBe(2)
    expect(result.stderr.split('\n').filter(l => !l.startsWith('== '))).toEqual([
      `error: input 'gitops-path': ${path.join(tmp, 'nope')} does not exist; check out the GitOps repository there, or set gitops-repository`,
      ''
    ])
  })

  it('says image takes a repository when it is given a tag', async () => {
    const result = await cli([
      'plan',
      '--from-environment',
      'dev',
      '--to-environment',
      'staging',
      '--image',
      `${image}:v1`
    ])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(
      `error: input 'image': '${image}:v1' names a tag, but image takes a repository; the tag comes from the environment; use ${image}\n`
    )
  })

  it('refuses to plan an environment into itself, naming it', async () => {
    const result = await plan('staging', 'staging')
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(
      "error: input 'to-environment': 'staging' is also the from-environment; promote from one environment into another, e.g. from-environment dev, to-environment staging\n"
    )
  })

  it('warns when the promotion goes against the order in promotion.yaml', async () => {
    const result = await plan('staging', 'dev')
    expect(result.stderr).toContain(
      'warning: promotion.yaml orders dev before staging, so promoting from staging to dev goes backwards; check the direction (rollback moves an environment back)\n'
    )
  })
})
