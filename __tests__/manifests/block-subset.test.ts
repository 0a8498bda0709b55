import { describe, expect, it } from 'vitest'
import { subsetMarkerSites } from '../../src/manifests/block-subset.js'
import { parsedMarkerSites } from '../../src/manifests/setters.js'
import { ManifestParseError } from '../../src/manifests/yaml-splice.js'

/** A small seeded generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const KEYS = [
  'image',
  'name',
  'newTag',
  'tag',
  'app',
  'spec',
  'a.b/c',
  'true',
  'True',
  'x-1',
  'image'
]
const VALUES = [
  'ghcr.io/acme/app:v1.2.3',
  'ghcr.io/acme/app@sha256:' + 'ab'.repeat(32),
  '"ghcr.io/acme/app:v1"',
  "'v1.2.3'",
  '"1234"',
  '1234',
  'null',
  '~',
  'a:b',
  '[{ containerPort: 8080 }]',
  '[a, "b", \'c\']',
  '{ a: 1, b: [x, y], }',
  '[]',
  '{}'
]
/** Values outside the subset, or at its edge. */
const ODD_VALUES = [
  '[a, {b]',
  '{ a: 1, a: 2 }',
  '{ True: 1, true: 2 }',
  '{a:1}',
  '[a: b]',
  '[a:b, c]',
  '[a] b',
  '[[[[[[[[[[a]]]]]]]]]]',
  '{ a: 1 }}',
  'a: b',
  'a#b',
  '"a # b"',
  "'it''s'",
  '"\\u0041"',
  '[a, b]',
  '{a: b}',
  '|',
  '&anchor v',
  '*anchor',
  '!!str v',
  'key:',
  '-1',
  ''
]
const COMMENTS = [
  '# {"$imagepolicy": "flux-system:app"}',
  '# {"$imagepolicy": "flux-system:app:tag"}',
  '# {"$imagepolicy": "flux-system:app:digest"}',
  '# a plain comment',
  '#{"$imagepolicy": "ns:p"}',
  '# {"$imagepolicy": ""}',
  '# {"$imagepolicy": "ns:p", "x": null}'
]

/** Random documents per run: about a quarter fall inside the subset. */
const SEEDS = 6000

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
const value = (r: () => number): string => pick(r, r() < 0.1 ? ODD_VALUES : VALUES)

/** A random document near the block subset: mostly well formed, sometimes not. */
function generate(r: () => number): string {
  const lines: string[] = []
  if (r() < 0.2) lines.push('---')
  const emit = (depth: number, indent: number): void => {
    const seq = r() < 0.35
    const n = 1 + Math.floor(r() * 4)
    for (let i = 0; i < n; i++) {
      // Sometimes off by one or two columns.
      const pad = ' '.repeat(Math.max(0, indent + (r() < 0.05 ? pick(r, [-2, -1, 1, 2]) : 0)))
      // One comment line above an entry, sometimes two (then neither is a head comment).
      if (r() < 0.15) lines.push(`${' '.repeat(indent)}${pick(r, COMMENTS)}`)
      if (r() < 0.05) lines.push(`${' '.repeat(indent)}${pick(r, COMMENTS)}`)
      if (r() < 0.05) lines.push(r() < 0.5 ? '' : '   ')
      const comment = r() < 0.4 ? ` ${pick(r, COMMENTS)}` : r() < 0.1 ? '   ' : ''
      const nest = depth < 3 && r() < 0.3
      if (seq) {
        const gap = r() < 0.9 ? ' ' : '   '
        if (r() < 0.4) {
          const key = pick(r, KEYS)
          if (nest) {
            lines.push(`${pad}-${gap}${key}:${comment}`)
            emit(depth + 1, indent + 1 + gap.length + (r() < 0.8 ? 2 : 0))
          } else lines.push(`${pad}-${gap}${key}: ${value(r)}${comment}`)
        } else lines.push(`${pad}-${gap}${value(r)}${comment}`)
      } else {
        const key = pick(r, KEYS)
        if (nest) {
          lines.push(`${pad}${key}:${comment}`)
          emit(depth + 1, indent + (r() < 0.2 ? 0 : 2))
        } else lines.push(`${pad}${key}: ${value(r)}${comment}`)
      }
    }
  }
  emit(0, r() < 0.9 ? 0 : 2)
  return `${lines.join('\n')}${r() < 0.8 ? '\n' : ''}`
}

/** The parser's answer: its sites, or `error` when it refuses the document. */
function parsed(text: string): ReturnType<typeof parsedMarkerSites> | 'error' {
  try {
    return parsedMarkerSites(text, 'doc.yaml', 0)
  } catch (err) {
    if (err instanceof ManifestParseError) return 'error'
    throw err
  }
}

describe('setter markers in the block subset, without a parser', () => {
  it('finds exactly the marked scalars the parser finds, for every document it accepts', () => {
    let accepted = 0
    let marked = 0
    for (let seed = 1; seed <= SEEDS; seed++) {
      const text = generate(random(seed))
      const fast = subsetMarkerSites(text)
      if (fast === undefined) continue
      accepted++
      if (fast.length > 0) marked++
      // Accepted means valid YAML with the same sites.
      expect({ seed, text, sites: parsed(text) }).toEqual({ seed, text, sites: fast })
    }
    // The generator reaches both sides of the subset's edge.
    expect(accepted).toBeGreaterThan(SEEDS / 5)
    expect(accepted).toBeLessThan(SEEDS * 0.9)
    expect(marked).toBeGreaterThan(SEEDS / 20)
  })

  it('reads a Deployment and a kustomization as they are usually written', () => {
    const deployment = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: ghcr.io/acme/app:v1 # {"$imagepolicy": "flux-system:app"}',
      ''
    ].join('\n')
    expect(subsetMarkerSites(deployment)).toEqual([
      {
        start: deployment.indexOf('ghcr.io'),
        end: deployment.indexOf(' #'),
        type: 'PLAIN',
        old: 'ghcr.io/acme/app:v1',
        setter: 'flux-system:app'
      }
    ])
    const kustomization = [
      'images:',
      '- name: ghcr.io/acme/app',
      '  newTag: "v1" # {"$imagepolicy": "flux-system:app:tag"}',
      '  digest: sha256:' + 'ab'.repeat(32),
      'resources:',
      '- deployment.yaml',
      ''
    ].join('\n')
    expect(subsetMarkerSites(kustomization)?.map(s => [s.type, s.old, s.setter])).toEqual([
      ['QUOTE_DOUBLE', 'v1', 'flux-system:app:tag']
    ])
  })

  it('agrees with the parser at the edges of the subset', () => {
    const marker = '# {"$imagepolicy": "ns:p"}'
    for (const text of [
      // Two comment lines above an item are one head comment, which is no setter.
      `list:\n  # a\n  ${marker}\n  - x\n`,
      `list:\n${marker}\n- x\n- y\n`,
      // A line comment wins over the head comment, even when it is not a setter.
      `list:\n  ${marker}\n  - x # plain\n`,
      // A key's own-indentation sequence, then the mapping goes on.
      `a:\n- x ${marker}\n- k: v ${marker}\n  j: w\nb: y ${marker}\n`,
      // Keys and items without values; nulls.
      `a:\nb: ${marker}\nc: null ${marker}\n`,
      `- a:\n    b: c ${marker}\n- 'q' ${marker}\n`,
      // Quoted values keep their style; a digest in a plain value.
      `a: "x" ${marker}\nb: 'y' ${marker}\nc: r@sha256:${'ab'.repeat(32)} ${marker}\n`
    ]) {
      const fast = subsetMarkerSites(text)
      expect(fast, text).toBeDefined()
      expect(fast, text).toEqual(parsed(text))
    }
    // A sequence at a sequence item's indentation is no compact value: the parser's call.
    expect(subsetMarkerSites(`- a\n-\n- b ${marker}\n`)).toBeUndefined()
  })

  it('leaves to the parser what it cannot read line by line', () => {
    for (const text of [
      'a: |\n  image: x # {"$imagepolicy": "ns:p"}\n',
      'a: [x, y] # {"$imagepolicy": "ns:p"}\n',
      'a: x\n  y # {"$imagepolicy": "ns:p"}\n',
      'a: x\na: y # {"$imagepolicy": "ns:p"}\n',
      'a:\tx # {"$imagepolicy": "ns:p"}\n',
      'a: "x\\"y" # {"$imagepolicy": "ns:p"}\n',
      'a: x # {"$imagepolicy": "ns:p"}\r\n',
      'a: x\n---\nb: y # {"$imagepolicy": "ns:p"}\n'
    ]) {
      expect(subsetMarkerSites(text), text).toBeUndefined()
    }
    // However deep a flow collection nests, reading it neither recurses without bound nor throws.
    const deep = `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\nb: x # {"$imagepolicy": "ns:p"}\n`
    expect(subsetMarkerSites(deep)).toBeUndefined()
  })
})
