/**
 * ECDSA verification of a signature over a digest the caller already has.
 *
 * Node's crypto (OpenSSL's EVP_DigestVerify) always hashes the message itself, so a Sigstore
 * message signature cannot be checked from the artifact's digest alone. `@noble/curves` verifies
 * over a given hash (`prehash: false`); DER signatures and high-S values are accepted, as
 * OpenSSL and Go's crypto/ecdsa accept them.
 *
 * @module
 */

import type { KeyObject } from 'node:crypto'
import { p256, p384 } from '@noble/curves/nist.js'

/** The curves {@link verifyPrehashed} supports, by OpenSSL name. */
const CURVES = { prime256v1: p256, secp384r1: p384 } as const

function curveOf(key: KeyObject): (typeof CURVES)[keyof typeof CURVES] | undefined {
  if (key.asymmetricKeyType !== 'ec') return undefined
  const name = key.asymmetricKeyDetails?.namedCurve ?? ''
  return name in CURVES ? CURVES[name as keyof typeof CURVES] : undefined
}

/** True for P-256 and P-384 keys, the curves Fulcio and cosign keys use. */
export function prehashedCurveSupported(key: KeyObject): boolean {
  return curveOf(key) !== undefined
}

/**
 * True when the DER `signature` is `key`'s ECDSA signature of `digest` (the hash of the message,
 * not the message). Only P-256 and P-384 keys; check {@link prehashedCurveSupported} first.
 */
export function verifyPrehashed(key: KeyObject, digest: Buffer, signature: Buffer): boolean {
  const curve = curveOf(key)
  if (!curve) return false
  // SubjectPublicKeyInfo DER ends with the uncompressed point (0x04 || x || y).
  const spki = key.export({ format: 'der', type: 'spki' })
  const point = spki.subarray(spki.length - (curve.lengths.publicKeyUncompressed ?? 0))
  try {
    return curve.verify(signature, digest, point, { prehash: false, lowS: false, format: 'der' })
  } catch {
    return false
  }
}
