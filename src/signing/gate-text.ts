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

/**
 * How to fix a refusal, chosen by what was found (the reasons are those of `refusals.ts`, or
 * cosign's own words): nothing attached, another key, another identity, a certificate or log
 * entry the trusted root does not vouch for, or a bundle altered after signing.
 */
export function fixFor(reason: string, expected: string): string {
  if (/no Sigstore bundle is attached|no signatures? found|no matching signatures/i.test(reason)) {
    return `sign the digest as ${expected} (sign: true, or cosign sign) before promoting; signatures are referrers of the digest, so copy them along when the image moves registries`
  }
  if (/signed statement is for/.test(reason)) {
    return 'the attached signature belongs to another digest; sign this digest'
  }
  if (/signed by another key|does not verify with key/.test(reason)) {
    return `sign with ${expected}, or trust the key that did sign (public-key)`
  }
  if (
    /is signed by|signed keylessly|signed with a key|none of the expected identities/.test(reason)
  ) {
    return `sign as ${expected}, or trust the signer that did (certificate-identity or certificate-identity-regexp, certificate-oidc-issuer or certificate-oidc-issuer-regexp; or public-key)`
  }
  if (/trusted root does not vouch for|trusted root vouches for/.test(reason)) {
    return 'the signature comes from another Sigstore instance than trusted-root names (or a forged one); set trusted-root to the instance that signed, or re-sign the digest'
  }
  if (/altered after signing/.test(reason)) {
    return 'the attached signature no longer matches what was signed (changed in the registry or on the way); do not promote this digest until it is re-signed and the change explained'
  }
  return 'check the signing inputs and re-sign the digest'
}
