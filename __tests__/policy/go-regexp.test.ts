import { describe, expect, it } from 'vitest'
import { PromoteError } from '../../src/errors.js'
import {
  goFindSubmatch,
  translateGoRegexp,
  UnsupportedPatternError
} from '../../src/policy/go-regexp.js'

describe('translateGoRegexp: emitted JavaScript', () => {
  it.each([
    ['^develop-v.*-(?P<ts>[0-9]+)$', '^develop-v[^\\n]*-(?<ts>[0-9]+)$', 'u'],
    ['(?<ts>\\d+)', '(?<ts>[0-9]+)', 'u'],
    ['(?i)^rc', '^rc', 'iu'],
    ['(?is)a.b', 'a[^]b', 'iu'],
    ['(?s).', '[^]', 'u'],
    ['\\Aa\\z', '^a$', 'u'],
    ['[[:alpha:]][[:^digit:]]', '[A-Za-z][\\u{0}-/:-\\u{10ffff}]', 'u'],
    ['\\Qa.b*\\E+', 'a\\.b\\*+', 'u'],
    ['\\pN\\PL\\p{^Lu}\\p{lu}', '\\p{N}\\P{L}\\P{Lu}\\p{Lu}', 'u'],
    ['(?m)^a$', '(?<![^\\n])a(?![^\\n])', 'u'],
    ['(?U)a+b*?c{1,2}', 'a+?b*c{1,2}?', 'u'],
    ['^*$+', '(?:^)*(?:$)+', 'u'],
    ['a(?s)*', 'a*', 'u'],
    ['[]a]', '[\\]a]', 'u'],
    ['[^]-]', '[^\\]\\-]', 'u'],
    ['a{,3}x{01}{', 'a\\{,3\\}x\\{01\\}\\{', 'u'],
    ['\\x41\\x{42}\\103\\0', 'ABC\\u{0}', 'u'],
    ['\\s\\S', '[\\u{9}-\\u{a}\\u{c}-\\u{d} ][^\\u{9}-\\u{a}\\u{c}-\\u{d} ]', 'u'],
    ['\\#\\_\\-', '#_-', 'u'],
    ['a{2}b{3,}c{4,5}', 'a{2}b{3,}c{4,5}', 'u']
  ])('%s -> /%s/%s', (pattern, source, flags) => {
    const re = translateGoRegexp(pattern).regexp
    expect(re.source).toBe(source)
    expect(re.flags).toBe(flags)
  })
})

describe('translateGoRegexp: matching like Go', () => {
  it.each([
    // Unanchored, like Go's MatchString / FindStringSubmatch.
    ['rc', 'v1.0.0-rc.1', true],
    ['^v1', 'xv1', false],
    // Go's `.` matches \r (JavaScript's does not), only \n is excluded.
    ['a.b', 'a\rb', true],
    ['a.b', 'a\nb', false],
    // Go's \s has no vertical tab; JavaScript's does.
    ['^\\s$', '\v', false],
    ['^\\s$', '\f', true],
    // Go's $ without (?m) is end of text only.
    ['a$', 'a\n', false],
    ['(?m)a$', 'a\nb', true],
    ['(?m)^b', 'a\nb', true],
    ['(?m)^b', 'a\rb', false],
    ['(?i)^RELEASE', 'release-1', true],
    ['(?i)[[:^lower:]]', 'a', false],
    ['(?i)[\\W]', '\u212a', false],
    ['[\\W]', '\u212a', true],
    ['^[a-]$', '-', true],
    ['^[a-c-e]$', '-', true],
    ['^[[:word:]]+$', 'a_1', true],
    ['^x{2}$', 'xx', true],
    ['^\\x{1F600}$', '\u{1F600}', true],
    ['^.$', '\u{1F600}', true]
  ])('%j on %j -> %s', (pattern, input, matches) => {
    expect(translateGoRegexp(pattern).regexp.test(input)).toBe(matches)
  })

  it('keeps Go group names, including ones JavaScript cannot spell', () => {
    const re = translateGoRegexp('(?P<1x>a)(?P<x>b)(c)(?<x>d)')
    expect(re.groupNames).toEqual(['', '1x', 'x', '', 'x'])
    expect(re.regexp.source).toBe('(a)(?<x>b)(c)(d)')
    expect(goFindSubmatch(re, 'abcd')).toEqual(['abcd', 'a', 'b', 'c', 'd'])
  })

  it('reports unmatched groups as undefined', () => {
    const re = translateGoRegexp('^(a)?(b)$')
    expect(goFindSubmatch(re, 'b')).toEqual(['b', undefined, 'b'])
    expect(goFindSubmatch(re, 'c')).toBeNull()
  })
})

describe('translateGoRegexp: refusals', () => {
  it.each([
    [
      '^a\\1',
      "invalid Go regexp `^a\\1`: `\\1` at offset 2 (backreferences are not part of Go's RE2 syntax)"
    ],
    [
      'a(?=b)',
      'invalid Go regexp `a(?=b)`: `(?=` at offset 1 (lookahead is not part of RE2 syntax)'
    ],
    [
      'a(?!b)',
      'invalid Go regexp `a(?!b)`: `(?!` at offset 1 (lookahead is not part of RE2 syntax)'
    ],
    [
      '(?<=a)b',
      'invalid Go regexp `(?<=a)b`: `(?<=` at offset 0 (lookbehind is not part of RE2 syntax)'
    ],
    [
      '(?<!a)b',
      'invalid Go regexp `(?<!a)b`: `(?<!` at offset 0 (lookbehind is not part of RE2 syntax)'
    ],
    [
      '(?P=n)',
      'invalid Go regexp `(?P=n)`: `(?P=` at offset 0 (named backreferences are not part of RE2 syntax)'
    ],
    ['\\C', 'invalid Go regexp `\\C`: `\\C` at offset 0 (matching a single byte is not supported)'],
    ['\\Z', 'invalid Go regexp `\\Z`: `\\Z` at offset 0 (invalid escape sequence)'],
    ['a\\', 'invalid Go regexp `a\\`: `\\` at offset 1 (trailing backslash at end of expression)'],
    ['a**', 'invalid Go regexp `a**`: `**` at offset 1 (invalid nested repetition operator)'],
    [
      'a{2}{3}',
      'invalid Go regexp `a{2}{3}`: `{2}{3}` at offset 1 (invalid nested repetition operator)'
    ],
    ['+a', 'invalid Go regexp `+a`: `+` at offset 0 (missing argument to repetition operator)'],
    ['a|*', 'invalid Go regexp `a|*`: `*` at offset 2 (missing argument to repetition operator)'],
    ['a{1001}', 'invalid Go regexp `a{1001}`: `{1001}` at offset 1 (invalid repeat count)'],
    ['a{3,2}', 'invalid Go regexp `a{3,2}`: `{3,2}` at offset 1 (invalid repeat count)'],
    [
      '(a{100}){11}',
      'invalid Go regexp `(a{100}){11}`: `{11}` at offset 8 (invalid repeat count: nested repetition exceeds 1000)'
    ],
    ['(a', 'invalid Go regexp `(a`: `(a` at offset 0 (missing closing ))'],
    ['a)', 'invalid Go regexp `a)`: `)` at offset 1 (unexpected ))'],
    ['[a', 'invalid Go regexp `[a`: `[a` at offset 0 (missing closing ])'],
    ['[z-a]', 'invalid Go regexp `[z-a]`: `z-a` at offset 1 (invalid character class range)'],
    [
      '[[:foo:]]',
      'invalid Go regexp `[[:foo:]]`: `[:foo:]` at offset 1 (invalid character class range)'
    ],
    ['[\\b]', 'invalid Go regexp `[\\b]`: `\\b` at offset 1 (invalid escape sequence)'],
    [
      '(?P<a-b>x)',
      'invalid Go regexp `(?P<a-b>x)`: `(?P<a-b>` at offset 0 (invalid named capture)'
    ],
    ['(?x)a', 'invalid Go regexp `(?x)a`: `(?x` at offset 0 (invalid or unsupported Perl syntax)'],
    [
      '(?i-)a',
      'invalid Go regexp `(?i-)a`: `(?i-)` at offset 0 (invalid or unsupported Perl syntax)'
    ],
    [
      'a(?i)b',
      'unsupported Go regexp `a(?i)b`: `(?i)` at offset 1 (JavaScript can only make the whole pattern case-insensitive; put (?i) first)'
    ],
    [
      '(?i:a)b',
      'unsupported Go regexp `(?i:a)b`: `(?i:` at offset 0 (JavaScript can only make the whole pattern case-insensitive; put (?i) first)'
    ],
    [
      '(?i)a(?-i)b',
      'unsupported Go regexp `(?i)a(?-i)b`: `(?-i)` at offset 5 (JavaScript can only make the whole pattern case-insensitive; put (?i) first)'
    ],
    [
      '(?:(a)|b)+',
      'unsupported Go regexp `(?:(a)|b)+`: `+` at offset 9 (a repeated group with a capture that may not take part in every repetition: JavaScript resets it each time, Go keeps the last value)'
    ],
    [
      '(?i)\\PL',
      'unsupported Go regexp `(?i)\\PL`: `\\PL` at offset 4 (under (?i) JavaScript case-folds a negated Unicode class, Go does not)'
    ],
    [
      '\\p{Greek}',
      'unsupported Go regexp `\\p{Greek}`: `\\p{Greek}` at offset 0 (only general categories (\\pL, \\p{Nd}, …), Any, ASCII and Assigned are translated)'
    ],
    ['a\nb)', 'invalid Go regexp `a\\x0ab)`: `)` at offset 3 (unexpected ))']
  ])('%j', (pattern, message) => {
    const attempt = (): unknown => translateGoRegexp(pattern)
    expect(attempt).toThrow(UnsupportedPatternError)
    expect(attempt).toThrow(message)
  })

  it('carries the construct, offset and whether Go rejects the pattern too', () => {
    let error: unknown
    try {
      translateGoRegexp('x(?i)y')
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(PromoteError)
    expect(error).toMatchObject({
      construct: '(?i)',
      offset: 1,
      problem: 'js-differs',
      pattern: 'x(?i)y'
    })
  })

  it.each(['(a|b)+', '((a)+)+', '(?:x(a))+', '(?i)(?s)a', 'a(?s).(?-s).', '(?i)a(?i)b'])(
    'accepts %j',
    pattern => {
      expect(() => translateGoRegexp(pattern)).not.toThrow()
    }
  )
})
