import { describe, expect, it } from 'vitest'
import { applyFilter, requiredPrefix } from '../../src/policy/filter.js'
import { compileGoRegexp } from '../../src/policy/go-regexp.js'
import { selectTag, type ImagePolicySpec, type Selection } from '../../src/policy/select.js'
import { generateTags } from './generate-tags.js'

// The shortcuts select-tag takes without --explain must not change what it selects.
const tags = [
  ...new Set([
    ...generateTags(5_000, 7),
    'develop',
    'develop-',
    'develop-v',
    'develop-v1-2',
    'Develop-v1-2',
    'xdevelop-v1-2',
    'ab',
    'abb',
    'a',
    'b',
    '',
    'a.b',
    'a-b',
    '1.0.0',
    'v1.0.0',
    '1.0.0+b',
    '😀',
    '😀x',
    'x',
    'é1',
    'e1'
  ])
]

describe('requiredPrefix', () => {
  it.each([
    ['^develop-v.*-(?P<ts>[0-9]+)$', 'develop-v'],
    ['\\Amain-[a-f0-9]+', 'main-'],
    ['^ab+', 'ab'],
    ['^ab*', 'a'],
    ['^ab?c', 'a'],
    ['^ab{2}', 'a'],
    ['^a\\.b', 'a.b'],
    ['^(?i)develop', ''],
    ['^develop|^main', ''],
    ['^a[|]b', ''],
    ['develop-v.*', ''],
    ['(?m)^develop', ''],
    ['^é1', ''],
    ['^😀*x', ''],
    ['^x😀*', 'x']
  ])('%s requires %j', (pattern, prefix) => {
    expect(requiredPrefix(pattern)).toBe(prefix)
  })

  it.each([
    '^develop-v.*-(?P<ts>[0-9]+)$',
    '^ab+',
    '^ab*',
    '^a\\.b',
    '^😀*x',
    '^x😀*',
    '^é1',
    '^(?i)develop',
    '^develop|^main',
    '\\Av?1\\.0\\.0',
    '^'
  ])('filtering with %s keeps exactly the tags the pattern matches', pattern => {
    const re = compileGoRegexp(pattern)
    const kept = [...applyFilter(tags, re, '').byValue.values()]
    expect(kept.sort()).toEqual(tags.filter(t => re.test(t)).sort())
  })
})

function omitVerdicts(s: Selection): Partial<Selection> {
  const copy: Partial<Selection> = { ...s }
  delete copy.verdicts
  return copy
}

describe('selectTag without verdicts', () => {
  const policies: ImagePolicySpec[] = [
    {
      numerical: { order: 'asc' },
      filterTags: { pattern: '^develop-v.*-(?P<ts>[0-9]+)$', extract: '$ts' }
    },
    { numerical: { order: 'desc' }, filterTags: { pattern: '-(?P<ts>[0-9]+)$', extract: '$ts' } },
    { numerical: {} },
    { semver: { range: '>=1.2.0 <2.0.0' } },
    { semver: { range: '>=1.0.0' }, filterTags: { pattern: '^v?(?P<v>.*)$', extract: '$v' } },
    { semver: { range: '>=9.0.0' } },
    { alphabetical: { order: 'desc' }, filterTags: { pattern: '^RELEASE\\.' } },
    { alphabetical: {}, filterTags: { pattern: '^nothing-matches' } }
  ]

  it.each(policies.map(p => [JSON.stringify(p), p] as const))(
    '%s selects as with verdicts',
    (_, policy) => {
      const full = selectTag(tags, policy, { explain: true })
      const { verdicts, ...rest } = selectTag(tags, policy, { explain: false })
      expect(verdicts).toEqual([])
      expect(full.verdicts).toHaveLength(tags.length)
      expect(rest).toEqual(omitVerdicts(full))
    }
  )
})
