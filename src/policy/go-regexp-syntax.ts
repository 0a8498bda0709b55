/**
 * Pieces of Go's `regexp/syntax` parser (escapes, Perl/POSIX/Unicode classes, bracket
 * classes) re-emitted as JavaScript `u`-mode RegExp source. The translator in
 * `go-regexp.ts` drives them; every function reports refusals through a {@link Fail}.
 */

/** Why a pattern is refused: Go itself rejects it, or JavaScript would match differently. */
export type PatternProblem = 'go-rejects' | 'js-differs'

/** Reports a refused construct at an offset of the pattern; never returns. */
export type Fail = (
  construct: string,
  offset: number,
  problem: PatternProblem,
  why: string
) => never

/** An inclusive code point range. */
export type Range = readonly [number, number]

/** A parsed escape: the code point it denotes and where parsing stopped. */
export interface Parsed {
  /** The code point. */
  readonly value: number
  /** Offset just after the escape. */
  readonly end: number
}

/** Translated text of a construct and the offset just after it. */
export interface Emitted {
  /** JavaScript RegExp source. */
  readonly text: string
  /** Offset just after the construct in the Go pattern. */
  readonly end: number
}

const MAX_RUNE = 0x10ffff
/** `\\d` and `[:digit:]`. */
export const DIGIT: Range[] = [[0x30, 0x39]]
/** `\\w` and `[:word:]`. */
export const WORD: Range[] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a]
]

// Go's perl_groups.go: ASCII only, and `\s` has no \v (unlike JavaScript's \s).
const PERL = new Map<string, Range[]>([
  ['d', DIGIT],
  [
    's',
    [
      [0x09, 0x0a],
      [0x0c, 0x0d],
      [0x20, 0x20]
    ]
  ],
  ['w', WORD]
])

// Go's unicodeTable accepts these after canonicalName; each maps to a JavaScript
// property of the same meaning. Scripts and long aliases are deliberately left out.
const CATEGORIES =
  'C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'
const UNICODE = new Map<string, string>([
  ['Any', 'Any'],
  ['Assigned', 'Assigned'],
  ['Ascii', 'ASCII'],
  ['Lc', 'LC'],
  ...CATEGORIES.split(' ').map(c => [c, c] as const)
])

/** ASCII letter or digit, Go's `isalnum`. */
export const isAlnum = (cp: number): boolean =>
  (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)

const hexValue = (c: string | undefined): number =>
  c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1

/** Escapes one code point for `u`-mode source, inside or outside a bracket class. */
export function emitChar(cp: number, inClass: boolean): string {
  if (isAlnum(cp) || cp === 0x20) return String.fromCodePoint(cp)
  if (cp > 0x20 && cp < 0x7f) {
    const c = String.fromCodePoint(cp)
    // `u` mode allows identity escapes only for syntax characters (and `-` in a class).
    const special = inClass ? '\\]-^[' : '^$\\.*+?()[]{}|/'
    return special.includes(c) ? `\\${c}` : c
  }
  return `\\u{${cp.toString(16)}}`
}

/** Class body for a list of ranges. */
export function emitRanges(ranges: readonly Range[]): string {
  return ranges
    .map(([lo, hi]) =>
      lo === hi ? emitChar(lo, true) : `${emitChar(lo, true)}-${emitChar(hi, true)}`
    )
    .join('')
}

function normalize(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1]
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi)
    else out.push([lo, hi])
  }
  return out
}

function complement(ranges: readonly Range[]): Range[] {
  const out: Range[] = []
  let next = 0
  for (const [lo, hi] of normalize(ranges)) {
    if (lo > next) out.push([next, lo - 1])
    next = hi + 1
  }
  if (next <= MAX_RUNE) out.push([next, MAX_RUNE])
  return out
}

/** Case-fold closure of an ASCII set: other case, plus U+017F (ſ) and U+212A (K). */
function foldClosure(ranges: readonly Range[]): Range[] {
  const extra: Range[] = []
  const has = (cp: number): boolean => ranges.some(([lo, hi]) => cp >= lo && cp <= hi)
  for (let cp = 0x41; cp <= 0x5a; cp++) {
    if (has(cp) || has(cp + 0x20)) extra.push([cp, cp], [cp + 0x20, cp + 0x20])
  }
  if (has(0x4b) || has(0x6b)) extra.push([0x212a, 0x212a])
  if (has(0x53) || has(0x73)) extra.push([0x17f, 0x17f])
  return normalize([...ranges, ...extra])
}

/**
 * Class body for a Perl or POSIX group. A negated group inside a bracket class under
 * (?i) is complemented after folding, as Go's appendGroup does; JavaScript would fold
 * the already-complemented set and so also match the other case.
 */
export function groupBody(ranges: readonly Range[], negated: boolean, fold: boolean): string {
  if (!negated) return emitRanges(ranges)
  return emitRanges(complement(fold ? foldClosure(ranges) : ranges))
}

/** `\d \D \s \S \w \W` at `pos` (the backslash), or undefined when it is not one. */
export function perlClass(
  p: string,
  pos: number,
  inClass: boolean,
  fold: boolean
): Emitted | undefined {
  const letter = p[pos + 1]
  const ranges = letter ? PERL.get(letter.toLowerCase()) : undefined
  if (!letter || !ranges) return undefined
  const negated = letter !== letter.toLowerCase()
  const end = pos + 2
  if (inClass) return { text: groupBody(ranges, negated, fold), end }
  return { text: `[${negated ? '^' : ''}${emitRanges(ranges)}]`, end }
}

/** Go's canonicalName: separators dropped, first letter upper-case, the rest lower-case. */
function canonicalName(name: string): string {
  const bare = name.replace(/[_\- ]/g, '')
  return bare.charAt(0).toUpperCase() + bare.slice(1).toLowerCase()
}

/** `\pN`, `\p{Name}`, `\PN`, `\p{^Name}` at `pos` (the backslash). */
export function unicodeClass(p: string, pos: number, fold: boolean, fail: Fail): Emitted {
  let negated = p[pos + 1] === 'P'
  const open = pos + 2
  let name: string
  let end: number
  if (p[open] === '{') {
    const close = p.indexOf('}', open)
    if (close < 0) fail(p.slice(pos), pos, 'go-rejects', 'invalid character class range')
    name = p.slice(open + 1, close)
    end = close + 1
  } else {
    const cp = p.codePointAt(open)
    if (cp === undefined) fail(p.slice(pos), pos, 'go-rejects', 'invalid character class range')
    name = String.fromCodePoint(cp)
    end = open + name.length
  }
  const seq = p.slice(pos, end)
  if (name.startsWith('^')) {
    negated = !negated
    name = name.slice(1)
  }
  if (name === '') fail(seq, pos, 'go-rejects', 'invalid character class range')
  const prop = UNICODE.get(canonicalName(name))
  if (!prop) {
    const why = 'only general categories (\\pL, \\p{Nd}, …), Any, ASCII and Assigned are translated'
    fail(seq, pos, 'js-differs', why)
  }
  if (negated && fold) {
    const why = 'under (?i) JavaScript case-folds a negated Unicode class, Go does not'
    fail(seq, pos, 'js-differs', why)
  }
  return { text: `\\${negated ? 'P' : 'p'}{${prop}}`, end }
}

function octal(p: string, pos: number, first: number): Parsed {
  let value = first
  let i = pos
  // Go consumes at most three octal digits in all.
  for (let n = 1; n < 3 && p[i] !== undefined && p[i] >= '0' && p[i] <= '7'; n++, i++) {
    value = value * 8 + Number(p[i])
  }
  return { value, end: i }
}

function hexEscape(p: string, start: number, i: number, fail: Fail): Parsed {
  const bad = (end: number): never =>
    fail(p.slice(start, end), start, 'go-rejects', 'invalid escape sequence')
  if (p[i] === '{') {
    const close = p.indexOf('}', i)
    const digits = close < 0 ? '' : p.slice(i + 1, close)
    if (!/^[0-9a-fA-F]+$/.test(digits)) bad(close < 0 ? p.length : close + 1)
    const value = parseInt(digits, 16)
    if (value > MAX_RUNE) bad(close + 1)
    return { value, end: close + 1 }
  }
  const hi = hexValue(p[i])
  const lo = hexValue(p[i + 1])
  if (hi < 0 || lo < 0) bad(Math.min(i + 2, p.length))
  return { value: hi * 16 + lo, end: i + 2 }
}

const C_ESCAPES = new Map(Object.entries({ a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 }))

/** Go's parseEscape: a single-character escape at `pos` (the backslash). */
export function parseEscape(p: string, pos: number, fail: Fail): Parsed {
  const cp = p.codePointAt(pos + 1)
  if (cp === undefined) fail('\\', pos, 'go-rejects', 'trailing backslash at end of expression')
  const c = String.fromCodePoint(cp)
  const next = pos + 1 + c.length
  // Escaped ASCII punctuation (including `_`) always stands for itself.
  if (cp < 0x80 && !isAlnum(cp)) return { value: cp, end: next }
  if (c === '0') return octal(p, next, 0)
  if (c >= '1' && c <= '9') {
    const n = p[next]
    if (c <= '7' && n !== undefined && n >= '0' && n <= '7') return octal(p, next, Number(c))
    fail(`\\${c}`, pos, 'go-rejects', "backreferences are not part of Go's RE2 syntax")
  }
  if (c === 'x') return hexEscape(p, pos, next, fail)
  const control = C_ESCAPES.get(c)
  if (control !== undefined) return { value: control, end: next }
  return fail(`\\${c}`, pos, 'go-rejects', 'invalid escape sequence')
}

/** Go's maxRepeat: the largest count in `{n,m}`, also for nested counts multiplied. */
export const MAX_REPEAT = 1000

/** Go's repeatIsValid along one path of nested `{n,m}` counts, outermost first. */
export function repeatIsValid(chain: readonly number[]): boolean {
  let n = MAX_REPEAT
  for (const m of chain) {
    if (m === 0) return true
    if (m > n) return false
    n = Math.floor(n / m)
  }
  return true
}

/** Go's parseRepeat: `{n}`, `{n,}` or `{n,m}` without leading zeros, else undefined. */
export function parseRepeat(
  p: string,
  pos: number
): { min: number; max: number; end: number } | undefined {
  const m = /^\{(0|[1-9][0-9]*)(,(0|[1-9][0-9]*)?)?\}/.exec(p.slice(pos))
  if (!m) return undefined
  const min = Number(m[1])
  const max = m[2] === undefined ? min : m[3] === undefined ? -1 : Number(m[3])
  return { min, max, end: pos + m[0].length }
}
