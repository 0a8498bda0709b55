import { describe, expect, it } from 'vitest'
import {
  ValuesPathError,
  getValues,
  parseKeyPath,
  setValues
} from '../../src/manifests/values-paths.js'
import { ManifestParseError } from '../../src/manifests/yaml-splice.js'

const D = `sha256:${'a'.repeat(64)}`
const FILE = 'clusters/prod/values.yaml'

const VALUES = [
  '# Helm values for production',
  'image:',
  '  repository: ghcr.io/acme/app # the image',
  '  tag: "v1.0.0"',
  "  digest: ''",
  'sidecars:',
  '  - name: proxy',
  '    image:',
  '      tag: v3 # pinned by hand',
  'podAnnotations:',
  '  example.com/revision: old',
  'replicas: 2',
  ''
].join('\n')

describe('parseKeyPath', () => {
  it.each<[string, Array<string | number>]>([
    ['image.tag', ['image', 'tag']],
    ['images[0].tag', ['images', 0, 'tag']],
    ['a[1][2]', ['a', 1, 2]],
    ['podAnnotations.example\\.com/revision', ['podAnnotations', 'example.com/revision']],
    ['a\\\\b', ['a\\b']],
    ['a\\[0]', ['a[0]']],
    ['0.1', ['0', '1']]
  ])('%s', (text, segments) => {
    expect(parseKeyPath(text)).toEqual(segments)
  })

  it.each(['', 'a..b', '.a', 'a.', 'a[x]', 'a[01]', 'a[0', '[0]', 'a[0]b', 'a\\b'])(
    'refuses %j',
    text => {
      expect(() => parseKeyPath(text)).toThrow(ValuesPathError)
    }
  )
})

describe('setValues', () => {
  it('splices the values, keeping comments, quoting, order and other bytes', () => {
    const result = setValues(
      VALUES,
      [
        { path: 'image.tag', value: 'v1.1.0' },
        { path: 'image.digest', value: D },
        { path: 'sidecars[0].image.tag', value: 'v4' },
        { path: 'podAnnotations.example\\.com/revision', value: 'new' }
      ],
      { file: FILE }
    )
    expect(result.content).toBe(
      VALUES.replace('"v1.0.0"', '"v1.1.0"')
        .replace("digest: ''", `digest: '${D}'`)
        .replace('tag: v3 #', 'tag: v4 #')
        .replace('revision: old', 'revision: new')
    )
    expect(result.changes).toEqual([
      { file: FILE, line: 4, path: 'image.tag', old: 'v1.0.0', new: 'v1.1.0' },
      { file: FILE, line: 5, path: 'image.digest', old: '', new: D },
      { file: FILE, line: 9, path: 'sidecars[0].image.tag', old: 'v3', new: 'v4' },
      {
        file: FILE,
        line: 11,
        path: 'podAnnotations.example\\.com/revision',
        old: 'old',
        new: 'new'
      }
    ])
    expect(getValues(result.content, FILE, ['image.tag', 'image.digest'])).toEqual(['v1.1.0', D])
  })

  it('keeps CRLF line endings, and fills an empty value', () => {
    const crlf = 'image:\r\n  tag: v1\r\n  digest:\r\n  pullPolicy: Always\r\n'
    const result = setValues(
      crlf,
      [
        { path: 'image.tag', value: 'v2' },
        { path: 'image.digest', value: D }
      ],
      { file: FILE }
    )
    expect(result.content).toBe(`image:\r\n  tag: v2\r\n  digest: ${D}\r\n  pullPolicy: Always\r\n`)
  })

  it('quotes a value YAML would read as a number or boolean', () => {
    const result = setValues('image:\n  tag: v1\n', [{ path: 'image.tag', value: '1.20' }], {
      file: FILE
    })
    expect(result.content).toBe('image:\n  tag: "1.20"\n')
  })

  it('changes nothing when the values are already there', () => {
    const result = setValues(VALUES, [{ path: 'image.tag', value: 'v1.0.0' }], { file: FILE })
    expect(result).toEqual({ content: VALUES, changes: [] })
  })

  it('refuses a missing key path with one line naming the file and the path', () => {
    expect(() =>
      setValues(VALUES, [{ path: 'image.pullPolicy', value: 'x' }], { file: FILE })
    ).toThrow(
      new ValuesPathError(
        `${FILE}: key path 'image.pullPolicy' not found (image.pullPolicy is missing)`
      )
    )
    expect(() =>
      setValues(VALUES, [{ path: 'sidecars[3].tag', value: 'x' }], { file: FILE })
    ).toThrow(`${FILE}: key path 'sidecars[3].tag': sidecars[3]: the list has 1 items`)
    expect(() => setValues(VALUES, [{ path: 'replicas.tag', value: 'x' }], { file: FILE })).toThrow(
      `${FILE}: key path 'replicas.tag': replicas is not a mapping`
    )
    expect(() => setValues(VALUES, [{ path: 'image', value: 'x' }], { file: FILE })).toThrow(
      `${FILE}: key path 'image' holds a block or collection, not a one-line value`
    )
  })

  it('creates missing mapping keys only when asked, in the file style', () => {
    const crlf = 'image:\r\n    repository: ghcr.io/acme/app\r\nreplicas: 2\r\n'
    const result = setValues(
      crlf,
      [
        { path: 'image.digest', value: D },
        { path: 'global.image.tag', value: 'v1' }
      ],
      { file: FILE, createMissing: true }
    )
    expect(result.content).toBe(
      `image:\r\n    repository: ghcr.io/acme/app\r\n    digest: ${D}\r\nreplicas: 2\r\nglobal:\r\n  image:\r\n    tag: v1\r\n`
    )
    expect(result.changes.map(c => [c.path, c.line])).toEqual([
      ['image.digest', 3],
      ['global.image.tag', 7]
    ])
    expect(() =>
      setValues(VALUES, [{ path: 'sidecars[1].tag', value: 'x' }], {
        file: FILE,
        createMissing: true
      })
    ).toThrow(ValuesPathError)
  })

  it('refuses an alias bomb and a multi-document file before writing anything', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 0; i < 6; i++)
      bomb.push(
        `${'bcdefg'[i]}: &${'bcdefg'[i]} [${Array(10)
          .fill(`*${i === 0 ? 'a' : 'bcdefg'[i - 1]}`)
          .join(', ')}]`
      )
    bomb.push('image:\n  tag: v1\n')
    expect(() =>
      setValues(bomb.join('\n'), [{ path: 'image.tag', value: 'v2' }], { file: FILE })
    ).toThrow(ManifestParseError)
    expect(() =>
      setValues('a: 1\n---\nb: 2\n', [{ path: 'a', value: '2' }], { file: FILE })
    ).toThrow(`${FILE}: a values file must be one YAML document`)
  })
})
