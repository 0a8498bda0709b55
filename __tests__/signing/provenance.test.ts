import { describe, expect, it } from 'vitest'
import { checkPatternInputs } from '../../src/commands/pattern-inputs.js'
import { parseProvenanceOptions } from '../../src/commands/provenance-inputs.js'
import { InputError } from '../../src/errors.js'
import { verifyBundleForDigest } from '../../src/signing/bundle-verify.js'
import {
  certificateClaims,
  certificateDisagreement,
  parseProvenanceStatement,
  policyProblem,
  type ProvenanceFacts
} from '../../src/signing/provenance.js'
import { seededPublicGoodRoot } from '../../src/signing/public-good-root.js'
import { realBundle } from './provenance-fixture.js'

/** The wheel GitHub's attestation in the vendored bundle is about. */
const WHEEL = 'sha256:49a3aa6075e0f49f82843e74b5baa614ad2a588e6675612bf108a0a008c5ac25'

function realPayload(): { payloadType: string; payload: Buffer } {
  const bundle = JSON.parse(realBundle().toString('utf8')) as {
    dsseEnvelope: { payload: string; payloadType: string }
  }
  return {
    payloadType: bundle.dsseEnvelope.payloadType,
    payload: Buffer.from(bundle.dsseEnvelope.payload, 'base64')
  }
}

const FACTS: ProvenanceFacts = {
  builder: 'https://github.com/actions/runner/github-hosted',
  repositoryUri: 'https://github.com/malancas/attest-demo',
  repository: 'malancas/attest-demo',
  ref: 'refs/heads/main',
  workflow: '.github/workflows/shared.yml',
  commit: '95baf27389e83e6a5c48f42e190d48d7abcea19e',
  invocation: 'https://github.com/malancas/attest-demo/actions/runs/9228858953/attempts/1'
}

describe('SLSA provenance as GitHub writes it', () => {
  it('reads the build from a real statement', () => {
    const { payloadType, payload } = realPayload()
    expect(parseProvenanceStatement(payloadType, payload, WHEEL)).toEqual({ facts: FACTS })
  })

  it('refuses the real statement for another digest', () => {
    const { payloadType, payload } = realPayload()
    expect(parseProvenanceStatement(payloadType, payload, `sha256:${'0'.repeat(64)}`)).toEqual({
      problem: `is provenance of ${WHEEL}`
    })
  })

  it("reads the real certificate's GitHub claims, which agree with its statement", () => {
    const claims = certificateClaims(realBundle())
    expect(claims).toEqual({
      sourceRepositoryUri: 'https://github.com/malancas/attest-demo',
      sourceRepositoryDigest: '95baf27389e83e6a5c48f42e190d48d7abcea19e',
      sourceRepositoryRef: 'refs/heads/main',
      buildConfigUri:
        'https://github.com/malancas/attest-demo/.github/workflows/shared.yml@refs/heads/main'
    })
    expect(certificateDisagreement(FACTS, claims)).toBeUndefined()
    expect(certificateDisagreement({ ...FACTS, ref: 'refs/heads/dev' }, claims)).toBe(
      "its certificate's source ref is 'refs/heads/main', but the statement says 'refs/heads/dev'"
    )
  })

  it('verifies the real bundle offline against the public-good root', () => {
    const verified = verifyBundleForDigest(
      realBundle(),
      WHEEL,
      {
        certificateIdentityRegexp: '^https://github\\.com/github/artifact-attestations-workflows/',
        certificateOidcIssuer: 'https://token.actions.githubusercontent.com'
      },
      seededPublicGoodRoot()
    )
    expect(verified.predicateType).toBe('https://slsa.dev/provenance/v1')
  })

  it.each([
    [{ repository: 'malancas/attest-demo' }, undefined],
    [{ repository: 'Malancas/Attest-Demo' }, undefined],
    [{ repository: 'acme/app' }, "was built from 'malancas/attest-demo', not acme/app"],
    [{ repository: 'malancas/attest-demo', ref: 'refs/heads/main|refs/tags/v.*' }, undefined],
    [
      { repository: 'malancas/attest-demo', ref: 'refs/heads/ma' },
      "was built from ref 'refs/heads/main', which does not match ^(?:refs/heads/ma)$"
    ],
    [
      { repository: 'malancas/attest-demo', workflow: '.github/workflows/build.yml' },
      "was built by workflow '.github/workflows/shared.yml', not .github/workflows/build.yml"
    ]
  ])('judges the build against %j', (policy, problem) => {
    expect(policyProblem(FACTS, policy)).toBe(problem)
  })
})

describe('provenance inputs', () => {
  const parse = (inputs: Record<string, string>) =>
    parseProvenanceOptions({ get: name => inputs[name] })

  it('reads a policy', () => {
    expect(
      parse({
        'require-provenance': 'true',
        'provenance-repository': 'acme/app',
        'provenance-ref': 'refs/heads/main|refs/tags/v.*',
        'provenance-workflow': '.github/workflows/build.yml'
      })
    ).toEqual({
      require: true,
      repository: 'acme/app',
      ref: 'refs/heads/main|refs/tags/v.*',
      workflow: '.github/workflows/build.yml'
    })
  })

  it.each([
    [
      { 'require-provenance': 'true' },
      "input 'provenance-repository': required with require-provenance; name the repository whose CI builds the image, e.g. acme/app"
    ],
    [
      { 'provenance-repository': '../..' },
      "input 'provenance-repository': '../..' is not owner/name; use GitHub's owner/name of the repository that builds the image, e.g. acme/app"
    ],
    [
      { 'provenance-ref': 'refs/(?=main)' },
      /^input 'provenance-ref': 'refs\/\(\?=main\)' is not a Go RE2 regular expression \(.+\); write RE2 syntax/
    ],
    [
      { 'provenance-workflow': '.github/workflows/../build.yml' },
      "input 'provenance-workflow': '.github/workflows/../build.yml' is not a workflow path; give it as GitHub does, e.g. .github/workflows/build.yml"
    ]
  ])('refuses %j in one line', async (inputs, message) => {
    // The ref pattern is compiled as the run's first step, the rest while parsing.
    const check = async () => checkPatternInputs({ provenance: parse(inputs) })
    await expect(check()).rejects.toThrow(InputError)
    await expect(check()).rejects.toThrow(message)
  })
})
