import { describe, expect, it } from 'vitest'
import { signingStatement, statementProblem } from '../../src/signing/statement.js'
import {
  escapeRegExp,
  getIdentityToken,
  policyFromClaims,
  tokenClaims
} from '../../src/signing/oidc.js'
import { identityMatches } from '../../src/signing/identity.js'
import { recordingLogger } from '../harness/test-logger.js'

const HEX = 'd'.repeat(64)
const DIGEST = `sha256:${HEX}`
const TYPE = 'application/vnd.in-toto+json'

describe('signingStatement', () => {
  it("is cosign's new-bundle-format statement, byte for byte", () => {
    expect(signingStatement(DIGEST).toString()).toBe(
      `{"_type":"https://in-toto.io/Statement/v1","subject":[{"digest":{"sha256":"${HEX}"}}],` +
        '"predicateType":"https://sigstore.dev/cosign/sign/v1","predicate":{}}'
    )
  })
})

describe('statementProblem', () => {
  const statement = (o: object) => Buffer.from(JSON.stringify(o))
  const valid = JSON.parse(signingStatement(DIGEST).toString()) as Record<string, unknown>

  it('accepts exactly what signingStatement produces', () => {
    expect(statementProblem(TYPE, signingStatement(DIGEST), DIGEST)).toBeUndefined()
  })

  it.each<[string, string, Buffer, RegExp]>([
    [
      'another payload type',
      'text/plain',
      signingStatement(DIGEST),
      /payload type is "text\/plain"/
    ],
    ['no JSON', TYPE, Buffer.from('{'), /not JSON/],
    [
      'in-toto v0.1',
      TYPE,
      statement({ ...valid, _type: 'https://in-toto.io/Statement/v0.1' }),
      /statement type/
    ],
    [
      'an attestation',
      TYPE,
      statement({ ...valid, predicateType: 'https://slsa.dev/provenance/v1' }),
      /an attestation, not a signature/
    ],
    [
      'another digest',
      TYPE,
      signingStatement(`sha256:${'e'.repeat(64)}`),
      new RegExp(`signed statement is for sha256:e{64}, not ${DIGEST}`)
    ],
    ['no subject', TYPE, statement({ ...valid, subject: [] }), /is for no digest/]
  ])('refuses %s', (_name, type, payload, message) => {
    expect(statementProblem(type, payload, DIGEST)).toMatch(message)
  })
})

describe('OIDC tokens', () => {
  const jwt = (claims: object) =>
    `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`

  it('prefers SIGSTORE_ID_TOKEN and masks it', async () => {
    const logger = recordingLogger()
    expect(await getIdentityToken({ SIGSTORE_ID_TOKEN: 'tok' }, logger)).toBe('tok')
    expect(logger.secrets).toEqual(['tok'])
  })

  it('asks the GitHub Actions endpoint for audience sigstore', async () => {
    const logger = recordingLogger()
    let asked: { url: string; auth: string } | undefined
    const fetchImpl = ((url: URL, init: { headers: Record<string, string> }) => {
      asked = { url: url.toString(), auth: init.headers.authorization }
      return Promise.resolve(new Response(JSON.stringify({ value: 'oidc' })))
    }) as unknown as typeof fetch
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/req?api-version=2.0',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
    }
    expect(await getIdentityToken(env, logger, fetchImpl)).toBe('oidc')
    expect(asked).toEqual({
      url: 'https://token.example/req?api-version=2.0&audience=sigstore',
      auth: 'bearer request-token'
    })
    expect(logger.secrets).toEqual(['request-token', 'oidc'])
  })

  it('says how to get a token when there is none', async () => {
    await expect(getIdentityToken({}, recordingLogger())).rejects.toThrow(
      /permissions: id-token: write/
    )
  })

  it('predicts the certified identity from the claims', () => {
    const claims = tokenClaims(
      jwt({
        iss: 'https://token.actions.githubusercontent.com',
        sub: 'repo:acme/app:ref:refs/heads/main',
        job_workflow_ref: 'acme/app/.github/workflows/r.yml@refs/heads/main'
      })
    )
    const policy = policyFromClaims(claims)
    expect(policy.certificateOidcIssuer).toBe('https://token.actions.githubusercontent.com')
    expect(
      identityMatches(policy, 'https://github.com/acme/app/.github/workflows/r.yml@refs/heads/main')
    ).toBe(true)
    expect(identityMatches(policy, 'repo:acme/app:ref:refs/heads/main')).toBe(true)
    expect(
      identityMatches(
        policy,
        'https://github.com/acme/app/.github/workflows/r.yml@refs/heads/mainX'
      )
    ).toBe(false)
    expect(() => tokenClaims('opaque')).toThrow(/not a JWT/)
  })
})

describe('identityMatches', () => {
  const issuer = 'https://issuer'
  it.each([
    [{ certificateIdentity: 'a@b.c', certificateOidcIssuer: issuer }, 'a@b.c', true],
    [{ certificateIdentity: 'a@b.c', certificateOidcIssuer: issuer }, 'xa@b.c', false],
    [
      { certificateIdentityRegexp: '.*@acme\\.com', certificateOidcIssuer: issuer },
      'me@acme.com',
      true
    ],
    // Searched for, as cosign does (see identity.test.ts): a regexp occurring inside matches.
    [
      { certificateIdentityRegexp: 'https://github\\.com/acme/', certificateOidcIssuer: issuer },
      'https://github.com/acme/x',
      true
    ],
    [
      { certificateIdentityRegexp: escapeRegExp('a.b|c'), certificateOidcIssuer: issuer },
      'a.b|c',
      true
    ]
  ])('%j matches %s: %s', (policy, san, expected) => {
    expect(identityMatches(policy, san)).toBe(expected)
  })
})
