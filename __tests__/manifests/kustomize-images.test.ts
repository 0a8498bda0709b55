import { describe, expect, it } from 'vitest'
import {
  ImageArgError,
  parseImageArg,
  setImages,
  type ImageEdit
} from '../../src/manifests/kustomize-images.js'
import { PromoteError } from '../../src/errors.js'

const D = `sha256:${'a'.repeat(64)}`
const D512 = `sha512:${'b'.repeat(128)}`
const APP = 'ghcr.io/acme/app'
const TAG = 'production-v1.2.3-abc1234-1700000000'
const USAGE =
  'expected <name>=<newName>[:<newTag>][@<digest>], <name>:<newTag>[@<digest>] or <name>@<digest>'

describe('parseImageArg', () => {
  // The forms and `*` semantics of `kustomize edit set image`; an omitted field is absent.
  it.each<[string, ImageEdit]>([
    [`${APP}=${APP}:${TAG}@${D}`, { name: APP, newName: APP, newTag: TAG, digest: D }],
    ['app=registry.example.com/app', { name: 'app', newName: 'registry.example.com/app' }],
    ['app=my-app:1.0', { name: 'app', newName: 'my-app', newTag: '1.0' }],
    [`app=my-app@${D}`, { name: 'app', newName: 'my-app', digest: D }],
    ['app:v1', { name: 'app', newTag: 'v1' }],
    [`app@${D}`, { name: 'app', digest: D }],
    [`app:v1@${D}`, { name: 'app', newTag: 'v1', digest: D }],
    [`app@${D512}`, { name: 'app', digest: D512 }],
    ['localhost:5000/app:v1', { name: 'localhost:5000/app', newTag: 'v1' }],
    ['nginx=localhost:5000/my/nginx', { name: 'nginx', newName: 'localhost:5000/my/nginx' }],
    ['localhost:5000/app=other', { name: 'localhost:5000/app', newName: 'other' }],
    ['app=*:v2', { name: 'app', newName: '*', newTag: 'v2' }],
    ['app=my-app:*', { name: 'app', newName: 'my-app', newTag: '*' }],
    ['app:*', { name: 'app', newTag: '*' }],
    [`app=*@${D}`, { name: 'app', newName: '*', digest: D }],
    ['app=my-app@*', { name: 'app', newName: 'my-app', digest: '*' }],
    ['app=*:*@*', { name: 'app', newName: '*', newTag: '*', digest: '*' }],
    ['app=*', { name: 'app', newName: '*' }],
    ['app:_tag.1-x', { name: 'app', newTag: '_tag.1-x' }],
    [`app:${'t'.repeat(128)}`, { name: 'app', newTag: 't'.repeat(128) }]
  ])('%s', (arg, expected) => {
    expect(parseImageArg(arg)).toStrictEqual(expected)
  })

  it.each<[string, string]>([
    ['', "invalid image argument '': it is empty"],
    ['app', `invalid image argument 'app': ${USAGE}`],
    [APP, `invalid image argument '${APP}': ${USAGE}`],
    ['app:bad/tag', `invalid image argument 'app:bad/tag': ${USAGE}`],
    ['app:', "invalid image argument 'app:': empty tag after ':'"],
    ['app@', "invalid image argument 'app@': empty digest after '@'"],
    ['app:v1@', "invalid image argument 'app:v1@': empty digest after '@'"],
    ['=x', "invalid image argument '=x': empty image name"],
    ['app=', "invalid image argument 'app=': empty new name"],
    ['app=:v1', "invalid image argument 'app=:v1': empty new name"],
    ['*:v1', "invalid image argument '*:v1': image name cannot be '*'"],
    // A registry refuses an uppercase repository; kustomize would write it and fail at deploy.
    [
      'ghcr.io/acme/APP:v1',
      "invalid image argument 'ghcr.io/acme/APP:v1': image name 'ghcr.io/acme/APP': repository name must be lowercase"
    ],
    [
      'app=ghcr.io/Acme/app:v1',
      "invalid image argument 'app=ghcr.io/Acme/app:v1': new name 'ghcr.io/Acme/app': repository name must be lowercase"
    ],
    ['*=app:v1', "invalid image argument '*=app:v1': image name cannot be '*'"],
    [
      'app:v1=x',
      "invalid image argument 'app:v1=x': image name 'app:v1' must not carry a tag or digest"
    ],
    [
      `app@${D}=x`,
      `invalid image argument 'app@${D}=x': image name 'app@${D}' must not carry a tag or digest`
    ],
    ['-app:v1', "invalid image argument '-app:v1': image name '-app' is not a valid image name"],
    [
      'app=my-app-:v1',
      "invalid image argument 'app=my-app-:v1': new name 'my-app-' is not a valid image name"
    ],
    ['app=a=b', "invalid image argument 'app=a=b': new name 'a=b' is not a valid image name"],
    ['app: v1', "invalid image argument 'app: v1': it contains whitespace"],
    ['app\n:v1', 'invalid image argument "app\\n:v1": it contains whitespace'],
    [
      'app:-v1',
      "invalid image argument 'app:-v1': tag '-v1' is not a valid tag (1-128 of A-Za-z0-9_.-, not starting with . or -)"
    ],
    [
      'app:v1+x',
      "invalid image argument 'app:v1+x': tag 'v1+x' is not a valid tag (1-128 of A-Za-z0-9_.-, not starting with . or -)"
    ],
    [
      `app:${'t'.repeat(129)}`,
      `invalid image argument 'app:${'t'.repeat(96)}…' (133 characters): tag '${'t'.repeat(100)}…' (129 characters) is not a valid tag (1-128 of A-Za-z0-9_.-, not starting with . or -)`
    ],
    [
      'app@sha256:abc',
      "invalid image argument 'app@sha256:abc': digest 'sha256:abc' is not a valid digest (expected sha256:<64 lowercase hex>)"
    ],
    [
      `app@sha256:${'A'.repeat(64)}`,
      `invalid image argument 'app@sha256:${'A'.repeat(64)}': digest 'sha256:${'A'.repeat(64)}' is not a valid digest (expected sha256:<64 lowercase hex>)`
    ],
    [
      'app@latest',
      "invalid image argument 'app@latest': digest 'latest' is not a valid digest (expected sha256:<64 lowercase hex>)"
    ]
  ])('rejects %j', (arg, message) => {
    let thrown: unknown
    try {
      parseImageArg(arg)
    } catch (err) {
      thrown = err
    }
    expect(thrown).toBeInstanceOf(ImageArgError)
    expect(thrown).toMatchObject({ message, arg, exitCode: 2, name: 'ImageArgError' })
    expect((thrown as Error).message).not.toContain('\n')
  })
})

const set = (source: string, ...args: string[]) =>
  setImages(source, args.map(parseImageArg), { file: 'kustomization.yaml' })

describe('setImages', () => {
  it('moves the next key up when leading fields are removed', () => {
    const source = `images:\n- digest: ${D}\n  newTag: v1 # old\n  name: app\n  newName: x\n`
    const result = set(source, 'app=z')
    expect(result.content).toBe('images:\n- name: app\n  newName: z\n')
    expect(result.changes.map(c => [c.field, c.line, c.new])).toEqual([
      ['newName', 3, 'z'],
      ['newTag', 3, ''],
      ['digest', 2, '']
    ])
  })

  it('removes fields from a flow entry and adds the new ones inside the braces', () => {
    const result = set(`images: [{name: app, newTag: v1, digest: ${D}}]\n`, 'app=new')
    expect(result.content).toBe('images: [{name: app, newName: new}]\n')
  })

  it('removes the last line of a file without a final newline cleanly', () => {
    const result = set(`images:\n- name: app\n  newTag: v1\n  digest: ${D}`, 'app:v2')
    expect(result.content).toBe('images:\n- name: app\n  newTag: v2')
  })

  it('lets the last argument for an image win, as kustomize keys arguments by name', () => {
    const result = set('images:\n- name: app\n  newTag: v1\n', 'app:v2', 'app:v3')
    expect(result.content).toBe('images:\n- name: app\n  newTag: v3\n')
  })

  it('edits every entry with the name', () => {
    const result = set('images:\n- name: app\n  newTag: v1\n- name: app\n  newTag: v0\n', 'app:v2')
    expect(result.content).toBe('images:\n- name: app\n  newTag: v2\n- name: app\n  newTag: v2\n')
  })

  it('fills an empty field after its colon', () => {
    const result = set('images:\n- name: app\n  newTag: v1\n  digest:\n', `app:v1@${D}`)
    expect(result.content).toBe(`images:\n- name: app\n  newTag: v1\n  digest: ${D}\n`)
    expect(result.changes).toEqual([
      { file: 'kustomization.yaml', line: 4, image: 'app', field: 'digest', new: D }
    ])
  })

  it('keeps an empty field apart from the comment after it', () => {
    const result = set('images:\n- name: app\n  digest: # todo\n', `app@${D}`)
    expect(result.content).toBe(`images:\n- name: app\n  digest: ${D} # todo\n`)
  })

  it('leaves the file alone when nothing differs', () => {
    const source = `images:\n  - name: app # c\n    newTag: "v1"\n    digest: '${D}'\n`
    expect(set(source, `app:v1@${D}`)).toEqual({ content: source, changes: [] })
  })

  it('does not append an entry that would set nothing', () => {
    expect(set('images: []\n', 'app=*:*').content).toBe('images: []\n')
  })

  it('adds a list under an empty images key and to an empty flow list', () => {
    expect(set('images: # none yet\nresources:\n  - a.yaml\n', 'app:v1').content).toBe(
      'images: # none yet\n  - name: app\n    newTag: v1\nresources:\n  - a.yaml\n'
    )
    expect(set('images: []\n', 'app:v1').content).toBe('images: [{name: app, newTag: v1}]\n')
  })

  it('writes an images block into an empty file', () => {
    const result = set('', `app@${D}`)
    expect(result.content).toBe(`images:\n- name: app\n  digest: ${D}\n`)
    expect(result.changes).toEqual([
      { file: 'kustomization.yaml', line: 3, image: 'app', field: 'digest', new: D }
    ])
  })

  it.each([
    ['a: [b\n', 'kustomization.yaml:2:1: invalid YAML: Flow sequence in block collection'],
    ['kind: A\n---\nkind: B\n', 'kustomization.yaml:1: a kustomization must be a single YAML'],
    ['- a\n', 'kustomization.yaml:1: not a block mapping'],
    ['kind: K\nimages: app\n', "kustomization.yaml:2: 'images' is not a list"],
    [
      'images:\n- name: app\n  newTag: [v1]\n',
      "kustomization.yaml:3: images entry 'app': newTag must"
    ],
    ['images:\n- name: app\n  newTag: |\n    v1\n', 'kustomization.yaml:3: images entry']
  ])('refuses %j with a one-line error', (source, message) => {
    expect(() => set(source, 'app:v2')).toThrow(PromoteError)
    expect(() => set(source, 'app:v2')).toThrow(message)
  })
})
