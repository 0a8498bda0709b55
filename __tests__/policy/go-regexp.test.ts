import { describe, expect, it } from 'vitest'
import { PromoteError } from '../../src/errors.js'
import { compileGoRegexp, InvalidPatternError } from '../../src/policy/go-regexp.js'

describe('compileGoRegexp: matching like Go', () => {
  it.each([
    // Unanchored, like Go's MatchString / FindStringSubmatch.
    ['rc', 'v1.0.0-rc.1', true],
    ['^v1', 'xv1', false],
    // Go's `.` matches \r (JavaScript's does not), only \n is excluded.
    ['a.b', 'a\rb', true],
    ['a.b', 'a\nb', false],
    ['(?s)a.b', 'a\nb', true],
    // Go's \s has no vertical tab; JavaScript's does.
    ['^\\s$', '\v', false],
    ['^\\s$', '\f', true],
    // Go's $ without (?m) is end of text only.
    ['a$', 'a\n', false],
    ['\\Aa\\z', 'a', true],
    ['(?m)a$', 'a\nb', true],
    ['(?m)^b', 'a\nb', true],
    ['(?m)^b', 'a\rb', false],
    ['(?i)^RELEASE', 'release-1', true],
    // Flags can change mid-pattern in Go.
    ['^a(?i)b$', 'aB', true],
    ['^(?i)a(?-i)b$', 'Ab', true],
    ['^(?i)a(?-i)b$', 'AB', false],
    ['^(?i:a)b$', 'Ab', true],
    ['(?i)[[:^lower:]]', 'a', false],
    ['(?i)[\\W]', '\u212a', false],
    ['[\\W]', '\u212a', true],
    ['^[a-]$', '-', true],
    ['^[a-c-e]$', '-', true],
    ['^[]a]$', ']', true],
    ['^[^]-]$', 'x', true],
    ['^[[:word:]]+$', 'a_1', true],
    ['^[[:alpha:]][[:^digit:]]$', 'ab', true],
    ['^\\pN\\PL$', '1-', true],
    ['^\\p{Greek}+$', 'αβγ', true],
    ['^\\Qa.b*\\E+$', 'a.b**', true],
    ['^\\Qa.b*\\E+$', 'axb*', false],
    ['^a{,3}$', 'a{,3}', true],
    ['^x{2}$', 'xx', true],
    ['^a{2}b{3,}c{4,5}$', 'aabbbbcccc', true],
    ['^\\x41\\x{42}\\103$', 'ABC', true],
    ['^\\#\\_\\-$', '#_-', true],
    ['^\\x{1F600}$', '\u{1F600}', true],
    ['^.$', '\u{1F600}', true],
    ['^*$+', '', true]
  ])('%j on %j -> %s', (pattern, input, matches) => {
    const re = compileGoRegexp(pattern)
    expect(re.test(input)).toBe(matches)
    expect(re.findSubmatch(input) !== null).toBe(matches)
  })

  it('names groups like Go SubexpNames, including repeated names and names starting with a digit', () => {
    const re = compileGoRegexp('(?P<1x>a)(?P<x>b)(c)(?<x>d)')
    expect(re.groupNames).toEqual(['', '1x', 'x', '', 'x'])
    expect(re.findSubmatch('abcd')).toEqual(['abcd', 'a', 'b', 'c', 'd'])
  })

  it('renames repeated names without touching escapes, quotes or classes', () => {
    const re = compileGoRegexp('\\((?P<v>a)[(?P<v>]\\Q(?P<v>\\E|(?P<v>b)')
    expect(re.groupNames).toEqual(['', 'v', 'v'])
    expect(re.findSubmatch('(?P<v>b')).toEqual(['b', undefined, 'b'])
  })

  it('reports unmatched groups as undefined and no match as null', () => {
    const re = compileGoRegexp('^(a)?(b)$')
    expect(re.findSubmatch('b')).toEqual(['b', undefined, 'b'])
    expect(re.findSubmatch('c')).toBeNull()
  })

  it('keeps the last value of a group in a repetition, as Go does', () => {
    expect(compileGoRegexp('^(?:(a)|b)+$').findSubmatch('ab')).toEqual(['ab', 'a'])
  })

  it('finds the leftmost-first match like Go', () => {
    // Go's own example: leftmost-first picks `a` then `bcd`, not the longest `ab` then `cd`.
    expect(compileGoRegexp('(a|ab)(c|bcd)').findSubmatch('xabcd')).toEqual(['abcd', 'a', 'bcd'])
  })
})

describe('compileGoRegexp: refusals with Go messages', () => {
  it.each([
    ['^a\\1', 'invalid Go regexp `^a\\1`: invalid escape sequence: `\\1`'],
    ['a(?=b)', 'invalid Go regexp `a(?=b)`: invalid or unsupported Perl syntax: `(?=`'],
    ['a(?!b)', 'invalid Go regexp `a(?!b)`: invalid or unsupported Perl syntax: `(?!`'],
    ['(?<=a)b', 'invalid Go regexp `(?<=a)b`: invalid named capture: `(?<=a)b`'],
    ['(?P=n)', 'invalid Go regexp `(?P=n)`: invalid or unsupported Perl syntax: `(?P`'],
    ['\\C', 'invalid Go regexp `\\C`: invalid escape sequence: `\\C`'],
    ['\\Z', 'invalid Go regexp `\\Z`: invalid escape sequence: `\\Z`'],
    ['a\\', 'invalid Go regexp `a\\`: trailing backslash at end of expression'],
    ['a**', 'invalid Go regexp `a**`: invalid nested repetition operator: `**`'],
    ['+a', 'invalid Go regexp `+a`: missing argument to repetition operator: `+`'],
    ['a{1001}', 'invalid Go regexp `a{1001}`: invalid repeat count: `{1001}`'],
    ['(a', 'invalid Go regexp `(a`: missing closing ): `(a`'],
    ['a)', 'invalid Go regexp `a)`: unexpected ): `a)`'],
    ['[a', 'invalid Go regexp `[a`: missing closing ]: `[a`'],
    ['[z-a]', 'invalid Go regexp `[z-a]`: invalid character class range: `z-a`'],
    ['[[:foo:]]', 'invalid Go regexp `[[:foo:]]`: invalid character class range: `[:foo:]`'],
    ['(?P<a-b>x)', 'invalid Go regexp `(?P<a-b>x)`: invalid named capture: `(?P<a-b>`'],
    ['(?x)a', 'invalid Go regexp `(?x)a`: invalid or unsupported Perl syntax: `(?x`'],
    // A control character never breaks the line.
    ['a\nb)', 'invalid Go regexp `a\\x0ab)`: unexpected ): `a\\x0ab)`']
  ])('%j', (pattern, message) => {
    const attempt = (): unknown => compileGoRegexp(pattern)
    expect(attempt).toThrow(InvalidPatternError)
    expect(attempt).toThrow(message)
  })

  it('is a PromoteError carrying the pattern and Go description', () => {
    let error: unknown
    try {
      compileGoRegexp('x(?<!y)')
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(PromoteError)
    expect(error).toMatchObject({ pattern: 'x(?<!y)', problem: 'invalid named capture' })
  })

  it('echoes at most 100 characters of a long pattern', () => {
    const pattern = `(${'a'.repeat(10_000)}`
    let message = ''
    try {
      compileGoRegexp(pattern)
    } catch (err) {
      message = (err as Error).message
    }
    expect(message).toMatch(/^invalid Go regexp `\(a{99}…`: missing closing \): `\(a{99}…`$/)
  })
})
