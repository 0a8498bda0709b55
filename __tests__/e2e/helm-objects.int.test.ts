import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import type { GitServer } from '../harness/git-server.js'
import { kustomization } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'

// Helm values kept inside Kubernetes objects: a Flux HelmRelease's spec.values, an Argo CD
// Application's spec.source.helm.valuesObject and parameters, and argocd-image-updater's
// write-back file, whose format is helm.parameters items of name, value and forcestring
// (argoproj-labs/argocd-image-updater de2cfec67880a232bbdfce81c985796251be242a,
// pkg/argocd/update.go marshalParamsOverride and its tests in pkg/argocd/update_test.go;
// the file name from pkg/common/constants.go DefaultTargetFilePatternWithoutNamespace).
const REPO = 'acme/helm-objects'
const TAG_A = 'dev-v1.0.0-aaa1111-1700000001'
const TAG_B = 'dev-v1.1.0-bbb2222-1700000002'
const SEED = 'seed-v0.9.0-ccc3333-1690000000'
const FILES = {
  hr: 'clusters/hr/release.yaml',
  app: 'clusters/app/application.yaml',
  params: 'clusters/params/application.yaml',
  source: 'clusters/source/.argocd-source-app.yaml'
}

const promotionYaml = `version: 1
environments:
  - name: dev
    path: clusters/dev
  - name: hr
    path: clusters/hr
    values: { file: ${FILES.hr}, kind: helmrelease, name: app }
  - name: app
    path: clusters/app
    values: { file: ${FILES.app}, kind: application, name: app }
  - name: params
    path: clusters/params
    values: { file: ${FILES.params}, kind: application-parameters, name: app }
  - name: source
    path: clusters/source
    values: { file: ${FILES.source}, kind: argocd-source }
  - name: inputs
    path: clusters/inputs
`

/** Two HelmReleases and a ConfigMap in one file; only the one named app is the target. */
function helmRelease(image: string, tag: string, digest: string): string {
  return `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: other # same chart, another release: never touched
spec:
  values:
    image: { repository: ${image}, tag: keep, digest: keep }
---
# the application release
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: app
spec:
  interval: 10m
  values:
    image:
      repository: ${image}
      tag: '${tag}' # readable
      digest: ${digest}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: app
data:
  tag: x
`
}

function application(image: string, tag: string, digest: string): string {
  return `apiVersion: argoproj.io/v1alpha1\r
kind: Application\r
metadata:\r
  name: app\r
spec:\r
  source:\r
    chart: app\r
    helm:\r
      valuesObject:\r
        image:\r
          repository: ${image}\r
          tag: "${tag}"\r
          digest: ${digest}\r
`
}

/** Parameters as argocd-image-updater writes them (image.name, image.tag, forcestring). */
function parameters(image: string, tag: string, digest: string, indent: string): string {
  return [
    `${indent}- name: image.name`,
    `${indent}  value: ${image}`,
    `${indent}  forcestring: true`,
    `${indent}- name: image.tag`,
    `${indent}  value: ${tag}`,
    `${indent}  forcestring: true`,
    `${indent}- name: image.digest`,
    `${indent}  value: ${digest}`,
    `${indent}  forcestring: true`
  ].join('\n')
}

function parametersApp(image: string, tag: string, digest: string): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: app
spec:
  source:
    helm:
      parameters:
${parameters(image, tag, digest, '      ')}
`
}

const argocdSource = (image: string, tag: string, digest: string): string =>
  `helm:\n  parameters:\n${parameters(image, tag, digest, '  ')}\n`

/** A HelmRelease that nests its image under app:, named by action inputs, not promotion.yaml. */
const release = (image: string, tag: string, digest: string): string =>
  `apiVersion: helm.toolkit.fluxcd.io/v2beta2
kind: HelmRelease
metadata:
  name: web
spec:
  values:
    app:
      image: ${image}
      version: ${tag}
      sha: ${digest}
`

describe('Helm values inside HelmRelease and Argo CD objects', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let image: string
  let a: PushedImage
  let b: PushedImage
  let seed: PushedImage
  let run = 500

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    image = `${registry.host}/acme/app`
    a = await pushImage(registry, 'acme/app', TAG_A, { seed: 'objA' })
    b = await pushImage(registry, 'acme/app', TAG_B, { seed: 'objB' })
    seed = await pushImage(registry, 'acme/app', SEED, { seed: 'objSeed' })
    const files: Record<string, string> = {
      'promotion.yaml': promotionYaml,
      'clusters/dev/kustomization.yaml': kustomization(image, { tag: TAG_A, digest: a.digest }),
      'clusters/dev/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
      [FILES.hr]: helmRelease(image, SEED, seed.digest),
      [FILES.app]: application(image, SEED, seed.digest),
      [FILES.params]: parametersApp(image, SEED, seed.digest),
      [FILES.source]: argocdSource(image, SEED, seed.digest),
      'clusters/inputs/kustomization.yaml': 'resources:\n  - release.yaml\n',
      'clusters/inputs/release.yaml': release(image, SEED, seed.digest)
    }
    await git.createRepo(REPO, files)
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
  const read = async (file: string) => (await git.readFile(REPO, 'main', file))!

  it('status reads each environment’s digest from its object', async () => {
    for (const env of ['hr', 'app', 'params', 'source']) {
      const status = await action({ command: 'status', environment: env })
      expect(status.errors).toEqual([])
      expect(status.outputs.digest).toBe(seed.digest)
    }
  })

  it('promote writes only the named object’s values, every other byte kept', async () => {
    const tag = (env: string) => `${env}-v1.0.0-aaa1111-1700000001`
    let from = 'dev'
    for (const env of ['hr', 'app', 'params', 'source'] as const) {
      const result = await promote(from, env)
      expect(result.errors).toEqual([])
      expect(result.outputs).toMatchObject({ digest: a.digest, 'previous-digest': seed.digest })
      from = env
    }
    expect(await read(FILES.hr)).toBe(helmRelease(image, tag('hr'), a.digest))
    expect(await read(FILES.app)).toBe(application(image, tag('app'), a.digest))
    expect(await read(FILES.params)).toBe(parametersApp(image, tag('params'), a.digest))
    expect(await read(FILES.source)).toBe(argocdSource(image, tag('source'), a.digest))
    const status = await action({ command: 'status', environment: 'source' })
    expect(status.outputs).toMatchObject({ digest: a.digest, drift: 'false' })
  })

  it('plan shows the HelmRelease diff; rollback puts the previous digest back into it', async () => {
    await git.commitDirect(
      REPO,
      'main',
      { 'clusters/dev/kustomization.yaml': kustomization(image, { tag: TAG_B, digest: b.digest }) },
      'deploy B to dev'
    )
    const plan = await action({
      command: 'plan',
      'from-environment': 'dev',
      'to-environment': 'hr'
    })
    expect(plan.errors).toEqual([])
    expect(plan.stdout).toContain(`-      digest: ${a.digest}\n`)
    expect(plan.stdout).toContain(`+      digest: ${b.digest}\n`)
    expect((await promote('dev', 'hr')).errors).toEqual([])
    expect(await read(FILES.hr)).toBe(helmRelease(image, 'hr-v1.1.0-bbb2222-1700000002', b.digest))
    const rollback = await action({ command: 'rollback', environment: 'hr' })
    expect(rollback.errors).toEqual([])
    expect(rollback.outputs).toMatchObject({ digest: a.digest, 'previous-digest': b.digest })
    expect(await read(FILES.hr)).toBe(helmRelease(image, 'hr-v1.0.0-aaa1111-1700000001', a.digest))
  })

  it('a missing key path, object or parameter is one line naming the file, nothing written', async () => {
    const cases: Array<[string, string, string]> = [
      [
        FILES.hr,
        helmRelease(image, 'x', a.digest).replace(/ {6}digest: sha256:.*\n/, ''),
        `${FILES.hr}: key path 'image.digest' not found (spec.values.image.digest is missing); add the key to the values file, or name the right key path under values: in promotion.yaml`
      ],
      [
        FILES.hr,
        helmRelease(image, 'x', a.digest).replace('name: app', 'name: web'),
        `${FILES.hr}: no HelmRelease (helm.toolkit.fluxcd.io) named 'app'; check the file, kind and name of the values target`
      ]
    ]
    for (const [file, text, error] of cases) {
      await git.commitDirect(REPO, 'main', { [file]: text }, 'break the target')
      const head = (await git.log(REPO, 'main'))[0].sha
      const result = await promote('dev', 'hr')
      expect(result.errors).toEqual([error])
      expect((await git.log(REPO, 'main'))[0].sha).toBe(head)
    }
    await git.commitDirect(
      REPO,
      'main',
      { [FILES.source]: argocdSource(image, 'x', a.digest).replace('image.digest', 'image.sha') },
      'rename the digest parameter'
    )
    const result = await promote('params', 'source')
    expect(result.errors).toEqual([
      `${FILES.source}: helm.parameters has no parameter named 'image.digest' (parameters are never created); check the file, kind and name of the values target`
    ])
  })

  it('the values-* inputs name a target promotion.yaml lacks, for promote and status', async () => {
    const inputs = {
      'values-file': 'clusters/inputs/release.yaml',
      'values-kind': 'helmrelease',
      'values-name': 'web',
      'values-paths': 'repository=app.image\ntag=app.version\ndigest=app.sha'
    }
    const result = await action({
      command: 'promote',
      'from-environment': 'dev',
      'to-environment': 'inputs',
      ...inputs
    })
    expect(result.errors).toEqual([])
    expect(await read('clusters/inputs/release.yaml')).toBe(
      release(image, 'inputs-v1.1.0-bbb2222-1700000002', b.digest)
    )
    const status = await action({ command: 'status', environment: 'inputs', ...inputs })
    expect(status.outputs).toMatchObject({ digest: b.digest, drift: 'false' })
    const bad = await action({
      command: 'status',
      environment: 'inputs',
      'values-file': 'clusters/inputs/release.yaml',
      'values-kind': 'helmrelease'
    })
    expect(bad.exitCode).not.toBe(0)
    expect(bad.errors).toEqual([
      "input 'values-name': required with values-kind helmrelease; name the object"
    ])
  })
})
