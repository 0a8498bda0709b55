/**
 * Deterministic, realistic-looking registry tag lists for policy tests and the benchmark:
 * branch builds with commit and timestamp, semver releases and pre-releases (with and
 * without `v`), RFC3339-stamped releases, and noise such as `latest` and `sha-…`.
 */

/** A seeded PRNG (mulberry32) returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** Generates `n` distinct tags; the same `(n, seed)` always yields the same list. */
export function generateTags(n: number, seed: number): string[] {
  const rand = prng(seed)
  const int = (max: number): number => Math.floor(rand() * max)
  const hex = (len: number): string =>
    Array.from({ length: len }, () => '0123456789abcdef'[int(16)]).join('')
  const version = (): string => `${int(4)}.${int(15)}.${int(30)}`
  const makers: (() => string)[] = [
    () => `develop-v${version()}-${hex(7)}-${1_600_000_000 + int(200_000_000)}`,
    () => `${rand() < 0.5 ? 'v' : ''}${version()}`,
    () => `${rand() < 0.5 ? 'v' : ''}${version()}-rc.${int(10)}`,
    () => {
      const d = new Date(Date.UTC(2015 + int(10), int(12), 1 + int(28), int(24), int(60), int(60)))
      const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
      const time = `${pad(d.getUTCHours())}-${pad(d.getUTCMinutes())}-${pad(d.getUTCSeconds())}`
      return `RELEASE.${date}T${time}Z`
    },
    () => `main-${hex(7)}`,
    () => `pr-${int(5000)}`,
    () => `sha-${hex(40)}`,
    () => ['latest', 'stable', 'edge', 'nightly'][int(4)]
  ]
  const tags = new Set<string>()
  while (tags.size < n) tags.add(makers[int(makers.length)]())
  return [...tags]
}
