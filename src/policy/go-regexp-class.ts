/**
 * Go's bracket classes (`parseClass`): literal `]` first, POSIX `[:name:]` groups,
 * Perl and Unicode classes, ranges, re-emitted as a JavaScript `u`-mode class.
 */
import {
  DIGIT,
  emitChar,
  groupBody,
  parseEscape,
  perlClass,
  unicodeClass,
  type Emitted,
  type Fail,
  type Parsed,
  type Range,
  WORD
} from './go-regexp-syntax.js'

// Go's perl_groups.go POSIX table (ASCII only).
const POSIX = new Map<string, Range[]>(
  Object.entries({
    alnum: [
      [0x30, 0x39],
      [0x41, 0x5a],
      [0x61, 0x7a]
    ],
    alpha: [
      [0x41, 0x5a],
      [0x61, 0x7a]
    ],
    ascii: [[0x00, 0x7f]],
    blank: [
      [0x09, 0x09],
      [0x20, 0x20]
    ],
    cntrl: [
      [0x00, 0x1f],
      [0x7f, 0x7f]
    ],
    digit: DIGIT,
    graph: [[0x21, 0x7e]],
    lower: [[0x61, 0x7a]],
    print: [[0x20, 0x7e]],
    punct: [
      [0x21, 0x2f],
      [0x3a, 0x40],
      [0x5b, 0x60],
      [0x7b, 0x7e]
    ],
    space: [
      [0x09, 0x0d],
      [0x20, 0x20]
    ],
    upper: [[0x41, 0x5a]],
    word: WORD,
    xdigit: [
      [0x30, 0x39],
      [0x41, 0x46],
      [0x61, 0x66]
    ]
  } satisfies Record<string, Range[]>)
)

function classChar(p: string, i: number, fail: Fail): Parsed {
  if (p[i] === '\\') return parseEscape(p, i, fail)
  const cp = p.codePointAt(i)!
  return { value: cp, end: i + (cp > 0xffff ? 2 : 1) }
}

function posixClass(p: string, i: number, fold: boolean, fail: Fail): Emitted | undefined {
  // Go searches for the first ":]" anywhere after "[:", even past other brackets.
  const close = p.indexOf(':]', i + 2)
  if (close < 0) return undefined
  const name = p.slice(i, close + 2)
  const negated = name[2] === '^'
  const ranges = POSIX.get(name.slice(negated ? 3 : 2, -2))
  if (!ranges) fail(name, i, 'go-rejects', 'invalid character class range')
  return { text: groupBody(ranges, negated, fold), end: close + 2 }
}

function classItem(p: string, i: number, fold: boolean, fail: Fail): Emitted {
  if (p[i] === '[' && p[i + 1] === ':' && i + 2 < p.length) {
    const posix = posixClass(p, i, fold, fail)
    if (posix) return posix
  }
  if (p[i] === '\\' && (p[i + 1] === 'p' || p[i + 1] === 'P')) return unicodeClass(p, i, fold, fail)
  const perl = p[i] === '\\' ? perlClass(p, i, true, fold) : undefined
  if (perl) return perl
  const lo = classChar(p, i, fail)
  // `[a-]` keeps `-` literal; Perl mode (Go's default) also allows `-` anywhere else.
  if (p[lo.end] === '-' && lo.end + 1 < p.length && p[lo.end + 1] !== ']') {
    const hi = classChar(p, lo.end + 1, fail)
    if (hi.value < lo.value) {
      fail(p.slice(i, hi.end), i, 'go-rejects', 'invalid character class range')
    }
    if (hi.value > lo.value) {
      return { text: `${emitChar(lo.value, true)}-${emitChar(hi.value, true)}`, end: hi.end }
    }
    return { text: emitChar(lo.value, true), end: hi.end }
  }
  return { text: emitChar(lo.value, true), end: lo.end }
}

/** Go's parseClass: a bracket class at `pos` (the `[`). */
export function bracketClass(p: string, pos: number, fold: boolean, fail: Fail): Emitted {
  let i = pos + 1
  const negated = p[i] === '^'
  if (negated) i++
  const items: string[] = []
  // `]` right after `[` or `[^` is a literal in Go, but an empty class in JavaScript.
  for (let first = true; first || p[i] !== ']'; first = false) {
    if (i >= p.length) fail(p.slice(pos), pos, 'go-rejects', 'missing closing ]')
    const item = classItem(p, i, fold, fail)
    items.push(item.text)
    i = item.end
  }
  return { text: `[${negated ? '^' : ''}${items.join('')}]`, end: i + 1 }
}
