/**
 * Go `regexp.Compile` patterns (RE2 syntax, Perl flags), evaluated by re2js, a port of
 * RE2/J and so of Go's own engine: the same syntax, the same leftmost-first matches, and
 * time linear in the tag's length whatever the pattern. Flux evaluates
 * `filterTags.pattern` this way; a backtracking JavaScript RegExp would not.
 */
import { RE2JS, RE2JSSyntaxException } from 're2js'
import { PromoteError } from '../errors.js'

/** Longest part of a pattern an error message repeats. */
const MAX_ECHO = 100

/** A pattern Go's `regexp.Compile` rejects. */
export class InvalidPatternError extends PromoteError {
  /** The Go pattern as given. */
  readonly pattern: string
  /** Go's description of the problem, e.g. `missing closing )`. */
  readonly problem: string

  constructor(pattern: string, problem: string, construct: string | null) {
    const at = construct ? `: \`${printable(construct)}\`` : ''
    super(`invalid Go regexp \`${printable(pattern)}\`: ${problem}${at}`)
    this.pattern = pattern
    this.problem = problem
  }
}

/** A compiled Go pattern. */
export interface GoRegexp {
  /** The Go pattern as given. */
  readonly source: string
  /**
   * Group names by capture index like Go's `SubexpNames()`: `''` for index 0 and for
   * unnamed groups; a name may repeat, as Go allows.
   */
  readonly groupNames: readonly string[]
  /** Go's `MatchString`: whether the pattern matches anywhere in `s`. */
  test(s: string): boolean
  /**
   * Go's `FindStringSubmatch` with unmatched groups kept apart from empty ones:
   * `undefined` for a group that did not take part, or `null` when there is no match.
   */
  findSubmatch(s: string): (string | undefined)[] | null
}

/** One line whatever the pattern holds: control characters as `\xNN`, long text cut. */
function printable(s: string): string {
  const hex = (n: number): string => `\\x${n.toString(16).padStart(2, '0')}`
  const chars = [...s]
  const cut = chars.length > MAX_ECHO ? [...chars.slice(0, MAX_ECHO), '…'] : chars
  return cut.map(c => (c < ' ' || c === '\x7f' ? hex(c.charCodeAt(0)) : c)).join('')
}

const DUPLICATE_NAME = 'duplicate capture group name'
const RENAMED = '__dp'
const QUOTED = /\\Q[^]*?(?:\\E|$)/y
const POSIX_CLASS = /\[:\^?[a-z]+:\]/y
const NAMED_GROUP = /\(\?P?<[A-Za-z0-9_]+>/y
const CLASS_START = /\[\^?\]?/y

/**
 * Renames every named group to a unique name, remembering the original, because Go
 * accepts repeated names (`(?P<v>a)|(?P<v>b)`) and RE2/J does not. Escapes, `\Q…\E`
 * and character classes are skipped so that only real group openers are touched.
 */
function uniqueGroupNames(pattern: string): { pattern: string; original: Map<string, string> } {
  const original = new Map<string, string>()
  const at = (re: RegExp, i: number): string | undefined => {
    re.lastIndex = i
    return re.exec(pattern)?.[0]
  }
  let out = ''
  let inClass = false
  for (let i = 0; i < pattern.length;) {
    let token: string
    const quoted = inClass ? undefined : at(QUOTED, i)
    const posix = inClass ? at(POSIX_CLASS, i) : undefined
    const opener = inClass ? undefined : at(NAMED_GROUP, i)
    const classStart = inClass ? undefined : at(CLASS_START, i)
    if (quoted) token = quoted
    else if (pattern[i] === '\\') token = pattern.slice(i, i + 2)
    else if (posix) token = posix
    else if (opener) {
      const renamed = `${RENAMED}${original.size}`
      const name = opener.slice(opener.indexOf('<') + 1, -1)
      original.set(renamed, name)
      out += `${opener.slice(0, opener.indexOf('<') + 1)}${renamed}>`
      i += opener.length
      continue
    } else if (classStart) {
      inClass = true
      token = classStart
    } else {
      if (inClass && pattern[i] === ']') inClass = false
      token = pattern[i]
    }
    out += token
    i += token.length
  }
  return { pattern: out, original }
}

function compileRaw(pattern: string): RE2JS {
  try {
    return RE2JS.compile(pattern)
  } catch (err) {
    if (err instanceof RE2JSSyntaxException)
      throw new InvalidPatternError(pattern, err.getDescription(), err.getPattern())
    throw err
  }
}

function compileWithRepeatedNames(pattern: string): { re: RE2JS; names: Map<string, string> } {
  try {
    return { re: compileRaw(pattern), names: new Map() }
  } catch (err) {
    if (!(err instanceof InvalidPatternError) || err.problem !== DUPLICATE_NAME) throw err
    const renamed = uniqueGroupNames(pattern)
    try {
      return { re: compileRaw(renamed.pattern), names: renamed.original }
    } catch {
      throw err
    }
  }
}

/**
 * Compiles a Go RE2 pattern as Go's `regexp.Compile` does. Like Go's `MatchString`,
 * the result is unanchored unless the pattern anchors.
 *
 * @throws InvalidPatternError with Go's description of what is wrong.
 */
export function compileGoRegexp(pattern: string): GoRegexp {
  const { re, names } = compileWithRepeatedNames(pattern)
  const groupNames: string[] = Array.from({ length: re.groupCount() + 1 }, () => '')
  for (const [name, index] of Object.entries(re.namedGroups()))
    groupNames[index] = names.get(name) ?? name
  return {
    source: pattern,
    groupNames,
    test: s => re.test(s),
    findSubmatch: s => {
      // The matcher's groups, without the named-groups object `exec` builds for every match.
      const m = re.matcher(s)
      if (!m.find()) return null
      const out: (string | undefined)[] = [m.group(0) ?? '']
      for (let i = 1; i < groupNames.length; i++) out.push(m.group(i) ?? undefined)
      return out
    }
  }
}
