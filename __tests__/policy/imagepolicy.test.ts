import { describe, expect, it } from 'vitest'
import { InvalidPatternError } from '../../src/policy/go-regexp.js'
import { parseImagePolicyYaml } from '../../src/policy/imagepolicy.js'
import { InvalidPolicyError } from '../../src/policy/select.js'

function manifest(spec: string, apiVersion = 'image.toolkit.fluxcd.io/v1', name = 'app'): string {
  const indented = spec
    .trim()
    .split('\n')
    .map(l => `  ${l}`)
    .join('\n')
  return `apiVersion: ${apiVersion}
kind: ImagePolicy
metadata:
  name: ${name}
  namespace: flux-system
spec:
  imageRepositoryRef:
    name: app
${indented}
`
}

describe('parseImagePolicyYaml', () => {
  it('reads a v1 semver policy', () => {
    const p = parseImagePolicyYaml(manifest("policy:\n  semver:\n    range: '>=1.0.0 <2.0.0'"))
    expect(p).toEqual({
      apiVersion: 'image.toolkit.fluxcd.io/v1',
      name: 'app',
      namespace: 'flux-system',
      imageRepositoryRef: { name: 'app' },
      semver: { range: '>=1.0.0 <2.0.0' }
    })
  })

  it('reads a v1beta2 numerical policy with a filter, defaulting the order to asc', () => {
    const spec = `
filterTags:
  pattern: '^develop-v.*-(?P<ts>[0-9]+)$'
  extract: '$ts'
policy:
  numerical: {}`
    const p = parseImagePolicyYaml(manifest(spec, 'image.toolkit.fluxcd.io/v1beta2'))
    expect(p.numerical).toEqual({ order: 'asc' })
    expect(p.filterTags).toEqual({ pattern: '^develop-v.*-(?P<ts>[0-9]+)$', extract: '$ts' })
    expect(p.apiVersion).toBe('image.toolkit.fluxcd.io/v1beta2')
  })

  it('picks the ImagePolicy out of a multi-document file', () => {
    const text = `apiVersion: image.toolkit.fluxcd.io/v1
kind: ImageRepository
metadata: {name: app}
spec: {image: ghcr.io/acme/app}
---
${manifest('policy:\n  alphabetical:\n    order: desc')}---
apiVersion: v1
kind: ConfigMap
metadata: {name: x}
`
    const p = parseImagePolicyYaml(text)
    expect(p.alphabetical).toEqual({ order: 'desc' })
  })

  it('chooses among several ImagePolicies by name', () => {
    const text = `${manifest('policy:\n  numerical: {}', undefined, 'a')}---\n${manifest(
      'policy:\n  alphabetical: {}',
      undefined,
      'b'
    )}`
    expect(parseImagePolicyYaml(text, 'b').alphabetical).toEqual({ order: 'asc' })
    expect(() => parseImagePolicyYaml(text)).toThrow(
      'found 2 ImagePolicies (a, b); name the one to use'
    )
  })

  it('keeps the repository reference namespace', () => {
    const text = manifest('policy:\n  numerical: {}').replace(
      '    name: app\n',
      '    name: app\n    namespace: images\n'
    )
    expect(parseImagePolicyYaml(text).imageRepositoryRef).toEqual({
      name: 'app',
      namespace: 'images'
    })
  })

  it.each([
    [
      'policy: {}',
      'ImagePolicy app: spec.policy sets no policy; set exactly one of semver, numerical, alphabetical'
    ],
    [
      'policy:\n  numerical:',
      'ImagePolicy app: spec.policy sets no policy; set exactly one of semver, numerical, alphabetical (numerical is empty; write numerical: {} for defaults)'
    ],
    [
      "policy:\n  semver: {range: '*'}\n  numerical: {}",
      'ImagePolicy app: spec.policy sets semver and numerical; set exactly one (Flux would silently use semver)'
    ],
    [
      'policy:\n  numerical: {order: ASC}',
      'ImagePolicy app: spec.policy.numerical.order must be asc or desc (lower case: the CRD refuses other cases), got "ASC"'
    ],
    [
      'policy:\n  alphabetical: {order: latest}',
      'ImagePolicy app: spec.policy.alphabetical.order must be asc or desc, got "latest"'
    ],
    ['policy:\n  semver: {}', 'ImagePolicy app: spec.policy.semver.range is required'],
    [
      "policy:\n  semver: {range: '>= bar'}",
      `ImagePolicy app: invalid policy.semver.range '>= bar': improper constraint: ">= bar"`
    ],
    ['policy:\n  semverr: {}', 'ImagePolicy app: spec.policy has unknown field semverr'],
    [
      'filterTag: {pattern: x}\npolicy:\n  numerical: {}',
      'ImagePolicy app: spec has unknown field filterTag'
    ],
    [
      'policy:\n  numerical: {order: 1}',
      'ImagePolicy app: spec.policy.numerical.order must be asc or desc, got 1'
    ],
    ['policy:\n  semver: {range: 1}', 'ImagePolicy app: spec.policy.semver.range must be a string']
  ])('refuses %j', (spec, message) => {
    const attempt = (): unknown => parseImagePolicyYaml(manifest(spec))
    expect(attempt).toThrow(InvalidPolicyError)
    expect(attempt).toThrow(message)
  })

  it.each([
    [
      'kind: ConfigMap\napiVersion: v1\n',
      'no ImagePolicy found in the YAML (expected kind ImagePolicy, apiVersion image.toolkit.fluxcd.io/v1)'
    ],
    ['a: [1', 'invalid ImagePolicy YAML: '],
    [
      manifest('policy:\n  numerical: {}', 'image.toolkit.fluxcd.io/v1beta1'),
      'ImagePolicy app: apiVersion image.toolkit.fluxcd.io/v1beta1 is not supported (use image.toolkit.fluxcd.io/v1 or image.toolkit.fluxcd.io/v1beta2)'
    ]
  ])('refuses documents %#', (text, message) => {
    expect(() => parseImagePolicyYaml(text)).toThrow(message)
  })

  it('refuses a filter pattern Go rejects', () => {
    const text = manifest("filterTags: {pattern: 'a(?=b)'}\npolicy:\n  numerical: {}")
    expect(() => parseImagePolicyYaml(text)).toThrow(InvalidPatternError)
  })

  it('reports YAML errors on one line', () => {
    let message = ''
    try {
      parseImagePolicyYaml('a: [1\nb: 2')
    } catch (err) {
      message = (err as Error).message
    }
    expect(message).toMatch(/^invalid ImagePolicy YAML: /)
    expect(message).not.toContain('\n')
  })
})
