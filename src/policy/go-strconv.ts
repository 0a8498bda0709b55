/**
 * Go's `strconv.ParseFloat(s, 64)`, which Flux's numerical policy applies to every
 * considered tag. JavaScript's `Number()` is both looser (whitespace, `0b1`, `0o7`)
 * and stricter (`1_000`, `0x1p-2`, `inf`) than Go, so the grammar is checked here and
 * only the final decimal conversion is delegated to V8, which rounds correctly like Go.
 */

/** Outcome of {@link parseGoFloat}; `error` carries Go's `NumError.Err` text. */
export type GoFloat =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly error: 'invalid syntax' | 'value out of range' }

const SYNTAX: GoFloat = { ok: false, error: 'invalid syntax' }
const RANGE: GoFloat = { ok: false, error: 'value out of range' }

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c)

/** strconv's `special`: signed inf/infinity and unsigned nan, any case, as a prefix. */
function special(s: string): { value: number; n: number } | undefined {
  const sign = s[0] === '+' || s[0] === '-' ? 1 : 0
  const rest = s.slice(sign).toLowerCase()
  if (rest.startsWith('infinity'))
    return { value: s[0] === '-' ? -Infinity : Infinity, n: sign + 8 }
  if (rest.startsWith('inf')) return { value: s[0] === '-' ? -Infinity : Infinity, n: sign + 3 }
  // Go only falls through to the infinity check after a sign, so "+nan" is a syntax error.
  if (sign === 0 && rest.startsWith('nan')) return { value: NaN, n: 3 }
  return undefined
}

/** strconv's `underscoreOK`: `_` only between digits, or right after a base prefix. */
function underscoreOK(s: string): boolean {
  let t = s[0] === '+' || s[0] === '-' ? s.slice(1) : s
  let saw = '^'
  const hex = /^0[xX]/.test(t)
  if (/^0[bBoOxX]/.test(t)) {
    saw = '0'
    t = t.slice(2)
  }
  for (const c of t) {
    if (isDigit(c) || (hex && isHex(c))) saw = '0'
    else if (c === '_') {
      if (saw !== '0') return false
      saw = '_'
    } else {
      if (saw === '_') return false
      saw = '!'
    }
  }
  return saw !== '_'
}

interface Scan {
  readonly end: number
  readonly hex: boolean
  /** Mantissa digits without `_` and `.`. */
  readonly digits: string
  /** Digits after the point. */
  readonly fraction: number
  /** Explicit exponent (binary for hex, decimal otherwise), capped like Go at 10000. */
  readonly exp: number
}

/** strconv's `readFloat`: returns how far a well-formed number extends, or undefined. */
function readFloat(s: string): Scan | undefined {
  let i = s[0] === '+' || s[0] === '-' ? 1 : 0
  // The hex prefix needs a character after it, like Go's `i+2 < len(s)` check.
  const hex = i + 2 < s.length && s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')
  if (hex) i += 2
  let digits = ''
  let fraction = -1
  let underscores = false
  for (; i < s.length; i++) {
    const c = s[i]
    if (c === '_') underscores = true
    else if (c === '.') {
      if (fraction >= 0) break
      fraction = 0
    } else if (isDigit(c) || (hex && isHex(c))) {
      digits += c
      if (fraction >= 0) fraction++
    } else break
  }
  if (digits === '') return undefined
  let exp = 0
  if (s[i] === (hex ? 'p' : 'e') || s[i] === (hex ? 'P' : 'E')) {
    i++
    const sign = s[i] === '-' ? -1 : 1
    if (s[i] === '+' || s[i] === '-') i++
    if (!isDigit(s[i])) return undefined
    for (; i < s.length && (isDigit(s[i]) || s[i] === '_'); i++) {
      if (s[i] === '_') underscores = true
      else if (exp < 10000) exp = exp * 10 + Number(s[i])
    }
    exp *= sign
  } else if (hex) return undefined // a hex mantissa must have a p exponent
  if (underscores && !underscoreOK(s.slice(0, i))) return undefined
  return { end: i, hex, digits, fraction: Math.max(fraction, 0), exp }
}

/** Exactly rounded (ties to even) value of mant × 2^e2, as Go's atofHex produces. */
function scaleBinary(mant: bigint, e2: number, negative: boolean): GoFloat {
  const sign = negative ? -1 : 1
  if (mant === 0n) return { ok: true, value: sign * 0 }
  const bits = mant.toString(2).length
  // Unit in the last place of the result: 53 significant bits, but never below the
  // smallest subnormal.
  const q = Math.max(bits + e2 - 53, -1074)
  const shift = q - e2
  let m: bigint
  if (shift <= 0) m = mant << BigInt(-shift)
  else {
    m = mant >> BigInt(shift)
    const rem = mant & ((1n << BigInt(shift)) - 1n)
    const half = 1n << BigInt(shift - 1)
    if (rem > half || (rem === half && (m & 1n) === 1n)) m += 1n
  }
  const value = Number(m) * 2 ** q
  return Number.isFinite(value) ? { ok: true, value: sign * value } : RANGE
}

/** Go `strconv.ParseFloat(s, 64)`: the value, or the reason Go rejects `s`. */
export function parseGoFloat(s: string): GoFloat {
  const sp = special(s)
  if (sp) return sp.n === s.length ? { ok: true, value: sp.value } : SYNTAX
  const scan = readFloat(s)
  if (!scan || scan.end !== s.length) return SYNTAX
  if (scan.hex) {
    const e2 = scan.exp - 4 * scan.fraction
    return scaleBinary(BigInt(`0x${scan.digits}`), e2, s[0] === '-')
  }
  const value = Number(s.replaceAll('_', ''))
  // Go reports overflow as ErrRange (with ±Inf), which Flux treats as a parse failure.
  return Number.isFinite(value) ? { ok: true, value } : RANGE
}
