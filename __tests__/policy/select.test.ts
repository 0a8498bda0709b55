import { describe, expect, it } from 'vitest'
import { InvalidPatternError } from '../../src/policy/go-regexp.js'
import { InvalidPolicyError, selectTag, type ImagePolicySpec } from '../../src/policy/select.js'

const DEVELOP = { pattern: '^develop-v.*-(?P<ts>[0-9]+)$', extract: '$ts' }

function verdictOf(tags: string[], policy: ImagePolicySpec, tag: string): unknown {
  return selectTag(tags, policy).verdicts.find(v => v.tag === tag)
}

describe('selectTag: numerical', () => {
  const tags = [
    'develop-v1.2.3-abc1234-1700000000',
    'develop-v1.2.4-def5678-1700000500',
    'develop-v1.10.0-0a1b2c3-1600000000',
    'main-1800000000',
    'latest'
  ]

  it('picks the highest extracted timestamp and returns the original tag', () => {
    const s = selectTag(tags, { numerical: { order: 'asc' }, filterTags: DEVELOP })
    expect(s.tag).toBe('develop-v1.2.4-def5678-1700000500')
    expect(s.considered).toBe(3)
    expect(s.reason).toBeUndefined()
    expect(s.verdicts).toEqual([
      {
        tag: 'develop-v1.2.3-abc1234-1700000000',
        verdict: 'candidate',
        reason: 'lower than 1700000500',
        value: '1700000000'
      },
      {
        tag: 'develop-v1.2.4-def5678-1700000500',
        verdict: 'selected',
        reason: 'highest number',
        value: '1700000500'
      },
      {
        tag: 'develop-v1.10.0-0a1b2c3-1600000000',
        verdict: 'candidate',
        reason: 'lower than 1700000500',
        value: '1600000000'
      },
      { tag: 'main-1800000000', verdict: 'rejected', reason: 'filtered out by pattern' },
      { tag: 'latest', verdict: 'rejected', reason: 'filtered out by pattern' }
    ])
  })

  it.each([
    [['-62', '-88', '73', '72', '15', '16', '15', '29'], 'asc', '73'],
    [['5', '-8', '-78', '25', '70', '-4', '80', '92'], 'desc', '-78'],
    [['47.40896403322944', '-27.8520927455902', '53.47333823144817'], 'asc', '53.47333823144817'],
    [['1606234201', '1606364286', '1606334092'], 'desc', '1606234201'],
    [['1e3', '999', '0x400p0'], 'asc', '0x400p0'],
    [['1'], 'desc', '1'],
    // Flux scans in descending byte order and a tie replaces the current best: "01" is last.
    [['1', '1.0', '01', '0'], 'asc', '01'],
    [['1', '1.0', '01', '2'], 'desc', '01']
  ] as const)('%j %s -> %s', (list, order, expected) => {
    expect(selectTag([...list], { numerical: { order } }).tag).toBe(expected)
  })

  it('defaults to ascending order like the CRD', () => {
    expect(selectTag(['3', '10', '2'], { numerical: {} }).tag).toBe('10')
  })

  it('fails the whole policy on a non-numeric tag, as Flux does', () => {
    const s = selectTag(['10', '20', 'latest'], { numerical: { order: 'asc' } })
    expect(s.tag).toBeUndefined()
    expect(s.reason).toBe(
      "numerical policy failed: 'latest' is not a number (Flux fails the whole policy when any considered tag is not numeric; narrow filterTags.pattern)"
    )
    expect(s.verdicts).toEqual([
      {
        tag: '10',
        verdict: 'candidate',
        reason: 'not compared: the numerical policy failed on a non-numeric tag'
      },
      {
        tag: '20',
        verdict: 'candidate',
        reason: 'not compared: the numerical policy failed on a non-numeric tag'
      },
      { tag: 'latest', verdict: 'rejected', reason: 'not a number' }
    ])
  })

  it('names the tag behind a non-numeric extracted value', () => {
    const s = selectTag(['build-12', 'build-x1'], {
      numerical: {},
      filterTags: { pattern: '^build-(?P<n>.+)$', extract: '$n' }
    })
    expect(s.reason).toMatch(/^numerical policy failed: 'x1' \(tag build-x1\) is not a number/)
  })

  it('treats an out-of-range float as not a number (Go returns ErrRange)', () => {
    expect(selectTag(['1', '1e400'], { numerical: {} }).reason).toMatch(/'1e400' is not a number/)
  })
})

describe('selectTag: semver', () => {
  const tags = ['1.1.0', '1.2.0', '1.5.0-rc.1', '1.9.9', '2.0.0']

  it('picks the highest release in range and leaves pre-releases out', () => {
    const s = selectTag(tags, { semver: { range: '>=1.2.0 <2.0.0' } })
    expect(s.tag).toBe('1.9.9')
    expect(s.verdicts).toEqual([
      { tag: '1.1.0', verdict: 'rejected', reason: 'out of range >=1.2.0 <2.0.0' },
      { tag: '1.2.0', verdict: 'candidate', reason: 'lower than 1.9.9' },
      { tag: '1.5.0-rc.1', verdict: 'rejected', reason: 'pre-release excluded by range' },
      { tag: '1.9.9', verdict: 'selected', reason: 'highest version in range >=1.2.0 <2.0.0' },
      { tag: '2.0.0', verdict: 'rejected', reason: 'out of range >=1.2.0 <2.0.0' }
    ])
  })

  it.each([
    ['>=1.5.0-0', [...tags, '2.1.0-rc.1'], '2.1.0-rc.1'],
    ['>=1.5.0-0 <2.0.0', tags, '1.9.9'],
    ['>=1.5.0-0 <1.9.0', tags, '1.5.0-rc.1'],
    ['^1.x-0', ['1.0.0-rc.1', '1.2.0-rc.2', '2.0.0-rc.1'], '1.2.0-rc.2'],
    ['1.0.x', ['1.0.0', '1.0.0.1', '1.0.0p', '1.0.1', '1.2.0', '0.1.0'], '1.0.1'],
    ['1.0.x', ['v1.2.3', 'v1.0.0', 'v0.1.0'], 'v1.0.0'],
    ['^0.2', ['0.2.1', '0.3.0', '0.2.9'], '0.2.9'],
    ['~1.2', ['1.2.9', '1.3.0'], '1.2.9'],
    ['1.2 - 1.4.5', ['1.4.5', '1.4.6', '1.3.0'], '1.4.5'],
    ['>=1.0.0 || <0.5.0', ['0.4.0', '0.9.0'], '0.4.0'],
    ['>=2025.1.0', ['v2025.02.03', 'v2025.01.15', '2024.12.31'], 'v2025.02.03'],
    // Flux needs two dots; Masterminds then reads 1.3-rc.1 as 1.3.0-rc.1.
    ['>=1.0.0-0', ['1.2', '1.3-rc.1'], '1.3-rc.1']
  ])('%s over %j -> %s', (range, list, expected) => {
    expect(selectTag(list, { semver: { range } }).tag).toBe(expected)
  })

  it('breaks ties between equal versions like Flux: first in descending byte order', () => {
    const s = selectTag(['1.0.0', 'v1.0.0', '1.0.0+b'], { semver: { range: '*' } })
    expect(s.tag).toBe('v1.0.0')
    expect(s.warning).toBeUndefined()
    expect(s.verdicts[0]).toEqual({
      tag: '1.0.0',
      verdict: 'candidate',
      reason: 'same version as v1.0.0, which Flux scans first and keeps'
    })
  })

  it('warns when a filter makes Flux tie-break in Go map order', () => {
    const s = selectTag(['rel-1.0.0', 'rel-v1.0.0'], {
      semver: { range: '>=1.0.0' },
      filterTags: { pattern: '^rel-(?P<v>.*)$', extract: '$v' }
    })
    expect(s.tag).toBe('rel-v1.0.0')
    expect(s.warning).toBe(
      'tags rel-v1.0.0, rel-1.0.0 tie; Flux scans filtered values in Go map order, so it may pick any of them (this tool picks rel-v1.0.0)'
    )
  })

  it('explains an empty result with counts', () => {
    const s = selectTag(['latest', '1.0.0', '3.0.0-rc.1'], { semver: { range: '>=2.0.0' } })
    expect(s.tag).toBeUndefined()
    expect(s.reason).toBe(
      'no tag satisfies semver range >=2.0.0 among 3 tags (1 not semver, 1 out of range, 1 pre-release excluded by range)'
    )
    expect(verdictOf(['latest'], { semver: { range: '*' } }, 'latest')).toEqual({
      tag: 'latest',
      verdict: 'rejected',
      reason: 'not semver'
    })
  })
})

describe('selectTag: alphabetical', () => {
  const rfc3339 = [
    '2021-01-08T21-18-21Z',
    '2020-05-08T21-18-21Z',
    '2021-01-08T19-20-00Z',
    '1990-01-08T00-20-00Z',
    '2023-05-08T00-20-00Z'
  ]

  it.each([
    [rfc3339, 'asc', '2023-05-08T00-20-00Z'],
    [rfc3339, 'desc', '1990-01-08T00-20-00Z'],
    [['16.04', '16.04.1', '16.10', '20.04', '20.10'], 'asc', '20.10'],
    [['xenial', 'yakkety', 'zesty', 'artful', 'bionic'], 'desc', 'artful'],
    // Byte order: upper case before lower case, "B" < "a".
    [['a', 'B'], 'asc', 'a'],
    [['\u{1F600}', '\uFFFD'], 'asc', '\u{1F600}']
  ] as const)('%j %s -> %s', (list, order, expected) => {
    expect(selectTag([...list], { alphabetical: { order } }).tag).toBe(expected)
  })

  it('compares extracted RFC3339 timestamps and returns the tag', () => {
    const s = selectTag(
      ['RELEASE.2023-05-08T00-20-00Z', 'RELEASE.2024-01-02T03-04-05Z', 'nightly'],
      {
        alphabetical: { order: 'asc' },
        filterTags: { pattern: '^RELEASE\\.(?P<timestamp>.*)Z$', extract: '$timestamp' }
      }
    )
    expect(s.tag).toBe('RELEASE.2024-01-02T03-04-05Z')
    expect(s.verdicts[0]).toEqual({
      tag: 'RELEASE.2023-05-08T00-20-00Z',
      verdict: 'candidate',
      reason: 'sorts before 2024-01-02T03-04-05',
      value: '2023-05-08T00-20-00'
    })
  })
})

describe('selectTag: filter', () => {
  it('reports no match with the closest tag to the literal prefix', () => {
    const tags = ['main-1', 'develop-1.2.3', 'develop-v2-abc', 'latest']
    const s = selectTag(tags, { numerical: {}, filterTags: DEVELOP })
    expect(s.tag).toBeUndefined()
    expect(s.considered).toBe(0)
    expect(s.reason).toBe(
      'no tag matched the filter ^develop-v.*-(?P<ts>[0-9]+)$ among 4 tags; closest: develop-v2-abc'
    )
    expect(
      s.verdicts.every(v => v.verdict === 'rejected' && v.reason === 'filtered out by pattern')
    ).toBe(true)
  })

  it('omits the closest tag when nothing shares a prefix', () => {
    const s = selectTag(['x', 'y'], { alphabetical: {}, filterTags: { pattern: 'z' } })
    expect(s.reason).toBe('no tag matched the filter z among 2 tags')
  })

  it('keeps one tag per extracted value, the one Flux stores last', () => {
    // Flux's filter test: both tags extract "123-123.123.abcd123".
    const s = selectTag(
      ['123-123.123.abcd123-debug', '123-123.123.abcd123', '123-123.123.abcd456'],
      {
        alphabetical: { order: 'desc' },
        filterTags: {
          pattern: '^(?P<tag>123-[0-9]+\\.[0-9]+\\.[a-z0-9]+[^-debug])',
          extract: '$tag'
        }
      }
    )
    expect(s.considered).toBe(2)
    expect(s.tag).toBe('123-123.123.abcd123')
    expect(s.verdicts[0]).toEqual({
      tag: '123-123.123.abcd123-debug',
      verdict: 'rejected',
      reason: 'extracts the same value as 123-123.123.abcd123, which Flux keeps',
      value: '123-123.123.abcd123'
    })
  })

  it.each([
    [{ pattern: 'ver(\\d+)', extract: '$1' }, '3'],
    [{ pattern: '^ver' }, 'ver3'],
    [{}, 'ver3'],
    [{ pattern: '(?i)^VER(?P<n>\\d)', extract: 'n=${n}' }, 'n=3']
  ])('filter %j picks from ver1..ver3 and rel9', (filterTags, expectedValue) => {
    const s = selectTag(['ver1', 'ver2', 'ver3', 'rel9'], { alphabetical: {}, filterTags })
    const chosen = s.verdicts.find(v => v.verdict === 'selected')!
    expect(chosen.tag).toBe('ver3')
    expect(chosen.value ?? chosen.tag).toBe(expectedValue)
  })

  it('matches anywhere unless anchored, like Go MatchString', () => {
    expect(
      selectTag(['a-rc1', 'rc2-b'], { alphabetical: {}, filterTags: { pattern: 'rc' } }).considered
    ).toBe(2)
  })
})

describe('selectTag: inputs and invalid specs', () => {
  it('returns a reason for an empty tag list', () => {
    expect(selectTag([], { semver: { range: '*' } })).toEqual({
      considered: 0,
      verdicts: [],
      reason: 'no tags to choose from'
    })
  })

  it('de-duplicates tags', () => {
    const s = selectTag(['1', '1', '2'], { numerical: {} })
    expect(s.verdicts.map(v => v.tag)).toEqual(['1', '2'])
    expect(s.considered).toBe(2)
  })

  it.each([
    [{}, 'policy sets none of semver, numerical, alphabetical; set exactly one'],
    [
      { semver: { range: '*' }, numerical: {} },
      'policy sets semver and numerical; set exactly one (Flux would silently use semver)'
    ],
    [
      { numerical: {}, alphabetical: {} },
      'policy sets alphabetical and numerical; set exactly one (Flux would silently use alphabetical)'
    ],
    [
      { numerical: { order: 'up' } },
      'policy.numerical.order must be asc or desc (any case), got "up"'
    ],
    [
      { semver: { range: '>= bar' } },
      `invalid policy.semver.range '>= bar': improper constraint: ">= bar"`
    ],
    [{ semver: {} }, 'policy.semver.range must be a string']
  ])('refuses %j', (policy, message) => {
    const attempt = (): unknown => selectTag(['1.0.0'], policy as ImagePolicySpec)
    expect(attempt).toThrow(InvalidPolicyError)
    expect(attempt).toThrow(message)
  })

  it('refuses a pattern Go would reject', () => {
    expect(() => selectTag(['a'], { alphabetical: {}, filterTags: { pattern: '(?=a)' } })).toThrow(
      InvalidPatternError
    )
  })

  it('fails fast on a long malformed range (no catastrophic backtracking)', () => {
    const range = `${Array.from({ length: 60 }, () => '>=1').join('    ')} !`
    expect(() => selectTag(['1.0.0'], { semver: { range } })).toThrow(InvalidPolicyError)
  })
})
