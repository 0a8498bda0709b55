/**
 * ECDSA verification of a signature over a digest the caller already has (FIPS 186-5 §6.4.2).
 *
 * Node's crypto (OpenSSL's EVP_DigestVerify) always hashes the message itself, so a Sigstore
 * message signature cannot be checked from the artifact's digest alone; sigstore-js's own
 * conformance client reaches for the `elliptic` package for the same reason. Dependencies are
 * fixed here, so the few lines of public-input arithmetic live in this file. Everything it reads
 * is public, so constant time does not matter; it is cross-checked against OpenSSL in the tests.
 *
 * @module
 */

import type { KeyObject } from 'node:crypto'

/** Short Weierstrass curve y² = x³ - 3x + b over GF(p), with base point G of order n. */
interface Curve {
  p: bigint
  b: bigint
  n: bigint
  gx: bigint
  gy: bigint
}

/** NIST P-256 and P-384 (SEC 2 v2 §2.4.2, §2.5.1), the curves Fulcio and cosign keys use. */
const CURVES: Readonly<Record<string, Curve>> = {
  prime256v1: {
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
    n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
    gx: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
    gy: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n
  },
  secp384r1: {
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
    n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
    gx: 0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7n,
    gy: 0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5fn
  }
}

/** An affine point; `undefined` is the point at infinity. */
type Point = { x: bigint; y: bigint } | undefined

function mod(a: bigint, m: bigint): bigint {
  const r = a % m
  return r < 0n ? r + m : r
}

/** a⁻¹ mod m by the extended Euclidean algorithm (m prime, a not a multiple of m). */
function inverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [mod(a, m), m]
  let [s0, s1] = [1n, 0n]
  while (r1 !== 0n) {
    const q = r0 / r1
    ;[r0, r1] = [r1, r0 - q * r1]
    ;[s0, s1] = [s1, s0 - q * s1]
  }
  return mod(s0, m)
}

function add(c: Curve, a: Point, b: Point): Point {
  if (!a) return b
  if (!b) return a
  let slope: bigint
  if (a.x === b.x) {
    if (mod(a.y + b.y, c.p) === 0n) return undefined
    slope = mod(3n * (a.x * a.x - 1n) * inverse(2n * a.y, c.p), c.p)
  } else {
    slope = mod((b.y - a.y) * inverse(b.x - a.x, c.p), c.p)
  }
  const x = mod(slope * slope - a.x - b.x, c.p)
  return { x, y: mod(slope * (a.x - x) - a.y, c.p) }
}

function multiply(c: Curve, k: bigint, point: Point): Point {
  let result: Point = undefined
  let addend = point
  for (let e = k; e > 0n; e >>= 1n) {
    if (e & 1n) result = add(c, result, addend)
    addend = add(c, addend, addend)
  }
  return result
}

/** r and s of a DER `Ecdsa-Sig-Value` (RFC 5480 §2.2 via RFC 3279 §2.2.3), or undefined. */
function parseDerSignature(der: Buffer): { r: bigint; s: bigint } | undefined {
  const integers: bigint[] = []
  if (der[0] !== 0x30 || der[1] !== der.length - 2) return undefined
  let at = 2
  while (at < der.length) {
    const len = der[at + 1]
    if (der[at] !== 0x02 || len === undefined || len === 0 || len > 0x7f) return undefined
    const bytes = der.subarray(at + 2, at + 2 + len)
    if (bytes.length !== len || (bytes[0] ?? 0) & 0x80) return undefined
    integers.push(BigInt(`0x${bytes.toString('hex')}`))
    at += 2 + len
  }
  const [r, s] = integers
  return integers.length === 2 && r !== undefined && s !== undefined ? { r, s } : undefined
}

/** The curves {@link verifyPrehashed} supports, by OpenSSL name. */
export function prehashedCurveSupported(key: KeyObject): boolean {
  const curve = key.asymmetricKeyDetails?.namedCurve
  return key.asymmetricKeyType === 'ec' && curve !== undefined && curve in CURVES
}

/**
 * True when the DER `signature` is `key`'s ECDSA signature of `digest` (the hash of the message,
 * not the message). Only P-256 and P-384 keys; check {@link prehashedCurveSupported} first.
 */
export function verifyPrehashed(key: KeyObject, digest: Buffer, signature: Buffer): boolean {
  const c = CURVES[key.asymmetricKeyDetails?.namedCurve ?? '']
  if (!c || key.asymmetricKeyType !== 'ec') return false
  const sig = parseDerSignature(signature)
  if (!sig || sig.r <= 0n || sig.r >= c.n || sig.s <= 0n || sig.s >= c.n) return false
  const jwk = key.export({ format: 'jwk' })
  if (!jwk.x || !jwk.y) return false
  const q = {
    x: BigInt(`0x${Buffer.from(jwk.x, 'base64url').toString('hex')}`),
    y: BigInt(`0x${Buffer.from(jwk.y, 'base64url').toString('hex')}`)
  }
  // The leftmost bitlen(n) bits of the digest (§6.4.2 step 3); equal lengths here.
  const nBits = c.n.toString(2).length
  let e = BigInt(`0x${digest.toString('hex') || '0'}`)
  if (digest.length * 8 > nBits) e >>= BigInt(digest.length * 8 - nBits)
  const w = inverse(sig.s, c.n)
  const r = add(
    c,
    multiply(c, mod(e * w, c.n), { x: c.gx, y: c.gy }),
    multiply(c, mod(sig.r * w, c.n), q)
  )
  return r !== undefined && mod(r.x, c.n) === sig.r
}
