import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import { runGitOk, type GitServer } from '../harness/git-server.js'
import { gitopsRepo, kustomization } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'
import { signImage, signingKeys, trustInputs } from '../harness/signing.js'

// Staging and production keep the image in Helm values; production only changes through a
// reviewed pull request (OpenAPI-checked GitHub API), for a promotion and for its rollback.
const REPO = 'acme/helm-pr'
const STAGING = 'clusters/staging/values.yaml'
const PRODUCTION = 'clusters/production/values.yaml'
const TAG_A = 'dev-v1.0.0-aaa1111-1700000001'
const TAG_B = 'dev-v1.1.0-bbb2222-1700000002'
const SEED_TAG = 'production-v0.9.0-ccc3333-1690000000'

const promotionYaml = `version: 1
environments:
  - name: dev
    path: clusters/dev
  - name: staging
    path: clusters/staging
    values:
      file: ${STAGING}
  - name: production
    path: clusters/production
    write: pull-request
    requires: [staging]
    values:
      file: ${PRODUCTION}
      repository: deploy.image.repository
      tag: deploy.image.tag
      digest: deploy.image.digest
`

/** Values with a comment and quoting the edits keep; production nests its image one level down. */
function values(image: string, tag: string, digest: string, prefix = ''): string {
  const pad = prefix ? '  ' : ''
  return [
    '# owned by digest-promote: the image tag and digest',
    ...(prefix ? [`${prefix}:`] : []),
    `${pad}image:`,
    `${pad}  repository: ${image}`,
    `${pad}  tag: "${tag}" # readable`,
    `${pad}  digest: ${digest}`,
    'replicaCount: 2',
    ''
  ].join('\n')
}

describe('a Helm values target promoted into production by pull request, and rolled back', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let image: string
  let a: PushedImage
  let b: PushedImage
  let run = 300
  const keys = signingKeys()

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    image = `${registry.host}/acme/app`
    a = await pushImage(registry, 'acme/app', TAG_A, { seed: 'prA' })
    b = await pushImage(registry, 'acme/app', TAG_B, { seed: 'prB' })
    const seed = await pushImage(registry, 'acme/app', SEED_TAG, { seed: 'prSeed' })
    for (const d of [a, b]) await signImage(`${image}@${d.digest}`, keys.privatePem)
    await git.createRepo(REPO, {
      ...gitopsRepo(image, { dev: { tag: TAG_A, digest: a.digest } }),
      'promotion.yaml': promotionYaml,
      'clusters/staging/kustomization.yaml': kustomization(image, undefined),
      'clusters/production/kustomization.yaml': kustomization(image, undefined),
      [STAGING]: values(image, SEED_TAG, seed.digest),
      [PRODUCTION]: values(image, SEED_TAG, seed.digest, 'deploy')
    })
  })
  afterAll(async () => {
    await stopLab({ registry, git, github })
  })

  function action(inputs: Record<string, string>): Promise<ActionResult> {
    run++
    return runAction({
      inputs: {
        image,
        'gitops-repository': REPO,
        'gitops-token': git.token!,
        ...trustInputs(keys.publicPem),
        ...inputs
      },
      env: {
        ...labEnv({ registry, git, github }),
        GITHUB_TOKEN: github.token,
        GITHUB_RUN_ID: String(run)
      }
    })
  }
  const promote = (from: string, to: string) =>
    action({ command: 'promote', 'from-environment': from, 'to-environment': to })
  const read = async (ref: string, file: string) => (await git.readFile(REPO, ref, file))!

  /** The pull request of a result; merging fast-forwards main as a reviewer's merge would. */
  function pullOf(result: ActionResult) {
    expect(result.errors).toEqual([])
    return github.pulls.find(p => p.number === Number(result.outputs['pull-request-number']))!
  }
  async function merge(result: ActionResult): Promise<void> {
    const pr = pullOf(result)
    await runGitOk([
      '--git-dir',
      path.join(git.root, `${REPO}.git`),
      'update-ref',
      'refs/heads/main',
      `refs/heads/${pr.head.ref}`
    ])
    github.mergePull(pr.number)
  }

  it('promotes A dev → staging by commit, then opens a production pull request editing only the values keys', async () => {
    const staged = await promote('dev', 'staging')
    expect(staged.errors).toEqual([])
    expect(await read('main', STAGING)).toBe(
      values(image, 'staging-v1.0.0-aaa1111-1700000001', a.digest)
    )
    const before = await read('main', PRODUCTION)
    const result = await promote('staging', 'production')
    const pr = pullOf(result)
    expect(github.failures).toEqual([])
    expect(pr).toMatchObject({ state: 'open', head: { ref: 'promote/production/acme-app' } })
    expect(pr.title).toBe(`Promote ${image} to production (${a.digest.slice(0, 19)})`)
    expect(await read('main', PRODUCTION)).toBe(before)
    const branch = pr.head.ref
    expect(await read(branch, PRODUCTION)).toBe(
      values(image, 'production-v1.0.0-aaa1111-1700000001', a.digest, 'deploy')
    )
    const event = JSON.parse(
      await read(branch, `.promotions/production/${result.outputs['event-id']}.json`)
    )
    expect(event).toMatchObject({
      kind: 'promotion',
      digest: a.digest,
      pullRequest: { number: pr.number }
    })
    await merge(result)
    const status = await action({ command: 'status', environment: 'production' })
    expect(status.outputs).toMatchObject({ digest: a.digest, drift: 'false' })
  })

  it('moves B through, then rolls production back to A by a pull request on the values file', async () => {
    await git.commitDirect(
      REPO,
      'main',
      { 'clusters/dev/kustomization.yaml': kustomization(image, { tag: TAG_B, digest: b.digest }) },
      'deploy B to dev'
    )
    expect((await promote('dev', 'staging')).errors).toEqual([])
    await merge(await promote('staging', 'production'))
    expect(await read('main', PRODUCTION)).toBe(
      values(image, 'production-v1.1.0-bbb2222-1700000002', b.digest, 'deploy')
    )
    const rollback = await action({ command: 'rollback', environment: 'production' })
    const pr = pullOf(rollback)
    expect(rollback.outputs).toMatchObject({ digest: a.digest, 'previous-digest': b.digest })
    expect(pr).toMatchObject({ state: 'open', head: { ref: 'rollback/production/acme-app' } })
    expect(pr.title).toBe(`Roll back ${image} to production (${a.digest.slice(0, 19)})`)
    expect(await read('main', PRODUCTION)).toContain(b.digest)
    expect(await read(pr.head.ref, PRODUCTION)).toBe(
      values(image, 'production-v1.0.0-aaa1111-1700000001', a.digest, 'deploy')
    )
    await merge(rollback)
    const status = await action({ command: 'status', environment: 'production' })
    expect(status.errors).toEqual([])
    expect(status.outputs).toMatchObject({
      digest: a.digest,
      'previous-digest': b.digest,
      drift: 'false'
    })
  })
})
