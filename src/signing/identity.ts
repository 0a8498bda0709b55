/**
 * Whether a Fulcio certificate's identity and issuer satisfy a keyless policy, with cosign's
 * semantics, so a pattern copied from cosign's, Kyverno's or `gh attestation verify`'s docs
 * accepts here exactly what it accepts there:
 *
 * - an exact identity or issuer is compared as a whole string;
 * - a regexp is Go RE2 syntax and *searched* for (Go's `regexp.MatchString`), not matched
 *   against the whole value: anchor it with `^…$` to pin it;
 * - an issuer regexp, when set, takes the place of the exact issuer.
 *
 * See cosign `pkg/cosign/verify.go` `CheckCertificatePolicy`, and sigstore-go
 * `pkg/verify/certificate_identity.go` (`SubjectAlternativeNameMatcher.Verify`,
 * `IssuerMatcher.Verify`).
 *
 * @module
 */

import { RE2JS } from 're2js'
import { errorMessage } from '../errors.js'
import type { KeylessPolicy } from './types.js'

/** A compiled pattern: true when it occurs anywhere in the value. */
export type IdentityPattern = (value: string) => boolean

/**
 * Compiles a Go RE2 pattern for an unanchored search.
 *
 * @returns the pattern, or the parser's one-line reason it is not valid RE2.
 */
export function compileIdentityPattern(pattern: string): IdentityPattern | string {
  try {
    const re = RE2JS.compile(pattern)
    return value => re.matcher(value).find()
  } catch (err) {
    return errorMessage(err)
  }
}

/** Compiles `pattern`, which callers have already validated. */
function compiled(pattern: string): IdentityPattern {
  const re = compileIdentityPattern(pattern)
  if (typeof re === 'string') throw new Error(`invalid identity pattern: ${re}`)
  return re
}

/** True when `san` is the exact identity, or when the identity regexp occurs in it. */
export function identityMatches(policy: KeylessPolicy, san: string): boolean {
  if (policy.certificateIdentity !== undefined && policy.certificateIdentity === san) return true
  if (policy.certificateIdentityRegexp !== undefined) {
    return compiled(policy.certificateIdentityRegexp)(san)
  }
  return false
}

/** True when the issuer regexp occurs in `issuer` or, without one, `issuer` is the exact issuer. */
export function issuerMatches(policy: KeylessPolicy, issuer: string): boolean {
  if (policy.certificateOidcIssuerRegexp !== undefined) {
    return compiled(policy.certificateOidcIssuerRegexp)(issuer)
  }
  return policy.certificateOidcIssuer === issuer
}
