import { describe, expect, it } from 'vitest'
import { checkPatternInputs } from '../../src/commands/pattern-inputs.js'
import { parseSigningOptions } from '../../src/commands/signing-inputs.js'
import { InputError } from '../../src/errors.js'
import {
  compileIdentityPattern,
  identityMatches,
  issuerMatches
} from '../../src/signing/identity.js'
import { policyFromClaims } from '../../src/signing/oidc.js'
import type { KeylessPolicy } from '../../src/signing/types.js'
import { recordingLogger } from '../harness/test-logger.js'

const GITHUB = 'https://token.actions.githubusercontent.com'
const BUILD = 'https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main'

/**
 * Certificate identity checks with cosign's semantics, as cosign implements them in
 * sigstore/cosign `pkg/cosign/verify.go` `CheckCertificatePolicy` (commit
 * d6d86c224e5899b54f56cbb063b79dc43abc11c2): `regexp.Compile(identity.SubjectRegExp)` then
 * `regex.MatchString(san)` (an unanchored search in Go RE2), `san == identity.Subject` for the
 * exact form, and for the issuer the regexp case before the exact one. sigstore-go does the same
 * in `pkg/verify/certificate_identity.go` `SubjectAlternativeNameMatcher.Verify` and
 * `IssuerMatcher.Verify` (commit 4594ab4c779d08be1f4419803a8249188f35ed5f).
 */
describe('identityMatches and issuerMatches, as cosign matches', () => {
  const regexp = (re: string): KeylessPolicy => ({
    certificateIdentityRegexp: re,
    certificateOidcIssuer: GITHUB
  })
  it.each([
    // README's PR-gated production workflow: anchored at the start only, as cosign's docs write it.
    ['^https://github\\.com/acme/app/\\.github/workflows/build\\.yml@', BUILD, true],
    ['^https://github\\.com/acme/app/\\.github/workflows/build\\.yml@', `${BUILD}x`, true],
    ['^https://github\\.com/acme/app/\\.github/workflows/build\\.yml@', `x${BUILD}`, false],
    // Unanchored: anywhere in the identity, like Go's MatchString.
    ['acme/app', BUILD, true],
    ['github\\.com/acme/', BUILD, true],
    ['evil/app', BUILD, false],
    // Anchored at both ends: the whole identity.
    [`^${BUILD.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, BUILD, true],
    ['^https://github\\.com/acme/app/\\.github/workflows/build\\.yml$', BUILD, false],
    // Go RE2 syntax: \z, (?i), named groups (?P<n>…) and (?<n>…), \pL.
    ['@refs/heads/main\\z', BUILD, true],
    ['(?i)ACME/APP', BUILD, true],
    ['(?P<owner>acme)/(?<repo>app)', BUILD, true],
    ['^https://\\pL+\\.com/', BUILD, true],
    // `.` does not match a newline in RE2 (no s flag), nor in cosign.
    ['^a.b$', 'a\nb', false]
  ])('regexp %s on %j: %s', (re, san, expected) => {
    expect(identityMatches(regexp(re), san)).toBe(expected)
  })

  it('compares an exact identity and an exact issuer as whole strings', () => {
    const exact: KeylessPolicy = { certificateIdentity: BUILD, certificateOidcIssuer: GITHUB }
    expect(identityMatches(exact, BUILD)).toBe(true)
    expect(identityMatches(exact, `${BUILD}x`)).toBe(false)
    expect(identityMatches(exact, BUILD.slice(0, -1))).toBe(false)
    expect(issuerMatches(exact, GITHUB)).toBe(true)
    expect(issuerMatches(exact, `${GITHUB}/`)).toBe(false)
  })

  it('lets an issuer regexp take the place of the exact issuer', () => {
    const policy: KeylessPolicy = {
      certificateIdentity: BUILD,
      certificateOidcIssuer: GITHUB,
      certificateOidcIssuerRegexp: '^https://token\\.actions\\.githubusercontent\\.com(/.*)?$'
    }
    expect(issuerMatches(policy, GITHUB)).toBe(true)
    expect(issuerMatches(policy, `${GITHUB}/acme`)).toBe(true)
    expect(issuerMatches(policy, 'https://accounts.google.com')).toBe(false)
    expect(issuerMatches({ ...policy, certificateOidcIssuerRegexp: 'google' }, GITHUB)).toBe(false)
  })

  it("keeps the signer's own predicted identity exact, though regexps are searched for", () => {
    const policy = policyFromClaims({ iss: GITHUB, sub: 'repo:acme/app:ref:refs/heads/main' })
    expect(identityMatches(policy, 'repo:acme/app:ref:refs/heads/main')).toBe(true)
    expect(identityMatches(policy, 'repo:acme/app:ref:refs/heads/main2')).toBe(false)
    expect(identityMatches(policy, 'xrepo:acme/app:ref:refs/heads/main')).toBe(false)
  })

  it('refuses what Go RE2 refuses, and accepts what it accepts', () => {
    for (const bad of ['(', '(?=x)', '(?<!x)y', '(a)\\1', 'a{2,1}', 'x**'])
      expect(typeof compileIdentityPattern(bad), bad).toBe('string')
    for (const good of ['', 'a|b', '\\Qa.b\\E', '[[:alpha:]]+'])
      expect(typeof compileIdentityPattern(good), good).toBe('function')
  })
})

describe('the regexp inputs', () => {
  const parse = (values: Record<string, string>) =>
    parseSigningOptions(
      { get: name => values[name] },
      { logger: recordingLogger(), env: {}, workspace: '/work/repo', now: () => new Date(0) }
    )
  // Parsing reads the patterns; the run compiles them first thing, before any request.
  const refusal = async (values: Record<string, string>): Promise<string> => {
    try {
      await checkPatternInputs({ signing: parse(values) })
    } catch (err) {
      expect(err).toBeInstanceOf(InputError)
      return (err as Error).message
    }
    throw new Error('accepted')
  }

  it('refuses an invalid pattern in one line naming the input', async () => {
    expect(await refusal({ 'certificate-identity-regexp': '^https://(?=github)' })).toBe(
      "input 'certificate-identity-regexp': '^https://(?=github)' is not a Go RE2 regular expression " +
        '(error parsing regexp: invalid or unsupported Perl syntax: `(?=`); ' +
        'write it as for cosign: RE2 syntax, no lookaround or backreferences'
    )
    expect(await refusal({ 'certificate-oidc-issuer-regexp': '(' })).toBe(
      "input 'certificate-oidc-issuer-regexp': '(' is not a Go RE2 regular expression " +
        '(error parsing regexp: missing closing ): `(`); ' +
        'write it as for cosign: RE2 syntax, no lookaround or backreferences'
    )
  })

  it('refuses an exact issuer together with an issuer regexp', async () => {
    expect(
      await refusal({
        'certificate-oidc-issuer': GITHUB,
        'certificate-oidc-issuer-regexp': 'github'
      })
    ).toBe(
      "input 'certificate-oidc-issuer-regexp': set together with certificate-oidc-issuer; use one"
    )
  })

  it('carries the issuer regexp into the options', () => {
    expect(
      parse({ 'certificate-identity': BUILD, 'certificate-oidc-issuer-regexp': 'github' })
    ).toMatchObject({ certificateOidcIssuer: GITHUB, certificateOidcIssuerRegexp: 'github' })
  })
})
