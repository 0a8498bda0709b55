/**
 * The words of the `signature` gate: what passed, and how to fix what did not.
 *
 * @module
 */

import type { VerifyResult } from './types.js'

/** `<backend>: <identity or key fingerprint>, rekor <index>` for a passed gate. */
export function passedDetail(backend: string, r: VerifyResult): string {
  const who = r.identity ?? r.keyFingerprint ?? 'verified'
  return `${backend}: ${who}, ${r.rekorLogIndex ? `rekor ${r.rekorLogIndex}` : 'not in rekor'}`
}

/** How to fix a refusal, chosen by what was found. */
export function fixFor(reason: string, expected: string): string {
  if (/no Sigstore bundle is attached|no signatures? found|no matching signatures/i.test(reason)) {
    return `sign the digest as ${expected} (sign: true, or cosign sign) before promoting; signatures are referrers of the digest, so copy them along when the image moves registries`
  }
  if (/signed statement is for/.test(reason)) {
    return 'the attached signature belongs to another digest; sign this digest'
  }
  if (/is signed by|signed keylessly|signed with a key/.test(reason)) {
    return `sign with ${expected}, or trust the signer that did (public-key, certificate-identity, certificate-oidc-issuer)`
  }
  if (/failed verification|does not verify/.test(reason)) {
    return 'the attached signature is invalid (tampered, or from another Sigstore instance: check trusted-root); re-sign the digest'
  }
  return 'check the signing inputs and re-sign the digest'
}
