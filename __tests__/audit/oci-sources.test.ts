import { LineCounter, parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import { FindingSink } from '../../src/audit/findings.js'
import { headerOf } from '../../src/audit/image-uses.js'
import { LineMap } from '../../src/audit/nodes.js'
import {
  checkOciSources,
  isOciRepository,
  ociSourceFact,
  type AliasEnvironment
} from '../../src/audit/oci-sources.js'

const PRODUCTION: AliasEnvironment = {
  name: 'production',
  repository: 'ghcr.io/acme/app-manifests',
  tag: 'production',
  protected: true
}

/** An OCIRepository with `spec` given as YAML lines under it. */
function source(spec: string, apiVersion = 'source.toolkit.fluxcd.io/v1'): string {
  return [
    `apiVersion: ${apiVersion}`,
    'kind: OCIRepository',
    'metadata:',
    '  name: app',
    '  namespace: flux-system',
    'spec:',
    '  url: oci://ghcr.io/acme/app-manifests',
    ...spec
      .split('\n')
      .filter(l => l !== '')
      .map(l => `  ${l}`)
  ].join('\n')
}

/** The rule ids and lines `text` gets, against `aliases`, in a protected file or not. */
function check(
  text: string,
  aliases: AliasEnvironment[] = [PRODUCTION],
  protectedFile = false
): Array<[string, string, number]> {
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter })
  const header = headerOf(doc.contents)
  if (!isOciRepository(header)) return []
  const fact = ociSourceFact(doc.contents, header, 'src.yaml', new LineMap(counter))
  const sink = new FindingSink()
  checkOciSources([fact], {
    sink,
    aliases,
    protectedBy: () => (protectedFile ? "protected environment 'prod'" : undefined)
  })
  return sink.list.map(f => [f.rule, f.severity, f.line])
}

describe('DP011: OCIRepository following an ungoverned floating tag', () => {
  it.each([
    ['ref:\n  tag: staging', [['DP011', 'warning', 9]]],
    ['ref:\n  tag: main', [['DP011', 'warning', 9]]],
    ['ref:\n  tag: latest', [['DP011', 'warning', 9]]],
    ['interval: 1m', [['DP011', 'warning', 6]]],
    ['ref: {}', [['DP011', 'warning', 8]]],
    ['ref:\n  tag: v1.2.3', []],
    ['ref:\n  tag: 1.2.3-rc.1', []],
    ['ref:\n  semver: ">=1.0.0 <2.0.0"', []],
    [`ref:\n  tag: staging\n  digest: sha256:${'a'.repeat(64)}`, []],
    [`ref:\n  digest: sha256:${'a'.repeat(64)}`, []]
  ])('%j', (spec, expected) => {
    expect(check(source(spec))).toEqual(expected)
  })

  it('is an error in a protected file', () => {
    expect(check(source('ref:\n  tag: staging'), [], true)).toEqual([['DP011', 'error', 9]])
  })

  it('reads every served version of the source API, and only it', () => {
    const spec = 'ref:\n  tag: staging'
    expect(check(source(spec, 'source.toolkit.fluxcd.io/v1beta2'))).toHaveLength(1)
    expect(check(source(spec, 'example.com/v1'))).toEqual([])
  })

  it('needs both the repository and the tag of an alias to call a tag governed', () => {
    const other = { ...PRODUCTION, repository: 'ghcr.io/acme/other' }
    const spec = 'ref:\n  tag: production\nverify:\n  provider: cosign'
    expect(check(source(spec))).toEqual([])
    expect(check(source(spec), [other])).toEqual([['DP011', 'warning', 9]])
    expect(check(source('ref:\n  tag: staging'))).toEqual([['DP011', 'warning', 9]])
  })
})

describe('DP012: protected alias source without cosign verification', () => {
  it.each([
    ['ref:\n  tag: production', true, [['DP012', 'error', 6]]],
    ['ref:\n  tag: production\nverify:\n  provider: notation', true, [['DP012', 'error', 10]]],
    ['ref:\n  tag: production\nverify:\n  provider: cosign', true, []],
    ['ref:\n  tag: production\nverify:\n  secretRef: {name: pub}', true, []],
    ['ref:\n  tag: production', false, []]
  ])('%j protected=%s', (spec, isProtected, expected) => {
    expect(check(source(spec), [{ ...PRODUCTION, protected: isProtected }])).toEqual(expected)
  })
})
