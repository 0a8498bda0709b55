import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../harness/action-runner.js'
import { pushImage } from '../harness/images.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'

describe('tools through the built CLI', () => {
  let dir: string
  let registry: TestRegistry

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dp-tools-'))
    registry = await startRegistry()
  })
  afterAll(async () => {
    await registry?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('select-tag picks the newest develop build with the seed policy, and explains', async () => {
    const tags = [
      'develop-v1.2.3-abc1234-1700000100',
      'develop-v1.2.4-def5678-1700000200',
      'main-v1.0.0-aaa1111-1800000000',
      'latest'
    ]
    await writeFile(path.join(dir, 'tags.txt'), tags.join('\n'))
    const args = [
      'select-tag',
      '--tags-file',
      'tags.txt',
      '--numerical',
      'asc',
      '--pattern',
      '^develop-v.*-(?P<ts>[0-9]+)$',
      '--extract',
      '$ts'
    ]
    const result = await runCli(args, { cwd: dir })
    expect(result).toMatchObject({ exitCode: 0, stdout: 'develop-v1.2.4-def5678-1700000200\n' })
    const explained = await runCli([...args, '--explain'], { cwd: dir })
    expect(explained.stdout).toMatch(/latest.*filtered out/)
  })

  it('select-tag exits 1 and says why when nothing matches', async () => {
    await writeFile(path.join(dir, 'none.txt'), 'v1.0.0\nv1.1.0\n')
    const result = await runCli(
      [
        'select-tag',
        '--tags-file',
        'none.txt',
        '--numerical',
        'asc',
        '--pattern',
        '^develop-v.*-(?P<ts>[0-9]+)$',
        '--extract',
        '$ts'
      ],
      { cwd: dir }
    )
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(
      /^error: no tag matched the filter \^develop-v\.\*-\(\?P<ts>\[0-9\]\+\)\$ among 2 tags/
    )
  })

  it('select-tag lists tags from the registry with semver ranges ignoring pre-releases', async () => {
    for (const tag of ['1.1.0', '1.2.0', '1.5.0-rc.1', '1.9.9', '2.0.0'])
      await pushImage(registry, 'semver/app', tag, { seed: tag })
    const result = await runCli([
      'select-tag',
      '--image',
      `${registry.host}/semver/app`,
      '--semver',
      '>=1.2.0 <2.0.0',
      '--json'
    ])
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ tag: '1.9.9' })
  })

  it('set-image edits a kustomization keeping comments and quoting', async () => {
    const env = path.join(dir, 'clusters', 'prod')
    await mkdir(env, { recursive: true })
    await writeFile(
      path.join(env, 'kustomization.yaml'),
      'resources: [deploy.yaml]\nimages:\n  # pinned by digest-promote\n  - name: app\n    newTag: "1.0"\n'
    )
    const digest = `sha256:${'a'.repeat(64)}`
    const result = await runCli(
      ['set-image', 'clusters/prod', `app=ghcr.io/acme/app:2.0@${digest}`],
      { cwd: dir }
    )
    expect(result.exitCode).toBe(0)
    expect(await readFile(path.join(env, 'kustomization.yaml'), 'utf8')).toBe(
      `resources: [deploy.yaml]\nimages:\n  # pinned by digest-promote\n  - name: app\n    newTag: "2.0"\n    newName: ghcr.io/acme/app\n    digest: ${digest}\n`
    )
  })

  it('set-values writes Helm values by key path, bytes kept, and refuses a missing path', async () => {
    const env = path.join(dir, 'clusters', 'helm')
    await mkdir(env, { recursive: true })
    const values =
      '# prod\r\nimage:\r\n  repository: ghcr.io/acme/app # app\r\n  tag: "1.0"\r\n  digest: ""\r\n'
    await writeFile(path.join(env, 'values.yaml'), values)
    const digest = `sha256:${'c'.repeat(64)}`
    const result = await runCli(
      ['set-values', 'clusters/helm/values.yaml', 'image.tag=2.0', `image.digest=${digest}`],
      { cwd: dir }
    )
    expect(result).toMatchObject({ exitCode: 0 })
    expect(result.stdout).toBe(
      `clusters/helm/values.yaml:4: image.tag: 1.0 -> 2.0\nclusters/helm/values.yaml:5: image.digest:  -> ${digest}\n`
    )
    const written = values.replace('"1.0"', '"2.0"').replace('digest: ""', `digest: "${digest}"`)
    expect(await readFile(path.join(env, 'values.yaml'), 'utf8')).toBe(written)
    const missing = await runCli(
      ['set-values', 'clusters/helm/values.yaml', 'image.pullPolicy=Always'],
      { cwd: dir }
    )
    expect(missing.exitCode).toBe(2)
    expect(missing.stderr).toBe(
      "error: input 'values': clusters/helm/values.yaml: key path 'image.pullPolicy' not found (image.pullPolicy is missing); add it to the file, or pass --create-missing\n"
    )
    expect(await readFile(path.join(env, 'values.yaml'), 'utf8')).toBe(written)
    const created = await runCli(
      ['set-values', 'clusters/helm/values.yaml', 'image.pullPolicy=Always', '--create-missing'],
      { cwd: dir }
    )
    expect(created.exitCode).toBe(0)
    expect(await readFile(path.join(env, 'values.yaml'), 'utf8')).toBe(
      written + '  pullPolicy: Always\r\n'
    )
  })

  it('set-values --values-kind/--values-name edits values inside a HelmRelease and Argo CD parameters', async () => {
    const env = path.join(dir, 'clusters', 'objects')
    await mkdir(env, { recursive: true })
    const other =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  image: {tag: "1.0"}\n'
    const release =
      'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: app\nspec:\n  values:\n    image:\n      tag: "1.0" # kept\n'
    await writeFile(path.join(env, 'release.yaml'), `${other}---\n${release}`)
    const result = await runCli(
      [
        'set-values',
        'clusters/objects/release.yaml',
        'image.tag=2.0',
        '--values-kind',
        'helmrelease',
        '--values-name',
        'app'
      ],
      { cwd: dir }
    )
    expect(result).toMatchObject({
      exitCode: 0,
      stdout: 'clusters/objects/release.yaml:15: image.tag: 1.0 -> 2.0\n'
    })
    expect(await readFile(path.join(env, 'release.yaml'), 'utf8')).toBe(
      `${other}---\n${release.replace('"1.0"', '"2.0"')}`
    )
    const wrongName = await runCli(
      [
        'set-values',
        'clusters/objects/release.yaml',
        'image.tag=3.0',
        '--values-kind',
        'helmrelease',
        '--values-name',
        'web'
      ],
      { cwd: dir }
    )
    expect(wrongName).toMatchObject({
      exitCode: 2,
      stderr:
        "error: input 'file': clusters/objects/release.yaml: no HelmRelease (helm.toolkit.fluxcd.io) named 'web'; check --values-kind, --values-name and the key paths against the file\n"
    })
    const noName = await runCli(
      [
        'set-values',
        'clusters/objects/release.yaml',
        'image.tag=3.0',
        '--values-kind',
        'application'
      ],
      { cwd: dir }
    )
    expect(noName).toMatchObject({ exitCode: 2 })
    expect(noName.stderr).toMatch(
      /^error: input 'values-name': required with --values-kind application; /
    )

    const source =
      'helm:\n  parameters:\n  - name: image.name\n    value: ghcr.io/acme/app\n    forcestring: true\n  - name: image.tag\n    value: "1.0"\n    forcestring: true\n'
    await writeFile(path.join(env, '.argocd-source-app.yaml'), source)
    const params = await runCli(
      [
        'set-values',
        'clusters/objects/.argocd-source-app.yaml',
        'image.tag=2.0',
        '--values-kind',
        'argocd-source'
      ],
      { cwd: dir }
    )
    expect(params).toMatchObject({ exitCode: 0 })
    expect(await readFile(path.join(env, '.argocd-source-app.yaml'), 'utf8')).toBe(
      source.replace('"1.0"', '"2.0"')
    )
  })

  it('set-markers rewrites a Flux marker and refuses a directory outside the workspace', async () => {
    await writeFile(
      path.join(dir, 'clusters', 'prod', 'deploy.yaml'),
      'spec:\n  image: ghcr.io/acme/app:1.0 # {"$imagepolicy": "flux-system:app"}\n'
    )
    const digest = `sha256:${'b'.repeat(64)}`
    const result = await runCli(
      [
        'set-markers',
        'clusters/prod',
        '--policy',
        `flux-system:app=ghcr.io/acme/app:2.0@${digest}`
      ],
      { cwd: dir }
    )
    expect(result.exitCode).toBe(0)
    expect(await readFile(path.join(dir, 'clusters', 'prod', 'deploy.yaml'), 'utf8')).toBe(
      `spec:\n  image: ghcr.io/acme/app:2.0@${digest} # {"$imagepolicy": "flux-system:app"}\n`
    )
    // As Flux's setter reads go-yaml's comments: an item of a flow sequence over several lines,
    // and a value below its key with the marker above it; a one-line flow sequence's comment is not
    // an item's.
    const flow = [
      'images: [',
      '  ghcr.io/acme/app:1.0, # {"$imagepolicy": "flux-system:app"}',
      '  ghcr.io/acme/other:1.0',
      ']',
      'spec:',
      '  image:',
      '    # {"$imagepolicy": "flux-system:app:tag"}',
      '    "1.0"',
      'pinned: [ghcr.io/acme/app:1.0] # {"$imagepolicy": "flux-system:app"}',
      ''
    ].join('\n')
    await mkdir(path.join(dir, 'clusters', 'flow'), { recursive: true })
    await writeFile(path.join(dir, 'clusters', 'flow', 'flow.yaml'), flow)
    const flowResult = await runCli(
      [
        'set-markers',
        'clusters/flow',
        '--policy',
        `flux-system:app=ghcr.io/acme/app:2.0@${digest}`
      ],
      { cwd: dir }
    )
    expect(flowResult.exitCode).toBe(0)
    expect(await readFile(path.join(dir, 'clusters', 'flow', 'flow.yaml'), 'utf8')).toBe(
      flow.replace('app:1.0,', `app:2.0@${digest},`).replace('"1.0"', '"2.0"')
    )
    const outside = await runCli(
      ['set-markers', '../', '--policy', `flux-system:app=ghcr.io/acme/app:2.0`],
      { cwd: dir }
    )
    expect(outside.exitCode).toBe(2)
    expect(outside.stderr).toMatch(/^error: input 'path': path '\.\.\/' is outside /)
  })
})
