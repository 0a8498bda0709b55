/**
 * The `order` of Flux's numerical and alphabetical policies, read the way the
 * image-reflector-controller reads it.
 */

/** Sort direction of Flux's numerical and alphabetical policies. */
export type Order = 'asc' | 'desc'

/**
 * Go's `strings.ToUpper`: each code point through its simple (one code point) upper-case
 * mapping; unlike `String.prototype.toUpperCase`, `ß` stays `ß` rather than growing to `SS`.
 */
export function goToUpper(s: string): string {
  let out = ''
  for (const ch of s) {
    const upper = ch.toUpperCase()
    out += [...upper].length === 1 ? upper : ch
  }
  return out
}

/**
 * Flux's `PolicerFromSpec` passes `strings.ToUpper(order)` to `NewNumerical` /
 * `NewAlphabetical`, which take `""` as `ASC` and otherwise only `ASC` or `DESC`. A missing
 * or null order is Go's zero value, `""`. Returns undefined for anything else.
 */
export function fluxOrder(given: unknown): Order | undefined {
  if (given === undefined || given === null) return 'asc'
  if (typeof given !== 'string') return undefined
  const upper = goToUpper(given)
  if (upper === '' || upper === 'ASC') return 'asc'
  return upper === 'DESC' ? 'desc' : undefined
}
