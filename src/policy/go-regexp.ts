/**
 * Go `regexp.Compile` (RE2 syntax, Perl flags) patterns translated into JavaScript
 * RegExps that match the same tags and capture the same groups, for Flux's
 * `filterTags.pattern`. Both engines are leftmost-first, so once the syntax is
 * re-emitted faithfully the matches agree; anything that Go rejects, or that
 * JavaScript cannot reproduce exactly, is refused with an {@link UnsupportedPatternError}.
 */
import { PromoteError } from '../errors.js'
import type { Fail, PatternProblem } from './go-regexp-syntax.js'
import { Translator } from './go-regexp-translate.js'

export type { PatternProblem } from './go-regexp-syntax.js'

/** A Go pattern that Go rejects, or that this translator cannot reproduce in JavaScript. */
export class UnsupportedPatternError extends PromoteError {
  /** The Go pattern as given. */
  readonly pattern: string
  /** The offending construct, as written in the pattern. */
  readonly construct: string
  /** Offset of the construct in the pattern (UTF-16 code units). */
  readonly offset: number
  /** Whether Go rejects the pattern too, or only the translation is impossible. */
  readonly problem: PatternProblem

  constructor(
    pattern: string,
    construct: string,
    offset: number,
    problem: PatternProblem,
    why: string
  ) {
    const what = problem === 'go-rejects' ? 'invalid Go regexp' : 'unsupported Go regexp'
    super(
      `${what} \`${printable(pattern)}\`: \`${printable(construct)}\` at offset ${offset} (${why})`
    )
    this.pattern = pattern
    this.construct = construct
    this.offset = offset
    this.problem = problem
  }
}

/** A translated pattern. */
export interface GoRegexp {
  /** The Go pattern as given. */
  readonly source: string
  /** Equivalent JavaScript RegExp (`u` flag, plus `i` for a leading `(?i)`; never `g`). */
  readonly regexp: RegExp
  /**
   * Group names by capture index like Go's `SubexpNames()`: `''` for index 0 and for
   * unnamed groups. Go allows names JavaScript does not (`1x`, duplicates), so those
   * groups are plain captures in {@link regexp} and only this array names them.
   */
  readonly groupNames: readonly string[]
}

function printable(s: string): string {
  // Keep error messages on one line whatever control characters the pattern holds.
  const hex = (n: number): string => `\\x${n.toString(16).padStart(2, '0')}`
  return [...s].map(c => (c < ' ' || c === '\x7f' ? hex(c.charCodeAt(0)) : c)).join('')
}

/**
 * Translates a Go RE2 pattern (as given to Go's `regexp.Compile`) into a JavaScript
 * RegExp. Like Go's `MatchString`, the result is unanchored unless the pattern anchors.
 * Matches and captures agree with Go; matching time may not, since JavaScript
 * backtracks where RE2 is linear (nested quantifiers like `(a+)+$` on hostile tags).
 *
 * @throws UnsupportedPatternError naming the first construct Go rejects or JavaScript
 *   would interpret differently.
 */
export function translateGoRegexp(pattern: string): GoRegexp {
  const fail: Fail = (construct, offset, problem, why) => {
    throw new UnsupportedPatternError(pattern, construct, offset, problem, why)
  }
  const t = new Translator(pattern, fail).run()
  try {
    return { source: pattern, regexp: new RegExp(t.source, t.flags), groupNames: t.groupNames }
  } catch (err) {
    return fail(pattern, 0, 'js-differs', `JavaScript rejects the translation: ${String(err)}`)
  }
}

/**
 * Go's `FindStringSubmatch` with unmatched groups kept apart from empty ones:
 * `undefined` for a group that did not take part, or `null` when there is no match.
 */
export function goFindSubmatch(re: GoRegexp, s: string): (string | undefined)[] | null {
  const m = re.regexp.exec(s)
  return m ? [...m] : null
}
