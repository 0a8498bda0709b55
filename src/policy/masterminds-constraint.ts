/**
 * Masterminds/semver v3 constraints (`NewConstraint` + `Constraints.Check`), which Flux's
 * semver policy uses for `spec.policy.semver.range`.
 *
 * node-semver disagrees in ways that change which tag wins: Masterminds lets a range
 * admit pre-releases of *any* version once one comparator in the AND group carries a
 * pre-release (node-semver only those of the same major.minor.patch), `^0.x` / `~1`
 * / `<=1.2` follow Masterminds' "dirty" rules, and `>= 1.2, < 2` style commas are AND.
 */
import { comparePrerelease, compareVersions, newVersion, type SemVersion } from './masterminds.js'

/** One comparator such as `>=1.2` (Masterminds' unexported `constraint`). */
interface Comparator {
  readonly op: string
  readonly con: SemVersion
  readonly orig: string
  /** A wildcard or missing segment was present (`1.x`, `1`, `*`). */
  readonly dirty: boolean
  readonly minorDirty: boolean
  readonly patchDirty: boolean
}

/** A parsed range: OR groups of AND-ed comparators. */
export interface Constraints {
  /** The range as written. */
  readonly source: string
  /** `||`-separated groups, each a list of comparators that must all hold. */
  readonly groups: readonly (readonly Comparator[])[]
  /** Per group: one comparator names a pre-release, so pre-release versions may match. */
  readonly containsPre: readonly boolean[]
}

// Go's `\s` is ASCII [\t\n\f\r ] only; JavaScript's `\s` would also accept \v and
// Unicode spaces, so it is spelled out.
const WS = '[\\t\\n\\f\\r ]'
// Masterminds' operator alternation, including its empty alternative; JavaScript's
// backtracking tries alternatives in the same order as Go's leftmost-first engine.
const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^'
// cvRegex: the `|` inside the first classes is a literal bar in Masterminds too.
const CV =
  'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?' +
  '(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?' +
  '(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?'

const CONSTRAINT = new RegExp(`^${WS}*(${OPS})${WS}*(${CV})${WS}*$`)
const RANGE = new RegExp(`${WS}*(${CV})${WS}+-${WS}+(${CV})${WS}*`, 'g')
const FIND = new RegExp(`(${OPS})${WS}*(${CV})`, 'g')
// validConstraintRegex is `^(\s*OPS\s*CV\s*)((?:\s+|,\s*)OPS\s*CV\s*)*$`, with an
// empty alternative in OPS. Taken literally, JavaScript's backtracking explores every
// way to split whitespace between the adjacent \s* and \s+ (exponential on a failing
// range, where Go's RE2 is linear). This form accepts the same strings with one split.
const OPS_NONEMPTY = '!=|>=|=>|<=|=<|~>|=|>|<|~|\\^'
const VALID = new RegExp(
  `^${WS}*(?:(?:${OPS_NONEMPTY})${WS}*)?(?:${CV})` +
    `(?:(?:${WS}*,${WS}*|${WS}+)(?:(?:${OPS_NONEMPTY})${WS}*)?(?:${CV}))*${WS}*$`
)

const isX = (s: string): boolean => s === 'x' || s === 'X' || s === '*'

// Go's %q, close enough for the printable ASCII ranges people write.
const quote = (s: string): string => JSON.stringify(s)

/** rewriteRange: `1.2 - 1.4.5` becomes `>= 1.2, <= 1.4.5 `, first textual occurrence each. */
function rewriteRange(c: string): string {
  let out = c
  for (const m of c.matchAll(RANGE)) {
    const replacement = `>= ${m[1]}, <= ${m[11]} `
    out = out.replace(m[0], () => replacement)
  }
  return out
}

function parseComparator(s: string): Comparator | string {
  const m = CONSTRAINT.exec(s)
  if (!m) return `improper constraint: ${quote(s)}`
  const [, op = '', orig = '', major = '', minor = '', patch = '', pre = ''] = m
  let ver = orig
  let dirty = false
  let minorDirty = false
  let patchDirty = false
  // Missing or wildcard segments make the comparator "dirty"; metadata is dropped then.
  if (isX(major) || major === '') {
    ver = `0.0.0${pre}`
    dirty = true
  } else if (isX(minor.slice(1)) || minor === '') {
    ver = `${major}.0.0${pre}`
    dirty = minorDirty = true
  } else if (isX(patch.slice(1)) || patch === '') {
    ver = `${major}${minor}.0${pre}`
    dirty = patchDirty = true
  }
  const con = newVersion(ver)
  // Masterminds reports this generic message, e.g. for `1x` or `v1.2.3-beta.01`.
  if (!con) return 'constraint parser error'
  return { op, con, orig, dirty, minorDirty, patchDirty }
}

/**
 * Masterminds `NewConstraint`. Returns the parsed range, or the error message
 * Masterminds would return (Flux then marks the ImagePolicy stalled).
 */
export function parseConstraints(range: string): Constraints | string {
  const rewritten = rewriteRange(range)
  const groups: Comparator[][] = []
  const containsPre: boolean[] = []
  for (const part of rewritten.split('||')) {
    if (!VALID.test(part)) return `improper constraint: ${quote(part)}`
    const found = [...part.matchAll(FIND)].map(m => m[0])
    const group: Comparator[] = []
    for (const s of found.length > 0 ? found : [part]) {
      const c = parseComparator(s)
      if (typeof c === 'string') return c
      group.push(c)
    }
    groups.push(group)
    containsPre.push(group.some(c => c.con.pre !== ''))
  }
  return { source: range, groups, containsPre }
}

function notEqual(v: SemVersion, c: Comparator): boolean {
  if (c.dirty) {
    if (c.con.major !== v.major) return true
    if (c.con.minor !== v.minor && !c.minorDirty) return true
    if (c.minorDirty) return false
    if (c.con.patch !== v.patch && !c.patchDirty) return true
    if (c.patchDirty) {
      if (v.pre !== '' || c.con.pre !== '') {
        return comparePrerelease(v.pre, c.con.pre) !== 0
      }
      return false
    }
  }
  return compareVersions(v, c.con) !== 0
}

function greaterThan(v: SemVersion, c: Comparator): boolean {
  if (!c.dirty) return compareVersions(v, c.con) === 1
  if (v.major > c.con.major) return true
  if (v.major < c.con.major) return false
  // `>11` needs 12 or higher; `>11.1` needs 11.2 or higher.
  if (c.minorDirty) return false
  if (c.patchDirty) return v.minor > c.con.minor
  return compareVersions(v, c.con) === 1
}

function lessThanEqual(v: SemVersion, c: Comparator): boolean {
  if (!c.dirty) return compareVersions(v, c.con) <= 0
  if (v.major > c.con.major) return false
  return !(v.major === c.con.major && v.minor > c.con.minor && !c.minorDirty)
}

function tilde(v: SemVersion, c: Comparator): boolean {
  if (compareVersions(v, c.con) < 0) return false
  // `~0.0.0` and `~*` accept everything (>= 0.0.0).
  const zero = c.con.major === 0n && c.con.minor === 0n && c.con.patch === 0n
  if (zero && !c.minorDirty && !c.patchDirty) return true
  if (v.major !== c.con.major) return false
  return v.minor === c.con.minor || c.minorDirty
}

function caret(v: SemVersion, c: Comparator): boolean {
  if (compareVersions(v, c.con) < 0) return false
  if (c.con.major > 0n || c.minorDirty) return v.major === c.con.major
  if (v.major > 0n) return false
  // ^0.y.z stays within 0.y; ^0.0.z is exactly 0.0.z (unless the patch is a wildcard).
  if (c.con.minor > 0n || c.patchDirty) return v.minor === c.con.minor
  if (v.minor > 0n) return false
  return v.patch === c.con.patch
}

function checkOne(v: SemVersion, c: Comparator): boolean {
  switch (c.op) {
    case '':
    case '=':
      return c.dirty ? tilde(v, c) : compareVersions(v, c.con) === 0
    case '!=':
      return notEqual(v, c)
    case '>':
      return greaterThan(v, c)
    case '<':
      return compareVersions(v, c.con) < 0
    case '>=':
    case '=>':
      return compareVersions(v, c.con) >= 0
    case '<=':
    case '=<':
      return lessThanEqual(v, c)
    case '~':
    case '~>':
      return tilde(v, c)
    default:
      return caret(v, c)
  }
}

/**
 * Masterminds `Constraints.Check` with `IncludePrerelease` unset, as Flux calls it: a
 * pre-release version only matches an OR group in which some comparator names a
 * pre-release (then it may match any version in that group's bounds).
 */
export function satisfies(v: SemVersion, cs: Constraints): boolean {
  return cs.groups.some(
    (group, i) => (v.pre === '' || cs.containsPre[i]) && group.every(c => checkOne(v, c))
  )
}

/** True when no OR group of the range lets pre-releases through. */
export function excludesPrereleases(cs: Constraints): boolean {
  return !cs.containsPre.some(Boolean)
}
