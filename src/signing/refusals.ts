/**
 * Why one attached bundle does not count, in words that tell the cases apart: signed by another
 * key, signed by another identity, certified by a CA the trusted root does not hold, or altered
 * after signing. Bundles are untrusted: what they claim is shortened and cleaned before it is
 * shown, and only ever shown.
 *
 * @module
 */

import type { KeyObject } from 'node:crypto'
import type { Bundle } from '@sigstore/bundle'
import { errorMessage } from '../errors.js'
import { keyFingerprint, keyHint } from './keys.js'

/** Longest certificate identity or issuer shown in a message. */
const MAX_SHOWN = 96

/** `text` without control characters, cut to {@link MAX_SHOWN} characters with an ellipsis. */
export function shortened(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN - 1)}…` : clean
}

/** A keyless bundle whose signer is not the expected one: who it is, shortened. */
export function otherIdentity(san: string, issuer: string): string {
  return `is signed by ${shortened(san)} (issuer ${shortened(issuer)})`
}

/** `@sigstore/verify` error codes that mean the log entry, not the signature, did not check. */
const LOG_CODES = new Set([
  'TLOG_ERROR',
  'TLOG_MISSING_INCLUSION_ERROR',
  'TLOG_INCLUSION_PROOF_ERROR',
  'TLOG_INCLUSION_PROMISE_ERROR',
  'TIMESTAMP_ERROR'
])

/**
 * Why a bundle failed cryptographic verification, unless the cause is the trust material rather
 * than the bundle: a certificate that does not chain to the trusted root (another Sigstore
 * instance, or a forged CA), or a log entry the root's logs do not vouch for. Anything else
 * (signature, or log body against the bundle) means the bundle no longer matches what was signed.
 */
function trustFailure(err: unknown): string | undefined {
  const code = (err as { code?: unknown }).code
  if (code === 'CERTIFICATE_ERROR') {
    return `has a certificate the trusted root does not vouch for (${errorMessage(err)})`
  }
  if (typeof code === 'string' && LOG_CODES.has(code)) {
    return `has no transparency log entry the trusted root vouches for (${errorMessage(err)})`
  }
  return undefined
}

/** A keyless bundle that failed cryptographic verification. */
export function keylessFailure(err: unknown): string {
  return trustFailure(err) ?? `was altered after signing: ${errorMessage(err)}`
}

/**
 * A key bundle that does not verify with `publicKey`. The bundle's key hint (base64 of the
 * SPKI sha256, as sigstore-go and cosign write it) tells a signature by another key from one
 * that names our key but no longer verifies; without a hint either may be the case.
 */
export function keyFailure(bundle: Bundle, publicKey: KeyObject, err: unknown): string {
  const ours = keyFingerprint(publicKey)
  const material = bundle.verificationMaterial.content
  const hint = material.$case === 'publicKey' ? material.publicKey.hint : ''
  if (hint && hint !== keyHint(publicKey)) {
    const theirs = /^[A-Za-z0-9+/]{43}=$/.test(hint)
      ? `sha256:${Buffer.from(hint, 'base64').toString('hex')}`
      : shortened(hint)
    return `is signed by another key, ${theirs}, not ${ours}`
  }
  const trust = trustFailure(err)
  if (trust) return trust
  if (hint) return `names key ${ours} but was altered after signing: ${errorMessage(err)}`
  return `does not verify with key ${ours}: signed by another key, or altered after signing`
}
