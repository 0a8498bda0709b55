import { describe, expect, it } from 'vitest'
import {
  parseConstraints,
  satisfies,
  type Constraints
} from '../../src/policy/masterminds-constraint.js'
import { compareVersions, newVersion, parseFluxVersion } from '../../src/policy/masterminds.js'

function range(r: string): Constraints {
  const c = parseConstraints(r)
  if (typeof c === 'string') throw new Error(c)
  return c
}

describe('parseFluxVersion (fluxcd/pkg/version.ParseVersion)', () => {
  it.each([
    ['1.2.3', '1.2.3', ''],
    ['v1.2.3', '1.2.3', ''],
    ['v2025.02.03-rc.1', '2025.2.3', 'rc.1'],
    ['01.1.1', '1.1.1', ''],
    ['1.2.3+build.7', '1.2.3', ''],
    ['1.2.3-0abc', '1.2.3', '0abc'],
    ['1.2.3-alpha.-1', '1.2.3', 'alpha.-1'],
    // Two dots anywhere pass Flux's check; Masterminds then reads 1.2 with a pre-release.
    ['1.2-rc.1', '1.2.0', 'rc.1']
  ])('accepts %j as %s (pre %j)', (tag, core, pre) => {
    const v = parseFluxVersion(tag)!
    expect(`${v.major}.${v.minor}.${v.patch}`).toBe(core)
    expect(v.pre).toBe(pre)
    expect(v.original).toBe(tag)
  })

  it.each([
    '1.2',
    'v1',
    '1',
    'V1.2.3',
    'latest',
    '1.2.3.4',
    '1.2.beta',
    '1.2.3-beta.01',
    '1.2.3-alpha..1',
    '1.2.3-alpha_beta',
    '9.8.7+meta+meta',
    '1.1.2+.123',
    ' 1.2.3',
    '1.2.3\n',
    '18446744073709551616.0.0'
  ])('rejects %j', tag => {
    expect(parseFluxVersion(tag)).toBeUndefined()
  })

  it('still lets plain Masterminds coerce short versions', () => {
    expect(newVersion('1.2')?.patch).toBe(0n)
    expect(newVersion('v1')?.minor).toBe(0n)
  })
})

describe('compareVersions (Masterminds Version.Compare)', () => {
  it.each([
    ['1.0.0', '1.0.0-rc.1', 1],
    ['1.0.0-rc.1', '1.0.0-rc.2', -1],
    ['1.0.0-rc.2', '1.0.0-rc.10', -1],
    ['1.0.0-rc', '1.0.0-rc.1', -1],
    ['1.0.0-1', '1.0.0-alpha', -1],
    ['1.0.0-beta', '1.0.0-alpha', 1],
    ['1.0.0+a', '1.0.0+b', 0],
    ['v1.0.0', '1.0.0', 0],
    ['01.02.03', '1.2.3', 0],
    ['18446744073709551615.0.0', '18446744073709551614.0.0', 1],
    // Beyond uint64 a numeric identifier compares as text, after all numeric ones.
    ['1.0.0-99999999999999999999', '1.0.0-5', 1]
  ])('%s vs %s -> %d', (a, b, d) => {
    expect(compareVersions(newVersion(a)!, newVersion(b)!)).toBe(d)
  })
})

describe('satisfies (Masterminds Constraints.Check)', () => {
  it.each([
    ['>=1.2.0 <2.0.0', '1.9.9', true],
    ['>=1.2.0 <2.0.0', '2.0.0', false],
    ['>=1.2.0, <2.0.0', '1.2.0', true],
    ['>=1.2.0 <2.0.0', '1.5.0-rc.1', false],
    ['>=1.5.0-0', '1.5.0-rc.1', true],
    // Unlike node-semver, a pre-release comparator admits pre-releases of any version.
    ['>=1.5.0-0', '3.1.0-rc.1', true],
    ['>= 1.0.0-0 <= 2.0.0', '1.0.1-beta', true],
    ['*', '1.2.3', true],
    ['*', '1.2.3-alpha.1', false],
    ['1.x', '1.4.0', true],
    ['1.0.x', '1.1.0', false],
    ['= 2.0', '2.0.0', true],
    ['4.1', '4.1.0', true],
    ['!=4.x', '4.1.0', false],
    ['!=4.x', '5.1.0', true],
    ['!=4.1-alpha', '4.1.0', true],
    ['>1.1', '1.1.9', false],
    ['>1.1', '1.2.0', true],
    ['>11', '11.9.0', false],
    ['<1.x', '1.1.1', false],
    ['<=1.1', '1.1.9', true],
    ['<=1.1.x', '1.2.500', false],
    ['<=2.x', '3.0.0', false],
    ['~1.2.3', '1.2.9', true],
    ['~1.2.3', '1.3.0', false],
    ['~1', '1.9.0', true],
    ['~1.1-alpha', '1.1.1-beta', true],
    ['~*', '2.1.1', true],
    ['~>1.2', '1.2.7', true],
    ['^1.2', '1.9.0', true],
    ['^1.2', '2.0.0', false],
    ['^0.2.3', '0.2.5', true],
    ['^0.2.3', '0.3.0', false],
    ['^0.0.3', '0.0.4', false],
    ['^0.0', '0.0.9', true],
    ['^0', '0.9.0', true],
    ['^0', '1.0.0', false],
    ['1.2 - 1.4.5', '1.4.5', true],
    ['1.2 - 1.4.5', '1.4.6', false],
    ['1.5.0 - 4.5', '3.7.0', true],
    // "1.1-3" is the version 1.1.0-3, not a hyphen range (no spaces around the dash).
    ['1.1-3', '4.3.2', false],
    ['>=1.1 <2 !=1.2.3 || > 3', '4.1.2', true],
    ['>=1.1 <2 !=1.2.3 || > 3', '1.2.3', false],
    ['>= 1.1, <2, != 1.2.3 || >= 3', '3.0.0', true],
    ['1.0.0 - 2.0.0, <=2.0.0', '1.5.0', true],
    ['v1.2.x', 'v1.2.9', true]
  ])('%j admits %s: %s', (r, v, ok) => {
    expect(satisfies(newVersion(v)!, range(r))).toBe(ok)
  })

  it.each([
    ['', 'improper constraint: ""'],
    ['1.0.0p', 'improper constraint: "1.0.0p"'],
    ['>= bar', 'improper constraint: ">= bar"'],
    ['BAR >= 1.2.3', 'improper constraint: "BAR >= 1.2.3"'],
    ['12.3.4.1234', 'improper constraint: "12.3.4.1234"'],
    ['12.3.34~ 1.2.3', 'improper constraint: "12.3.34~ 1.2.3"'],
    ['1x', 'constraint parser error'],
    ['x1', 'constraint parser error'],
    ['-1', 'improper constraint: "-1"'],
    ['v1.2.3-beta.01', 'constraint parser error'],
    ['>=1.0 ||', 'improper constraint: ""']
  ])('rejects %j: %s', (r, message) => {
    expect(parseConstraints(r)).toBe(message)
  })

  it.each(['1.0.x', '^1.0', '=1.0.0', '~1.0', '>=1.0', '>0,<2.0', '3 - 4 || => 3.0, < 4'])(
    'accepts %j',
    r => {
      expect(typeof parseConstraints(r)).toBe('object')
    }
  )
})
