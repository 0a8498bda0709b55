import { describe, expect, it } from 'vitest'
import { timeOfEventId } from '../../src/ledger/event-time.js'
import { markedFields, pinMarkers, unpinMarkers, ofPolicy } from '../../src/manifests/pins.js'
import { setMarkers, type PolicyValue } from '../../src/manifests/setters.js'
import { parseDuration } from '../../src/audit/pin-age.js'

const A = `sha256:${'a'.repeat(64)}`
const B = `sha256:${'b'.repeat(64)}`
const EVENT = `20260301T120000Z-production-acme-app-${'a'.repeat(12)}`
// Flux's controller would write this newer image into every live marker of the policy.
const newer = new Map<string, PolicyValue>([
  ['flux-system:app', { name: 'ghcr.io/acme/app', tag: 'v2', digest: B }]
])

const deployment = `spec:
  containers:
    - name: app
      image: ghcr.io/acme/app:v1@${A} # {"$imagepolicy": "flux-system:app"}
    - name: other
      image: ghcr.io/acme/other:v1 # {"$imagepolicy": "flux-system:other"}
`
// The kustomization form of Flux's docs: markers on an images entry's fields.
const kustomization = `images:
  - name: app
    newName: ghcr.io/acme/app # {"$imagepolicy": "flux-system:app:name"}
    newTag: "v1" #{"$imagepolicy":"flux-system:app:tag"}
    digest: ${A} # {"$imagepolicy": "flux-system:app:digest"}
`

describe('rollback pins', () => {
  it.each([
    ['a whole-reference marker', deployment, 1, 1],
    // newName already is the policy's name, so the setter changes the tag and digest.
    ['an images entry with part markers', kustomization, 3, 2]
  ])('pins %s so the Flux setter no longer rewrites it', (_, source, count, rewritten) => {
    const pinned = pinMarkers(source, ofPolicy('flux-system:app'), EVENT, { file: 'f.yaml' })
    expect(pinned.fields).toHaveLength(count)
    const pins = pinned.content.match(
      /#\s*\{"\$imagepolicy-pinned": "flux-system:app(:\w+)?", "event": "([^"]+)"\}/g
    )
    expect(pins).toHaveLength(count)
    expect(pins?.every(p => p.includes(EVENT))).toBe(true)
    // The setter with a newer image: a live marker would change, the pinned ones do not.
    const live = setMarkers(source, newer, { file: 'f.yaml' })
    expect(live.changes).toHaveLength(rewritten)
    const automated = setMarkers(pinned.content, newer, { file: 'f.yaml' })
    expect(automated.changes).toEqual([])
    expect(automated.content).toBe(pinned.content)
    // Another policy's marker in the same file stays live.
    expect(pinned.content.includes('{"$imagepolicy": "flux-system:other"}')).toBe(
      source.includes('flux-system:other')
    )
  })

  it('reads pins back with their event, and unpinning restores live markers', () => {
    const pinned = pinMarkers(kustomization, ofPolicy('flux-system:app'), EVENT, {
      file: 'k.yaml'
    }).content
    expect(markedFields(pinned, 'k.yaml')).toEqual([
      { line: 3, setter: 'flux-system:app:name', value: 'ghcr.io/acme/app', pinnedBy: EVENT },
      { line: 4, setter: 'flux-system:app:tag', value: 'v1', pinnedBy: EVENT },
      { line: 5, setter: 'flux-system:app:digest', value: A, pinnedBy: EVENT }
    ])
    const restored = unpinMarkers(pinned, ofPolicy('flux-system:app'), { file: 'k.yaml' })
    expect(restored.content).toBe(
      kustomization.replace(
        '#{"$imagepolicy":"flux-system:app:tag"}',
        '#{"$imagepolicy": "flux-system:app:tag"}'
      )
    )
    expect(setMarkers(restored.content, newer, { file: 'k.yaml' }).changes).toHaveLength(2)
  })

  it('does not take another policy whose name starts the same', () => {
    const source = `image: x:1 # {"$imagepolicy": "flux-system:app-canary"}\n`
    expect(pinMarkers(source, ofPolicy('flux-system:app'), EVENT, { file: 'f' }).fields).toEqual([])
  })
})

describe('timeOfEventId', () => {
  it.each([
    [EVENT, '2026-03-01T12:00:00.000Z'],
    ['20261331T000000Z-x', undefined],
    ['not-an-id', undefined],
    ['', undefined]
  ])('%s -> %s', (id, time) => {
    expect(timeOfEventId(id)?.toISOString()).toBe(time)
  })
})

describe('parseDuration', () => {
  it.each([
    ['7d', 7 * 86_400_000],
    ['36h', 36 * 3_600_000],
    ['1w2d', 9 * 86_400_000],
    ['0s', 0],
    ['7', undefined],
    ['7 d', undefined],
    ['-1d', undefined],
    ['', undefined]
  ])('%s -> %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })
})
