/**
 * The Go RE2 pattern inputs (`certificate-identity-regexp`, `certificate-oidc-issuer-regexp`,
 * `provenance-ref`), checked as the first step of a run instead of while the inputs are parsed:
 * the regular-expression engine then loads only when a run has a pattern, never at start. Every
 * command that takes them checks them before its first registry request or Git write.
 *
 * @module
 */

import { InputError } from '../errors.js'
import { echo } from '../util/text.js'

/** The pattern inputs of a run's signing and provenance options. */
export interface PatternInputs {
  signing?: { certificateIdentityRegexp?: string; certificateOidcIssuerRegexp?: string }
  provenance?: { ref?: string }
}

/** Refuses, in one line naming the input, a pattern that is not Go RE2 syntax. */
export async function checkPatternInputs(opts: PatternInputs): Promise<void> {
  const identity = [
    ['certificate-identity-regexp', opts.signing?.certificateIdentityRegexp],
    ['certificate-oidc-issuer-regexp', opts.signing?.certificateOidcIssuerRegexp]
  ] as const
  if (identity.some(([, pattern]) => pattern !== undefined)) {
    const { compileIdentityPattern } = await import('../signing/identity.js')
    for (const [input, pattern] of identity) {
      if (pattern === undefined) continue
      const compiled = compileIdentityPattern(pattern)
      if (typeof compiled === 'string') {
        // As cosign would refuse it (`regexp.Compile`).
        throw new InputError(
          input,
          `'${pattern}' is not a Go RE2 regular expression (${compiled})`,
          'write it as for cosign: RE2 syntax, no lookaround or backreferences'
        )
      }
    }
  }
  const ref = opts.provenance?.ref
  if (ref === undefined) return
  const { compileRefPattern } = await import('../signing/ref-pattern.js')
  const compiled = compileRefPattern(ref)
  if (typeof compiled === 'string') {
    throw new InputError(
      'provenance-ref',
      `${echo(ref)} is not a Go RE2 regular expression (${compiled})`,
      'write RE2 syntax, e.g. refs/heads/main|refs/tags/v.*'
    )
  }
}
