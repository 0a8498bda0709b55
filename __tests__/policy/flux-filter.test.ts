import { describe, expect, it } from 'vitest'
import { applyFilter, fluxTagOrder } from '../../src/policy/filter.js'
import { compileGoRegexp, InvalidPatternError } from '../../src/policy/go-regexp.js'
import { selectTag } from '../../src/policy/select.js'

// Rows from Flux's own tests of filterTags, fluxcd/image-reflector-controller at commit
// debe2aaa3a98ad3ca69e178638402a5a0feec4a6: `TestRegexFilter` in
// internal/policy/filter_test.go and `TestImagePolicyReconciler_filterTags` in
// internal/controller/policy_test.go, restated here as [label, tags, pattern, extract, values].
const DEBUG_TAGS = [
  '123-123.123.abcd123-debug',
  '123-123.123.abcd123',
  '123-123.123.abcd456-debug',
  '123-123.123.abcd456'
]

describe("Flux's RegexFilter rows", () => {
  it.each([
    ['none', ['a'], '', '', ['a']],
    ['valid pattern', ['ver1', 'ver2', 'ver3', 'rel1'], '^ver', '', ['ver1', 'ver2', 'ver3']],
    [
      'valid pattern with capture group',
      ['ver1', 'ver2', 'ver3', 'rel1'],
      'ver(\\d+)',
      '$1',
      ['1', '2', '3']
    ],
    [
      'complex regex 1',
      DEBUG_TAGS,
      '^(123-[0-9]+\\.[0-9]+\\.[a-z0-9]+-debug)',
      '',
      ['123-123.123.abcd123-debug', '123-123.123.abcd456-debug']
    ],
    [
      'capture group, complex regex 2',
      DEBUG_TAGS,
      '^(?P<tag>123-[0-9]+\\.[0-9]+\\.[a-z0-9]+[^-debug])',
      '$tag',
      ['123-123.123.abcd123', '123-123.123.abcd456']
    ],
    [
      'capture group, complex regex 3',
      DEBUG_TAGS,
      '^(?P<tag>123-[0-9]+\\.[0-9]+\\.[a-z0-9]+$)',
      '$tag',
      ['123-123.123.abcd123', '123-123.123.abcd456']
    ]
  ])('%s', (_label, tags, pattern, extract, values) => {
    const outcome = applyFilter(fluxTagOrder(tags), compileGoRegexp(pattern), extract)
    expect([...outcome.byValue.keys()].sort()).toEqual(values)
  })
})

describe("Flux's ImagePolicy filterTags rows", () => {
  const versions = [
    'test-0.1.0',
    'test-0.1.1',
    'dev-0.2.0',
    '1.0.0',
    '1.0.1',
    '1.0.2',
    '1.1.0-alpha'
  ]

  it('valid regex: semver >=0.x over the extracted version', () => {
    const s = selectTag(versions, {
      semver: { range: '>=0.x' },
      filterTags: { pattern: '^test-(.*)$', extract: '$1' }
    })
    expect(s.tag).toBe('test-0.1.1')
  })

  it('invalid regex: the policy is refused', () => {
    const attempt = (): unknown =>
      selectTag(versions, {
        semver: { range: '>=0.x' },
        filterTags: { pattern: '^test-(.*', extract: '$1' }
      })
    expect(attempt).toThrow(InvalidPatternError)
    expect(attempt).toThrow('invalid Go regexp `^test-(.*`: missing closing ): `^test-(.*`')
  })
})
