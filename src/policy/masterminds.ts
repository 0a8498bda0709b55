/**
 * Versions the way Flux's semver policy reads them: `fluxcd/pkg/version.ParseVersion`
 * on top of Masterminds/semver v3 (`NewVersion` with its default `CoerceNewVersion`).
 *
 * node-semver is not used on purpose: it rejects `v01.2.3`, accepts `1.2` only when
 * coercing, and orders pre-release identifiers beyond uint64 differently.
 */

/** A parsed version; segments are `bigint` because Masterminds stores them as uint64. */
export interface SemVersion {
  /** Major segment. */
  readonly major: bigint
  /** Minor segment (0 when absent, as Masterminds coerces `1` to `1.0.0`). */
  readonly minor: bigint
  /** Patch segment (0 when absent). */
  readonly patch: bigint
  /** Pre-release without the leading `-`, or `''`. */
  readonly pre: string
  /** Build metadata without the leading `+`, or `''`; ignored when comparing. */
  readonly metadata: string
  /** The exact input string, which Flux hands back as the selected tag. */
  readonly original: string
}

const UINT64_MAX = (1n << 64n) - 1n

// Masterminds' looseSemVerRegex, anchored like its init() does. Leading zeros are
// allowed because CoerceNewVersion is true by default (calver tags such as v2025.02.03).
const LOOSE =
  /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/

function parseUint64(digits: string): bigint | undefined {
  const n = BigInt(digits)
  // strconv.ParseUint fails past uint64, which makes the whole version invalid.
  return n > UINT64_MAX ? undefined : n
}

function validPrerelease(pre: string): boolean {
  // validatePrerelease: no empty identifiers, and numeric identifiers carry no leading zero.
  return pre
    .split('.')
    .every(p => p !== '' && !(/^[0-9]+$/.test(p) && p.length > 1 && p[0] === '0'))
}

/**
 * Masterminds `NewVersion` (coercing mode): `v1`, `1.2`, `01.02.03` are accepted and
 * filled up to three segments. Returns `undefined` where Masterminds returns an error.
 */
export function newVersion(v: string): SemVersion | undefined {
  const m = LOOSE.exec(v)
  if (!m) return undefined
  const major = parseUint64(m[1])
  const minor = m[2] ? parseUint64(m[2].slice(1)) : 0n
  const patch = m[3] ? parseUint64(m[3].slice(1)) : 0n
  if (major === undefined || minor === undefined || patch === undefined) return undefined
  const pre = m[5] ?? ''
  // validateMetadata adds nothing to the regex: it already forbids empty identifiers.
  if (pre !== '' && !validPrerelease(pre)) return undefined
  return { major, minor, patch, pre, metadata: m[8] ?? '', original: v }
}

/**
 * `fluxcd/pkg/version.ParseVersion`: Flux first demands at least two dots
 * (`strings.SplitN(v, ".", 3)` must yield three parts), so `1.2` and `v1` are not
 * versions for an ImagePolicy even though Masterminds alone would coerce them.
 */
export function parseFluxVersion(v: string): SemVersion | undefined {
  const firstDot = v.indexOf('.')
  if (firstDot < 0 || v.indexOf('.', firstDot + 1) < 0) return undefined
  return newVersion(v)
}

function compareSegment(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function isUint64(s: string): boolean {
  return /^[0-9]+$/.test(s) && BigInt(s) <= UINT64_MAX
}

function comparePrePart(s: string, o: string): number {
  if (s === o) return 0
  // A missing identifier sorts first: rc < rc.1 (comparePrePart's empty-string branches).
  if (s === '') return -1
  if (o === '') return 1
  const sNum = isUint64(s)
  const oNum = isUint64(o)
  // Masterminds treats an identifier as numeric only when ParseUint succeeds, so a
  // numeric identifier beyond uint64 compares as text.
  if (!sNum && !oNum) return s > o ? 1 : -1
  if (!oNum) return -1
  if (!sNum) return 1
  return BigInt(s) > BigInt(o) ? 1 : -1
}

/** Masterminds `comparePrerelease`: dot-separated identifiers, numeric ones as uint64. */
export function comparePrerelease(a: string, b: string): number {
  const as = a.split('.')
  const bs = b.split('.')
  const n = Math.max(as.length, bs.length)
  for (let i = 0; i < n; i++) {
    const d = comparePrePart(as[i] ?? '', bs[i] ?? '')
    if (d !== 0) return d
  }
  return 0
}

/** Masterminds `Version.Compare`: -1, 0 or 1; build metadata never matters. */
export function compareVersions(a: SemVersion, b: SemVersion): number {
  const d =
    compareSegment(a.major, b.major) ||
    compareSegment(a.minor, b.minor) ||
    compareSegment(a.patch, b.patch)
  if (d !== 0) return d
  if (a.pre === '' && b.pre === '') return 0
  if (a.pre === '') return 1
  if (b.pre === '') return -1
  return comparePrerelease(a.pre, b.pre)
}
