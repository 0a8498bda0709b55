import { describe, expect, it } from 'vitest'
import { checkPatternInputs } from '../../src/commands/pattern-inputs.js'
import { parseSigningOptions, SIGNING_INPUTS } from '../../src/commands/signing-inputs.js'
import { signatureRequired } from '../../src/signing/signature-gate.js'
import type { RunContext } from '../../src/commands/types.js'
import { InputError } from '../../src/errors.js'
import type { InputSource } from '../../src/inputs.js'
import { recordingLogger, type RecordingLogger } from '../harness/test-logger.js'

function source(values: Record<string, string>): InputSource {
  return { get: name => (values[name]?.trim() ? values[name].trim() : undefined) }
}

function context(env: NodeJS.ProcessEnv = {}): RunContext & { logger: RecordingLogger } {
  return { logger: recordingLogger(), env, workspace: '/work/repo', now: () => new Date(0) }
}

describe('SIGNING_INPUTS', () => {
  it('declares every input once, with a description', () => {
    const names = SIGNING_INPUTS.map(i => i.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toEqual([
      'signing',
      'sign',
      'require-signature',
      'cosign-key',
      'cosign-password',
      'public-key',
      'certificate-identity',
      'certificate-identity-regexp',
      'certificate-oidc-issuer',
      'certificate-oidc-issuer-regexp',
      'fulcio-url',
      'rekor-url',
      'trusted-root',
      'tlog-upload'
    ])
    for (const i of SIGNING_INPUTS) expect(i.description.length).toBeGreaterThan(10)
  })
})

describe('parseSigningOptions', () => {
  it('has defaults that need no input at all', () => {
    const opts = parseSigningOptions(source({}), context())
    expect(opts).toMatchObject({
      backend: 'auto',
      sign: false,
      certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
      fulcioUrl: 'https://fulcio.sigstore.dev',
      rekorUrl: 'https://rekor.sigstore.dev',
      tlogUpload: true
    })
    expect(opts.requireSignature).toBeUndefined()
    expect(signatureRequired(opts, true)).toBe(true)
    expect(signatureRequired(opts, false)).toBe(false)
  })

  it('lets require-signature override the environment either way', () => {
    const yes = parseSigningOptions(source({ 'require-signature': 'true' }), context())
    const no = parseSigningOptions(source({ 'require-signature': 'false' }), context())
    expect(signatureRequired(yes, false)).toBe(true)
    expect(signatureRequired(no, true)).toBe(false)
  })

  it('masks the password, from the input or COSIGN_PASSWORD', () => {
    const ctx = context({ COSIGN_PASSWORD: 'from-env' })
    expect(parseSigningOptions(source({}), ctx).password).toBe('from-env')
    expect(ctx.logger.secrets).toContain('from-env')
    const ctx2 = context({ COSIGN_PASSWORD: 'from-env' })
    expect(parseSigningOptions(source({ 'cosign-password': 'given' }), ctx2).password).toBe('given')
    expect(ctx2.logger.secrets).toContain('given')
  })

  it('resolves key paths in the workspace and keeps references as they are', () => {
    const opts = parseSigningOptions(
      source({ 'cosign-key': 'keys/cosign.key', 'public-key': 'env://PUB' }),
      context()
    )
    expect(opts.key).toBe('/work/repo/keys/cosign.key')
    expect(opts.publicKey).toBe('env://PUB')
    const kms = parseSigningOptions(source({ 'cosign-key': 'awskms://alias/x' }), context())
    expect(kms.key).toBe('awskms://alias/x')
  })

  it('takes COSIGN_BIN and the trusted root path', () => {
    const opts = parseSigningOptions(
      source({ 'trusted-root': 'sigstore/trusted_root.json' }),
      context({ COSIGN_BIN: '/opt/cosign' })
    )
    expect(opts).toMatchObject({
      cosignBin: '/opt/cosign',
      trustedRoot: '/work/repo/sigstore/trusted_root.json'
    })
  })

  it.each<[string, Record<string, string>, string]>([
    ['an unknown backend', { signing: 'notary' }, "input 'signing': expected one of"],
    [
      'signing nothing',
      { signing: 'none', sign: 'true' },
      "input 'sign': true, but 'signing' is none"
    ],
    [
      'requiring what cannot be checked',
      { signing: 'none', 'require-signature': 'true' },
      "input 'require-signature': true, but 'signing' is none"
    ],
    [
      'a bad flag',
      { 'require-signature': 'yes' },
      "input 'require-signature': expected true or false"
    ],
    [
      'a key and an identity',
      { 'public-key': 'env://K', 'certificate-identity': 'me@x.y' },
      "input 'public-key': set together with certificate-identity(-regexp)"
    ],
    [
      'both identity forms',
      { 'certificate-identity': 'a', 'certificate-identity-regexp': 'b' },
      "input 'certificate-identity-regexp': set together with certificate-identity"
    ],
    [
      'a broken regexp',
      { 'certificate-identity-regexp': '(' },
      "input 'certificate-identity-regexp': '(' is not a Go RE2 regular expression"
    ],
    [
      'KMS without cosign',
      { signing: 'sigstore', 'cosign-key': 'gcpkms://projects/p/k' },
      "input 'cosign-key': KMS keys need the cosign backend"
    ],
    [
      'keyless without the log',
      { sign: 'true', 'tlog-upload': 'false' },
      "input 'tlog-upload': false needs cosign-key"
    ],
    ['a URL that is not one', { 'rekor-url': 'rekor' }, "input 'rekor-url': 'rekor' is not a URL"],
    [
      'a URL of another scheme',
      { 'fulcio-url': 'file:///etc/passwd' },
      "input 'fulcio-url': 'file:///etc/passwd' is not an http(s) URL"
    ],
    [
      'a trusted root outside the workspace',
      { 'trusted-root': '../../etc/root.json' },
      "input 'trusted-root': path '../../etc/root.json' is outside /work/repo"
    ]
  ])('refuses %s, naming the input', async (_name, values, message) => {
    let error: unknown
    try {
      // The patterns are compiled as the run's first step, the rest while parsing.
      await checkPatternInputs({ signing: parseSigningOptions(source(values), context()) })
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toContain(message)
  })
})
