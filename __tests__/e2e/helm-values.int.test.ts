import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, runCli, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import type { GitServer } from '../harness/git-server.js'
import { gitopsRepo, kustomization } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'

// Production keeps its image in Helm values (as Argo CD and Flux HelmRelease users do), not in
// a kustomization: promote, plan, status and rollback all go through the values target.
const REPO = 'acme/helm-values'
const VALUES = 'clusters/production/values.yaml'
const TAG_A = 'dev-v1.0.0-aaa1111-1700000001'
const TAG_B = 'dev-v1.1.0-bbb2222-1700000002'

const promotionYaml = `version: 1
environments:
  - name: dev
    path: clusters/dev
  - name: staging
    path: clusters/staging
  - name: production
    path: clusters/production
    write: commit
    requires: [staging]
    values:
      file: ${VALUES}
`

/** Helm values with a comment, quoting and CRLF line endings that edits must keep. */
function values(image: string, tag: string, digest: string): string {
  return [
    '# Helm values for production; digest-promote owns image.tag and image.digest',
    'replicaCount: 3',
    'image:',
    `  repository: ${image} # the application`,
    `  tag: "${tag}"`,
    `  digest: '${digest}'`,
    '  pullPolicy: IfNotPresent',
    ''
  ].join('\r\n')
}

describe('a Helm values target through promote, plan, status and rollback', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let image: string
  let a: PushedImage
  let b: PushedImage
  let seed: PushedImage
  let run = 900

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    image = `${registry.host}/acme/app`
    a = await pushImage(registry, 'acme/app', TAG_A, { seed: 'helmA' })
    b = await pushImage(registry, 'acme/app', TAG_B, { seed: 'helmB' })
    seed = await pushImage(registry, 'acme/app', 'production-v0.9.0-ccc3333-1690000000', {
      seed: 'helmSeed'
    })
    await git.createRepo(REPO, {
      ...gitopsRepo(image, {
        dev: { tag: TAG_A, digest: a.digest },
        staging: { tag: 'production-v0.9.0-ccc3333-1690000000', digest: seed.digest }
      }),
      'promotion.yaml': promotionYaml,
      'clusters/production/kustomization.yaml': kustomization(image, undefined),
      [VALUES]: values(image, 'production-v0.9.0-ccc3333-1690000000', seed.digest)
    })
  })
  afterAll(async () => {
    await stopLab({ registry, git, github })
  })

  function action(inputs: Record<string, string>): Promise<ActionResult> {
    run++
    return runAction({
      inputs: { image, 'gitops-repository': REPO, 'gitops-token': git.token!, ...inputs },
      env: { ...labEnv({ registry, git, github }), GITHUB_RUN_ID: String(run) }
    })
  }
  const promote = (from: string, to: string) =>
    action({ command: 'promote', 'from-environment': from, 'to-environment': to })
  const readValues = async () => (await git.readFile(REPO, 'main', VALUES))!

  it('status reads the digest production runs from the values file', async () => {
    const status = await action({ command: 'status', environment: 'production' })
    expect(status.errors).toEqual([])
    expect(status.outputs.digest).toBe(seed.digest)
    expect(status.stdout).toContain(
      `  runs:        ${seed.digest} (production-v0.9.0-ccc3333-1690000000)`
    )
  })

  it('plan shows the values diff and writes nothing', async () => {
    expect((await promote('dev', 'staging')).errors).toEqual([])
    const plan = await runCli(
      [
        'plan',
        '--from-environment',
        'staging',
        '--to-environment',
        'production',
        '--image',
        image,
        '--gitops-repository',
        REPO
      ],
      { env: { ...labEnv({ registry, git, github }), DIGEST_PROMOTE_GITOPS_TOKEN: git.token! } }
    )
    expect(plan.stderr).not.toMatch(/^error/m)
    expect(plan.exitCode).toBe(0)
    expect(plan.stdout).toContain(`--- a/${VALUES}\n+++ b/${VALUES}\n`)
    expect(plan.stdout).toContain(
      `-  tag: "production-v0.9.0-ccc3333-1690000000"\r\n-  digest: '${seed.digest}'\r\n+  tag: "production-v1.0.0-aaa1111-1700000001"\r\n+  digest: '${a.digest}'\r\n`
    )
    expect(await readValues()).toBe(
      values(image, 'production-v0.9.0-ccc3333-1690000000', seed.digest)
    )
  })

  it('promote writes the digest and tag into the values file, every other byte kept', async () => {
    const result = await promote('staging', 'production')
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ digest: a.digest, 'previous-digest': seed.digest })
    expect(await readValues()).toBe(values(image, 'production-v1.0.0-aaa1111-1700000001', a.digest))
    const status = await action({ command: 'status', environment: 'production' })
    expect(status.outputs).toMatchObject({ digest: a.digest, drift: 'false' })
  })

  it('rollback restores the previous digest in the values file, and status reads it back', async () => {
    await git.commitDirect(
      REPO,
      'main',
      { 'clusters/dev/kustomization.yaml': kustomization(image, { tag: TAG_B, digest: b.digest }) },
      'deploy B to dev'
    )
    expect((await promote('dev', 'staging')).errors).toEqual([])
    expect((await promote('staging', 'production')).errors).toEqual([])
    expect(await readValues()).toBe(values(image, 'production-v1.1.0-bbb2222-1700000002', b.digest))
    const rollback = await action({ command: 'rollback', environment: 'production' })
    expect(rollback.errors).toEqual([])
    expect(rollback.outputs).toMatchObject({ digest: a.digest, 'previous-digest': b.digest })
    expect(await readValues()).toBe(values(image, 'production-v1.0.0-aaa1111-1700000001', a.digest))
    const status = await action({ command: 'status', environment: 'production' })
    expect(status.errors).toEqual([])
    expect(status.outputs).toMatchObject({ digest: a.digest, 'previous-digest': b.digest })
  })

  it('a values target whose digest key is missing is refused with one line, nothing written', async () => {
    await git.commitDirect(
      REPO,
      'main',
      {
        [VALUES]: values(image, 'x', a.digest).replace(/ {2}digest: .*\r\n/, ''),
        'clusters/dev/kustomization.yaml': kustomization(image, { tag: TAG_B, digest: b.digest })
      },
      'drop the digest key'
    )
    const before = await readValues()
    const result = await promote('staging', 'production')
    expect(result.errors).toEqual([
      `${VALUES}: key path 'image.digest' not found (image.digest is missing); add the key to the values file, or name the right key path under values: in promotion.yaml`
    ])
    expect(await readValues()).toBe(before)
  })
})
