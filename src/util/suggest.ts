/** Names longer than this get no suggestion: the distance is quadratic in the length. */
const MAX_NAME = 64

/** The Levenshtein distance between `a` and `b` (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution)
    }
    previous = current
  }
  return previous[b.length]
}

/**
 * The known name closest to a mistyped one, for "did you mean": at most `maxDistance` edits
 * away, the first listed on a tie; `undefined` when none is that close.
 */
export function closestName(
  given: string,
  known: readonly string[],
  maxDistance = 2
): string | undefined {
  if (given.length > MAX_NAME) return undefined
  let best: { name: string; distance: number } | undefined
  for (const name of known) {
    if (Math.abs(name.length - given.length) > maxDistance) continue
    const distance = editDistance(given, name)
    if (distance <= maxDistance && (best === undefined || distance < best.distance))
      best = { name, distance }
  }
  return best?.name
}
