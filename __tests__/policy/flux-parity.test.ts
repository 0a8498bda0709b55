/**
 * Flux parity tables: each row names the Go function (repository, commit, file) whose
 * behaviour it pins down. The Go was read at these commits:
 * - fluxcd/image-reflector-controller debe2aaa3a98ad3ca69e178638402a5a0feec4a6
 * - golang/go go1.26 (the Go image-reflector-controller's go.mod asks for), src/regexp/regexp.go
 */
import { describe, expect, it } from 'vitest'
import { expandGoTemplate } from '../../src/policy/go-expand.js'
import { compileGoRegexp } from '../../src/policy/go-regexp.js'
import { parseImagePolicyYaml } from '../../src/policy/imagepolicy.js'
import { goToUpper } from '../../src/policy/order.js'
import { InvalidPolicyError, selectTag, type ImagePolicySpec } from '../../src/policy/select.js'

const IRC = 'image-reflector-controller@debe2aa'
const SEMVER = `${IRC} internal/policy/semver.go (*SemVer).Latest`
const NUMERICAL = `${IRC} internal/policy/numerical.go (*Numerical).Latest`
const ALPHABETICAL = `${IRC} internal/policy/alphabetical.go (*Alphabetical).Latest`
const FILTER = `${IRC} internal/policy/filter.go (*RegexFilter).Apply`
const SORT = `${IRC} internal/controller/imagerepository_controller.go sortTagsAndGetLatestTags`
const FACTORY = `${IRC} internal/policy/factory.go PolicerFromSpec`
const NEW_NUMERICAL = `${IRC} internal/policy/numerical.go NewNumerical`
const NEW_ALPHABETICAL = `${IRC} internal/policy/alphabetical.go NewAlphabetical`
const CRD = `${IRC} api/v1/imagepolicy_types.go NumericalPolicy/AlphabeticalPolicy (enum asc;desc, default asc)`
const EXPAND = 'go1.26 src/regexp/regexp.go (*Regexp).expand'
const EXTRACT = 'go1.26 src/regexp/regexp.go extract'

// Without a filter Flux scans the tags in descending byte order (SORT); with one, in Go map
// order over the extracted values (FILTER, Items), which is random.
describe('ties between tags that parse to the same version or number', () => {
  it.each([
    // SemVer.Latest replaces only on v.GreaterThan(latest): the first one scanned stays.
    [
      `${SEMVER} over ${SORT}`,
      ['1.0.0', 'v1.0.0', '1.0.0+b'],
      { semver: { range: '*' } },
      'v1.0.0'
    ],
    [SEMVER, ['1.0.0+a', '1.0.0+b'], { semver: { range: '>=1.0.0' } }, '1.0.0+b'],
    [SEMVER, ['v2.0.0', '2.0.0', '1.0.0'], { semver: { range: '<3' } }, 'v2.0.0'],
    // Numerical.Latest skips only a strictly worse value: the last one scanned stays.
    [NUMERICAL, ['1', '1.0', '01', '0'], { numerical: { order: 'asc' } }, '01'],
    [NUMERICAL, ['1', '1.0', '01', '2'], { numerical: { order: 'desc' } }, '01'],
    [NUMERICAL, ['10', '1e1', '10.0', '9'], { numerical: { order: 'asc' } }, '10'],
    [NUMERICAL, ['10', '1e1', '10.0', '11'], { numerical: { order: 'desc' } }, '10'],
    [NUMERICAL, ['-0', '0', '+0'], { numerical: {} }, '+0'],
    // NaN is never strictly worse, and nothing is worse than NaN: the scan order decides.
    [NUMERICAL, ['NaN', '1', '2'], { numerical: { order: 'asc' } }, '2'],
    [NUMERICAL, ['inf', 'NaN'], { numerical: { order: 'asc' } }, 'NaN'],
    [NUMERICAL, ['1', 'NaN', '0'], { numerical: { order: 'desc' } }, '0'],
    // Alphabetical.Latest sorts distinct strings (the tag list is a set): no tie can arise.
    [ALPHABETICAL, ['b', 'a', 'b'], { alphabetical: { order: 'asc' } }, 'b'],
    [ALPHABETICAL, ['b', 'a', 'a'], { alphabetical: { order: 'desc' } }, 'a']
  ] as const)('%s: %j %j -> %s', (_source, tags, policy, expected) => {
    const s = selectTag([...tags], policy)
    expect(s.tag).toBe(expected)
    expect(s.warning).toBeUndefined()
  })

  it.each([
    // Two tags extracting the same value: the later assignment to the map wins, and Flux
    // assigns in descending byte order, so the byte-wise smaller tag is kept.
    [FILTER, ['b-7', 'a-7', 'c-6'], { numerical: { order: 'asc' } }, 'a-7'],
    [FILTER, ['b-7', 'a-7', 'c-8'], { numerical: { order: 'desc' } }, 'a-7'],
    [FILTER, ['x-z', 'y-z', 'w-a'], { alphabetical: { order: 'asc' } }, 'x-z'],
    [FILTER, ['x-z', 'y-a', 'w-a'], { alphabetical: { order: 'desc' } }, 'w-a']
  ] as const)('%s: %j %j -> %s', (_source, tags, policy, expected) => {
    const filterTags = { pattern: '-(?P<v>.+)$', extract: '$v' }
    const s = selectTag([...tags], { ...policy, filterTags })
    expect(s.tag).toBe(expected)
    expect(s.warning).toBeUndefined()
  })

  it.each([
    // Different values that compare equal reach Latest in map order: Flux's pick is random.
    [FILTER, ['r-1.0.0', 'r-v1.0.0'], { semver: { range: '*' } }, ['r-v1.0.0', 'r-1.0.0']],
    [FILTER, ['r-1', 'r-01', 'r-0'], { numerical: { order: 'asc' } }, ['r-01', 'r-1']],
    [FILTER, ['r-1', 'r-01', 'r-2'], { numerical: { order: 'desc' } }, ['r-01', 'r-1']]
  ] as const)('%s: %j %j warns that %j tie', (_source, tags, policy, tied) => {
    const filterTags = { pattern: '^r-(?P<v>.+)$', extract: '$v' }
    const s = selectTag([...tags], { ...policy, filterTags })
    expect(s.tag).toBe(tied[0])
    expect(s.warning).toContain(`tags ${tied.join(', ')} tie; Flux scans filtered values`)
  })
})

describe('how the order is normalised before validation', () => {
  const tags = ['1', '3', '2']
  it.each([
    // PolicerFromSpec passes strings.ToUpper(order); NewNumerical takes "" as ASC.
    [FACTORY, 'ASC', '3'],
    [FACTORY, 'Desc', '1'],
    [FACTORY, 'dEsC', '1'],
    [NEW_NUMERICAL, '', '3'],
    [NEW_NUMERICAL, null, '3'],
    // unicode.ToUpper maps U+017F (long s) to S, so Go accepts this spelling of asc.
    [FACTORY, 'a\u017fc', '3']
  ])('%s: numerical order %j -> %s', (_source, order, expected) => {
    const policy = { numerical: { order } } as unknown as ImagePolicySpec
    expect(selectTag(tags, policy).tag).toBe(expected)
  })

  it.each([
    [FACTORY, 'ASC', 'c'],
    [FACTORY, 'DESC', 'a'],
    [NEW_ALPHABETICAL, '', 'c']
  ])('%s: alphabetical order %j -> %s', (_source, order, expected) => {
    const policy = { alphabetical: { order } } as unknown as ImagePolicySpec
    expect(selectTag(['a', 'c', 'b'], policy).tag).toBe(expected)
  })

  it.each([
    [NEW_NUMERICAL, { numerical: { order: 'ascending' } }, '"ascending"'],
    [NEW_ALPHABETICAL, { alphabetical: { order: 'latest' } }, '"latest"'],
    // Go's ToUpper has no multi-letter mappings: "ß" stays, so nothing can grow into DESC.
    [NEW_ALPHABETICAL, { alphabetical: { order: ' asc' } }, '" asc"'],
    [NEW_NUMERICAL, { numerical: { order: 1 } }, '1']
  ])('%s: refuses %j', (_source, policy, shown) => {
    const attempt = (): unknown => selectTag(tags, policy as unknown as ImagePolicySpec)
    expect(attempt).toThrow(InvalidPolicyError)
    expect(attempt).toThrow(`must be asc or desc (any case), got ${shown}`)
  })

  it('upper-cases one code point at a time, as unicode.ToUpper does', () => {
    expect(goToUpper('aſcß')).toBe('ASCß')
  })

  const file = (policy: string): string =>
    [
      'apiVersion: image.toolkit.fluxcd.io/v1',
      'kind: ImagePolicy',
      'metadata: {name: app}',
      'spec:',
      '  imageRepositoryRef: {name: app}',
      `  policy: ${policy}`
    ].join('\n')

  it.each([
    // A file goes through the API server first: a null field is pruned, then defaulted.
    [CRD, '{numerical: {order: null}}', { numerical: { order: 'asc' } }],
    [CRD, '{alphabetical: {order: ~}}', { alphabetical: { order: 'asc' } }],
    [CRD, '{alphabetical: {order: desc}}', { alphabetical: { order: 'desc' } }]
  ])('%s: a file with %s reads as %j', (_source, policy, expected) => {
    expect(parseImagePolicyYaml(file(policy))).toMatchObject(expected)
  })

  it.each([
    // The enum is lower case, so the API server refuses what the controller would take.
    [
      CRD,
      '{numerical: {order: ASC}}',
      'order must be asc or desc (lower case: the CRD refuses other cases), got "ASC"'
    ],
    [CRD, "{numerical: {order: ''}}", 'order must be asc or desc, got ""']
  ])('%s: a file with %s is refused', (_source, policy, message) => {
    expect(() => parseImagePolicyYaml(file(policy))).toThrow(message)
  })
})

describe('extract: names that run into word characters, groups that did not take part', () => {
  const re = compileGoRegexp('^(?P<n>[0-9]+)(?:-(?P<s>[a-z]+))?(x)?_(?P<m>[0-9]+)$')
  const groups = re.findSubmatch('12_34')!
  it.each([
    // extract reads letters, digits and '_' as far as they go: `$n_` names group "n_".
    [EXTRACT, '$n_$m', '34'],
    [EXTRACT, '${n}_$m', '12_34'],
    [EXTRACT, '$n_x', ''],
    [EXTRACT, '$m.$n', '34.12'],
    // `$1_` is the name "1_", not group 1; `${1}_` is group 1.
    [EXTRACT, '$1_', ''],
    [EXTRACT, '${1}_', '12_'],
    // Groups that did not take part expand to nothing, by number or by name.
    [EXPAND, '[$s]', '[]'],
    [EXPAND, '[$2]', '[]'],
    [EXPAND, '[$3]', '[]'],
    [EXPAND, '[${s}]', '[]'],
    // A group the pattern does not have expands to nothing too.
    [EXPAND, '[$9][$zz]', '[][]']
  ])('%s: %j -> %j', (_source, template, expected) => {
    expect(expandGoTemplate(template, groups, re.groupNames)).toBe(expected)
  })

  it(`${FILTER} with ${EXTRACT}: $n_$m compares only $m, so 9_1 beats 1_2 when desc`, () => {
    const filterTags = { pattern: '^v(?P<n>[0-9]+)_(?P<m>[0-9]+)$', extract: '$n_$m' }
    const s = selectTag(['v1_2', 'v9_1'], { numerical: { order: 'desc' }, filterTags })
    expect(s.tag).toBe('v9_1')
    expect(s.verdicts.map(v => v.value)).toEqual(['2', '1'])
  })
})
