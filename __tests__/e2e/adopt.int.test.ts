import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, runCli, type ActionResult } from '../harness/action-runner.js'
import { gitopsRepo } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab, type Lab } from '../harness/lab.js'

const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const STAGING_TAG = 'staging-v1.2.3-abc1234-1700000000'
const PROD_OLD_TAG = 'production-v1.2.2-fff0000-1690000000'
const MISSING = `sha256:${'e'.repeat(64)}`

/**
 * A GitOps repository set up before digest-promote: every environment pins a digest and there
 * is no `.promotions/`. The first production promotion used to fail the ordering gate forever
 * (promoting to staging again was a no-op that recorded nothing); `adopt` records what each
 * environment runs, after checking it against the registry, and the promotion then passes.
 */
describe('adopting an existing GitOps repository', () => {
  let lab: Lab
  let image: string
  let built: PushedImage
  let old: PushedImage
  const REPO = 'acme/adopt'

  beforeAll(async () => {
    lab = await startLab()
    image = `${lab.registry.host}/acme/app`
    built = await pushImage(lab.registry, 'acme/app', DEV_TAG, { seed: 'built' })
    await pushImage(lab.registry, 'acme/app', STAGING_TAG, { seed: 'built' })
    old = await pushImage(lab.registry, 'acme/app', PROD_OLD_TAG, { seed: 'old' })
    await lab.git.createRepo(
      REPO,
      gitopsRepo(image, {
        dev: { tag: DEV_TAG, digest: built.digest },
        staging: { tag: STAGING_TAG, digest: built.digest },
        production: { tag: PROD_OLD_TAG, digest: old.digest }
      })
    )
  })
  afterAll(async () => {
    await stopLab(lab)
  })

  function action(inputs: Record<string, string>, repo = REPO): Promise<ActionResult> {
    return runAction({
      inputs: { image, 'gitops-repository': repo, 'gitops-token': lab.git.token ?? '', ...inputs },
      env: { ...labEnv(lab), GITHUB_TOKEN: lab.github.token ?? '' }
    })
  }
  const promote = (from: string, to: string): Promise<ActionResult> =>
    action({
      command: 'promote',
      'from-environment': from,
      'to-environment': to,
      'require-signature': 'false'
    })
  const adoptLine = (env: string): string =>
    `digest-promote adopt --environment ${env} --image ${image}`

  it('fails the ordering gate for production, offering the adopt command for staging', async () => {
    const before = await lab.git.log(REPO, 'main')
    const result = await promote('staging', 'production')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(/^gate 'ordering' failed: /)
    expect(result.errors[0]).toContain(adoptLine('staging'))
    expect(await lab.git.log(REPO, 'main')).toEqual(before)
  })

  it('says a no-op promotion into staging recorded nothing, and offers the adopt command', async () => {
    const result = await promote('dev', 'staging')
    expect(result.exitCode).toBe(0)
    expect(result.outputs.changed).toBe('false')
    expect(result.stdout).toContain(
      `the ledger has no event for what staging runs (${image}@${built.digest}); record it with: ${adoptLine('staging')}`
    )
  })

  it('records what every environment runs: a commit for dev and staging, a pull request for production', async () => {
    const result = await action({ command: 'adopt' })
    expect(result.errors).toEqual([])
    expect(result.outputs.changed).toBe('true')
    const ids = result.outputs['event-id'].split('\n')
    expect(ids).toHaveLength(3)
    const [head] = await lab.git.log(REPO, 'main')
    expect(head.subject).toBe('adopt(dev, staging): record what runs today')
    const staging = JSON.parse(
      (await lab.git.readFile(REPO, 'main', `.promotions/staging/${ids[1]}.json`))!
    )
    expect(staging).toMatchObject({
      kind: 'adopted',
      environment: 'staging',
      image,
      digest: built.digest,
      targetTag: STAGING_TAG,
      previousDigest: null,
      actor: 'octocat'
    })
    const pr = lab.github.pulls.find(p => p.head.ref === 'adopt/production/acme-app')!
    expect(pr.base.ref).toBe('main')
    const production = JSON.parse(
      (await lab.git.readFile(
        REPO,
        'adopt/production/acme-app',
        `.promotions/production/${ids[2]}.json`
      ))!
    )
    expect(production).toMatchObject({
      kind: 'adopted',
      digest: old.digest,
      targetTag: PROD_OLD_TAG
    })
  })

  it('changes nothing when adopt runs again', async () => {
    const main = await lab.git.log(REPO, 'main')
    const branch = await lab.git.log(REPO, 'adopt/production/acme-app')
    const pulls = lab.github.pulls.length
    const result = await action({ command: 'adopt' })
    expect(result.errors).toEqual([])
    expect(result.outputs.changed).toBe('false')
    expect(await lab.git.log(REPO, 'main')).toEqual(main)
    expect(await lab.git.log(REPO, 'adopt/production/acme-app')).toEqual(branch)
    expect(lab.github.pulls.length).toBe(pulls)
  })

  it('shows the adoption in status', async () => {
    const result = await runCli(
      ['status', '--environment', 'staging', '--image', image, '--gitops-repository', REPO],
      { env: { ...labEnv(lab), DIGEST_PROMOTE_GITOPS_TOKEN: lab.git.token ?? '' } }
    )
    expect(result.stderr).not.toMatch(/^error/m)
    expect(result.stdout).toMatch(/moved by: +adopted \S+ by octocat\b/)
    expect(result.stdout).not.toContain('no promotion of')
  })

  it('lets the first production promotion pass the ordering gate', async () => {
    const result = await promote('staging', 'production')
    expect(result.errors).toEqual([])
    expect(result.outputs.changed).toBe('true')
    expect(result.outputs['previous-digest']).toBe(old.digest)
  })

  it('refuses, with one line each, an environment whose tag moved or whose digest is gone, writing nothing for it', async () => {
    const repo = 'acme/adopt-refused'
    await lab.git.createRepo(
      repo,
      gitopsRepo(image, {
        dev: { tag: DEV_TAG, digest: built.digest },
        staging: { tag: PROD_OLD_TAG, digest: built.digest },
        production: { tag: PROD_OLD_TAG, digest: MISSING }
      })
    )
    const before = await lab.git.log(repo, 'main')
    const pulls = lab.github.pulls.length
    const result = await action({ command: 'adopt', environment: 'staging,production' }, repo)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      `staging: ${image}:${PROD_OLD_TAG}, which clusters/staging names, resolves to ${old.digest}, not the pinned ${built.digest}; make the tag and the digest in clusters/staging agree, then adopt again`,
      `production: ${image}@${MISSING}, which clusters/production pins, does not exist in the registry; pin a digest that exists, then adopt again`,
      'adopt refused 2 of 2 environments (staging, production); fix what each line says, then adopt again'
    ])
    expect(await lab.git.log(repo, 'main')).toEqual(before)
    expect(lab.github.pulls.length).toBe(pulls)
  })
})
