import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PromoteError } from '../../src/errors.js'
import { scanDirectory, setMarkers, type PolicyValue } from '../../src/manifests/setters.js'
import { ManifestParseError } from '../../src/manifests/yaml-splice.js'

const D = `sha256:${'c'.repeat(64)}`
const policies = new Map<string, PolicyValue>([
  ['flux-system:app', { name: 'ghcr.io/acme/app', tag: 'v2', digest: D }],
  ['flux-system:tagless', { name: 'ghcr.io/acme/t', digest: D }]
])
const marker = (setter: string) => `# {"$imagepolicy": "${setter}"}`
const run = (source: string) => setMarkers(source, policies, { file: 'f.yaml' })

describe('setMarkers', () => {
  it.each([
    ['a no-space marker', 'image: x #{"$imagepolicy":"flux-system:app"}\n'],
    ['extra leading #', 'image: x ## {"$imagepolicy": "flux-system:app"}\n'],
    ['other string keys', 'image: x # {"note": "n", "$imagepolicy": "flux-system:app"}\n'],
    ['a sequence item', `- x ${marker('flux-system:app')}\n`],
    ['a flow item on its own line', `l: [\n  x ${marker('flux-system:app')}\n]\n`]
  ])('applies %s', (_, source) => {
    expect(run(source).content).toContain(`ghcr.io/acme/app:v2@${D}`)
  })

  it.each([
    ['text after the JSON', 'image: x # {"$imagepolicy": "flux-system:app"} keep\n'],
    ['a non-string value', 'image: x # {"$imagepolicy": "flux-system:app", "n": 1}\n'],
    ['an empty setter', 'image: x # {"$imagepolicy": ""} "$imagepolicy"\n'],
    ['a comment on the next line', `image: x\n${marker('flux-system:app')}\n`],
    ['a comment on a mapping key', `image: ${marker('flux-system:app')}\n  a: b\n`],
    ['a block scalar', `image: | ${marker('flux-system:app')}\n  x\n`]
  ])('ignores %s, as kyaml reads only a JSON line comment on a scalar', (_, source) => {
    const result = run(source)
    expect(result).toMatchObject({ content: source, changes: [], unknownPolicies: [] })
  })

  it('writes name@digest for a whole reference when the policy has no tag', () => {
    expect(run(`i: x ${marker('flux-system:tagless')}\n`).content).toBe(
      `i: ghcr.io/acme/t@${D} ${marker('flux-system:tagless')}\n`
    )
  })

  it('reports unknown setter parts and policies without changing the field', () => {
    const source = `a: x ${marker('flux-system:app:size')}\nb: y ${marker('app')}\n`
    const result = run(source)
    expect(result.content).toBe(source)
    expect(result.skipped).toEqual([
      { line: 1, marker: 'flux-system:app:size', reason: "unknown setter part 'size'" }
    ])
    expect(result.unknownPolicies).toEqual([{ line: 2, policy: 'app', marker: 'app' }])
  })

  it('quotes a plain value that YAML would read as a number', () => {
    const source = `tag: v1 ${marker('flux-system:num:tag')}\n`
    const num = new Map([['flux-system:num', { name: 'n', tag: '1.10' }]])
    expect(setMarkers(source, num, { file: 'f' }).content).toBe(
      `tag: "1.10" ${marker('flux-system:num:tag')}\n`
    )
  })

  it('does not parse a file without the marker token', () => {
    expect(run('{{ template }}: [\n').content).toBe('{{ template }}: [\n')
  })

  it('throws a one-line ManifestParseError for invalid YAML with a marker', () => {
    expect(() => run(`a: [x ${marker('flux-system:app')}\n`)).toThrow(ManifestParseError)
    expect(() => run(`a: "x ${marker('flux-system:app')}\n`)).toThrow(/^f\.yaml:\d+:\d+: [^\n]+$/)
  })

  // A "billion laughs" file was rewritten and handed on to Flux and kustomize, which expand it.
  it('refuses a file with a marker whose aliases expand like a billion laughs', () => {
    const levels = 'abcdefghi'.split('').map((n, i) =>
      i === 0
        ? `${n}: &${n} ["lol","lol","lol"]`
        : `${n}: &${n} [${Array(9)
            .fill(`*${'abcdefghi'[i - 1]}`)
            .join(',')}]`
    )
    const bomb = `image: x ${marker('flux-system:app')}\n${levels.join('\n')}\n`
    expect(() => run(bomb)).toThrow(ManifestParseError)
    expect(() => run(bomb)).toThrow(
      'f.yaml:3:8: refused YAML: its aliases expand past the limit of 100 (an alias bomb)'
    )
  })

  it('still reads anchors and aliases used as intended', () => {
    const source = `base: &env {LOG: debug}\nimage: x ${marker('flux-system:app')}\nother: *env\nmore: *env\n`
    expect(run(source).content).toContain(`image: ghcr.io/acme/app:v2@${D}`)
  })

  it('refuses a file over the size limit', () => {
    const big = `image: x ${marker('flux-system:app')}\n#${'x'.repeat(10 * 1024 * 1024)}\n`
    expect(() => run(big)).toThrow(
      /^f\.yaml:1:1: refused YAML: \d+ bytes is over the 10485760-byte limit$/
    )
  })
})

describe('scanDirectory', () => {
  let root: string
  let outside: string
  const line = `image: x ${marker('flux-system:app')}\n`

  beforeEach(async () => {
    root = await realpath(await mkdtemp(join(tmpdir(), 'setters-root-')))
    outside = await realpath(await mkdtemp(join(tmpdir(), 'setters-out-')))
    await mkdir(join(root, 'apps', '.git'), { recursive: true })
    await writeFile(join(root, 'apps', 'a.yaml'), line)
    await writeFile(join(root, 'apps', 'b.yml'), line)
    await writeFile(join(root, 'apps', 'Kustomization'), line)
    await writeFile(join(root, 'apps', 'c.json'), line)
    await writeFile(join(root, 'apps', '.git', 'HEAD.yaml'), line)
    await writeFile(join(outside, 'secret.yaml'), line)
  })

  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
    await rm(outside, { recursive: true, force: true })
  })

  it('finds .yaml, .yml and Kustomization files, skipping .git and other extensions', async () => {
    const result = await scanDirectory(root, 'apps', policies)
    expect(result.files.map(f => f.path)).toEqual([
      'apps/Kustomization',
      'apps/a.yaml',
      'apps/b.yml'
    ])
    expect(result.files[0]?.changes[0]).toMatchObject({ file: 'apps/Kustomization', line: 1 })
    expect(result.errors).toEqual([])
  })

  it('reads a symlink inside the root once and refuses one that leaves it', async () => {
    await symlink(join(root, 'apps', 'a.yaml'), join(root, 'apps', 'link.yaml'))
    await symlink(join(outside, 'secret.yaml'), join(root, 'apps', 'escape.yaml'))
    await symlink(outside, join(root, 'apps', 'dir-link'))
    const result = await scanDirectory(root, join(root, 'apps'), policies)
    expect(result.files.map(f => f.path)).toEqual([
      'apps/Kustomization',
      'apps/a.yaml',
      'apps/b.yml'
    ])
    expect(result.errors).toEqual([
      {
        file: 'apps/escape.yaml',
        message: 'symlink resolves outside the repository; not followed'
      }
    ])
  })

  it('reports files over the size limit and goes on', async () => {
    const big = `${line}${'#'.repeat(200)}\n`
    await writeFile(join(root, 'apps', 'big.yaml'), big)
    const result = await scanDirectory(root, 'apps', policies, { maxFileBytes: 100 })
    const size = Buffer.byteLength(big)
    expect(result.errors).toEqual([
      { file: 'apps/big.yaml', message: `${size} bytes is over the 100-byte limit` }
    ])
    expect(result.files).toHaveLength(3)
  })

  it('refuses to scan more than maxFiles files or a directory outside the root', async () => {
    await expect(scanDirectory(root, 'apps', policies, { maxFiles: 2 })).rejects.toThrow(
      "more than 2 YAML files under 'apps'; point at a narrower directory"
    )
    await expect(scanDirectory(root, outside, policies)).rejects.toThrow(PromoteError)
    await expect(scanDirectory(root, '..', policies)).rejects.toThrow(/outside the repository/)
  })
})
