import { generateKeyPairSync } from 'node:crypto'
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseSigningOptions, type SigningOptions } from '../../src/commands/signing-inputs.js'
import { signatureGate, signDigest } from '../../src/signing/signature-gate.js'
import { GateError } from '../../src/errors.js'
import { RegistryClient } from '../../src/registry/client.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference, type ImageReference } from '../../src/registry/reference.js'
import { pushImage } from '../harness/images.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'
import { recordingLogger, type RecordingLogger } from '../harness/test-logger.js'
import { startSigstoreMock, unsignedJwt, type SigstoreMock } from './sigstore-mock.js'

const ISSUER = 'https://token.actions.githubusercontent.com'
const IDENTITY = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'

describe('signatureGate and signDigest', () => {
  let registry: TestRegistry
  let sigstore: SigstoreMock
  let client: RegistryClient
  let workspace: string
  let logger: RecordingLogger
  const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  let tag = 0

  beforeAll(async () => {
    registry = await startRegistry()
    sigstore = await startSigstoreMock()
    workspace = await mkdtemp(join(tmpdir(), 'gate-workspace-'))
    await copyFile(sigstore.trustedRootPath, join(workspace, 'trusted_root.json'))
    const encrypted = keys.privateKey.export({
      format: 'pem',
      type: 'pkcs8',
      cipher: 'aes-256-cbc',
      passphrase: 'pw'
    })
    await writeFile(join(workspace, 'cosign.key'), encrypted)
    await writeFile(
      join(workspace, 'cosign.pub'),
      keys.publicKey.export({ format: 'pem', type: 'spki' })
    )
    logger = recordingLogger()
    client = new RegistryClient({
      keychain: new Keychain({ env: { HOME: '/nonexistent' }, logger }),
      logger
    })
  })
  afterAll(async () => {
    await sigstore?.stop()
    await registry?.stop()
    if (workspace) await rm(workspace, { recursive: true, force: true })
  })

  /** Signing options as the action would parse them; no cosign here, so `auto` is sigstore. */
  function options(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): SigningOptions {
    const values: Record<string, string> = {
      'fulcio-url': sigstore.fulcioUrl,
      'rekor-url': sigstore.rekorUrl,
      'trusted-root': 'trusted_root.json',
      ...inputs
    }
    return parseSigningOptions(
      { get: name => values[name] },
      {
        logger,
        env: { COSIGN_BIN: '/nonexistent/cosign', ...env },
        workspace,
        now: () => new Date()
      }
    )
  }
  const keyless = (extra: Record<string, string> = {}) =>
    options(
      { 'certificate-identity': IDENTITY, ...extra },
      { SIGSTORE_ID_TOKEN: unsignedJwt({ iss: ISSUER, sub: IDENTITY }) }
    )
  const push = async (): Promise<ImageReference> => {
    const image = await pushImage(registry, 'app', `t${++tag}`)
    return parseReference(registry.ref('app', image.digest))
  }
  const gateError = async (p: Promise<unknown>): Promise<GateError> => {
    const err = await p.then(
      () => undefined,
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(GateError)
    return err as GateError
  }

  it('skips when not required and nothing says whom to trust', async () => {
    const image = await push()
    const result = await signatureGate(client, image, options({}), false, logger, {
      environment: 'staging'
    })
    expect(result).toEqual({
      name: 'signature',
      result: 'skipped',
      detail: 'not required for staging; no signature checked'
    })
  })

  it('refuses when required but nothing says whom to trust', async () => {
    const image = await push()
    const err = await gateError(
      signatureGate(client, image, options({}), true, logger, { environment: 'production' })
    )
    expect(err.message).toBe(
      `gate 'signature' failed: ${image.digest} must be signed for production, but no signer to trust is configured; ` +
        'fix: set public-key, or certificate-identity (or certificate-identity-regexp) with certificate-oidc-issuer'
    )
  })

  it('passes a digest signed keylessly by the expected identity', async () => {
    const image = await push()
    const opts = keyless({ sign: 'true' })
    const signed = await signDigest(client, image, opts, logger)
    expect(signed).toMatchObject({ backend: 'sigstore', created: true, identity: IDENTITY })
    const result = await signatureGate(client, image, opts, true, logger)
    expect(result).toEqual({
      name: 'signature',
      result: 'passed',
      detail: `sigstore: ${IDENTITY}, rekor ${signed!.rekorLogIndex}`
    })
    expect((await signDigest(client, image, opts, logger))?.created).toBe(false)
    expect(await signDigest(client, image, keyless(), logger)).toBeUndefined()
  })

  it('refuses an unsigned digest with what it expected, what it found and how to fix it', async () => {
    const image = await push()
    const err = await gateError(signatureGate(client, image, keyless(), true, logger))
    expect(err.message).toBe(
      `gate 'signature' failed: ${image.digest} has no signature from ${IDENTITY} (issuer ${ISSUER}); ` +
        'found: no Sigstore bundle is attached; ' +
        `fix: sign the digest as ${IDENTITY} (issuer ${ISSUER}) (sign: true, or cosign sign) before promoting; ` +
        'signatures are referrers of the digest, so copy them along when the image moves registries'
    )
  })

  it('refuses a signature by someone else, and only warns when not required', async () => {
    const image = await push()
    await signDigest(client, image, keyless({ sign: 'true' }), logger)
    const other = keyless({
      'certificate-identity': 'https://github.com/evil/fork/.github/workflows/x.yml@refs/heads/main'
    })
    const err = await gateError(signatureGate(client, image, other, true, logger))
    expect(err.message).toMatch(
      /has no signature from https:\/\/github\.com\/evil\/fork\/.* found: bundle sha256:[0-9a-f]{12}… is signed by https:\/\/github\.com\/acme\/app\/\.github\/workflows\/release\.yml@refs\/heads\/main \(issuer https:\/\/token\.actions\.githubusercontent\.com\); fix: sign as https:\/\/github\.com\/evil\/fork\/.*, or trust the signer that did/
    )

    const soft = await signatureGate(client, image, other, false, logger, { environment: 'dev' })
    expect(soft.result).toBe('failed')
    expect(
      logger.lines.some(l => l.startsWith('warning: signature check (not required for dev)'))
    ).toBe(true)
  })

  it('signs and verifies with a key file, offline, with or without the public key', async () => {
    const image = await push()
    const opts = options({
      sign: 'true',
      'cosign-key': 'cosign.key',
      'cosign-password': 'pw',
      'tlog-upload': 'false'
    })
    const signed = await signDigest(client, image, opts, logger)
    expect(signed?.keyFingerprint).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(logger.secrets).toContain('pw')
    const derived = await signatureGate(client, image, opts, true, logger)
    expect(derived).toEqual({
      name: 'signature',
      result: 'passed',
      detail: `sigstore: ${signed!.keyFingerprint}, not in rekor`
    })
    const pub = options({ 'public-key': 'cosign.pub', 'tlog-upload': 'false' })
    expect((await signatureGate(client, image, pub, true, logger)).result).toBe('passed')

    const unsigned = await push()
    const err = await gateError(signatureGate(client, unsigned, pub, true, logger))
    expect(err.message).toContain(
      `has no signature from key ${signed!.keyFingerprint}; found: no Sigstore bundle is attached`
    )
  })

  it("checks nothing when 'signing' is none, unless a signature is required", async () => {
    const image = await push()
    const none = options({ signing: 'none', 'certificate-identity': IDENTITY })
    expect((await signatureGate(client, image, none, false, logger)).result).toBe('skipped')
    const err = await gateError(
      signatureGate(client, image, none, true, logger, { environment: 'prod' })
    )
    expect(err.message).toContain("prod requires a signature but 'signing' is none")
    expect(await signDigest(client, image, none, logger)).toBeUndefined()
  })
})
