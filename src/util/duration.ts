/**
 * Durations as `pin-max-age` and `wait` take them (`7d`, `36h`, `1h30m`), apart from the code that uses
 * them, so that parsing inputs loads nothing else.
 *
 * @module
 */

const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000
}

/** Milliseconds of a duration such as `7d`, `36h` or `1w2d`; undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  if (!/^(?:\d{1,6}[smhdw])+$/.test(text)) return undefined
  let ms = 0
  for (const [, n, unit] of text.matchAll(/(\d+)([smhdw])/g)) ms += Number(n) * (UNIT_MS[unit] ?? 0)
  return ms
}
