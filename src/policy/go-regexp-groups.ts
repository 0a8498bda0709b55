/**
 * Go's `parsePerlFlags`: what follows `(?` — a named capture, a flag change, or a
 * non-capturing group with flags — and the Perl/PCRE group syntax RE2 does not have.
 */
import type { Fail } from './go-regexp-syntax.js'

/** Go's Perl-mode parse flags that change matching: i, m, s and U. */
export interface Flags {
  /** FoldCase. */
  i: boolean
  /** Not OneLine: `^` and `$` match at line boundaries. */
  m: boolean
  /** DotNL: `.` matches `\n`. */
  s: boolean
  /** NonGreedy: quantifiers are lazy unless followed by `?`. */
  U: boolean
}

/** A parsed `(?…`: a named capture, or new flags (scoped to a group when `group`). */
export type PerlGroup =
  | { readonly kind: 'named'; readonly name: string; readonly end: number }
  | { readonly kind: 'flags'; readonly flags: Flags; readonly group: boolean; readonly end: number }

const OTHER_SYNTAX: readonly (readonly [RegExp, string])[] = [
  [/^\(\?<[=!]/, 'lookbehind is not part of RE2 syntax'],
  [/^\(\?[=!]/, 'lookahead is not part of RE2 syntax'],
  [/^\(\?P[=>]/, 'named backreferences are not part of RE2 syntax'],
  [/^\(\?#/, 'comments are not part of RE2 syntax']
]

function namedCapture(p: string, at: number, prefix: number, fail: Fail): PerlGroup {
  // Go takes everything up to the first '>' as the name, then checks [A-Za-z0-9_]+.
  const close = p.indexOf('>', at)
  const name = close < 0 ? '' : p.slice(at + prefix, close)
  if (close < 0 || !/^[A-Za-z0-9_]+$/.test(name)) {
    fail(p.slice(at, close < 0 ? p.length : close + 1), at, 'go-rejects', 'invalid named capture')
  }
  return { kind: 'named', name, end: close + 1 }
}

/** Parses the `(?` construct at `at` with `current` flags in force. */
export function parsePerlGroup(p: string, at: number, current: Flags, fail: Fail): PerlGroup {
  const head = p.slice(at, at + 4)
  // Go 1.22+ accepts both (?P<name>…) and (?<name>…).
  const named = /^\(\?P?<(?![=!])/.exec(head)
  if (named) return namedCapture(p, at, named[0].length, fail)
  for (const [re, why] of OTHER_SYNTAX) {
    const m = re.exec(head)
    if (m) fail(m[0], at, 'go-rejects', why)
  }
  let positive = true
  let sawFlag = false
  const flags = { ...current }
  for (let i = at + 2; i < p.length; i++) {
    const c = p[i]
    if (c === 'i' || c === 'm' || c === 's' || c === 'U') {
      flags[c] = positive
      sawFlag = true
    } else if (c === '-' && positive) {
      positive = false
      sawFlag = false
    } else if ((c === ':' || c === ')') && (positive || sawFlag)) {
      // `(?)` is a valid no-op in Go; `(?-)` and `(?i-)` are not.
      return { kind: 'flags', flags, group: c === ':', end: i + 1 }
    } else break
  }
  const end = Math.min(p.length, p.slice(at + 2).search(/[^imsU-]|$/) + at + 3)
  return fail(p.slice(at, end), at, 'go-rejects', 'invalid or unsupported Perl syntax')
}
