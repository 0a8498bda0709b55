import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseSigningOptions, type SigningOptions } from '../../src/commands/signing-inputs.js'
import { signatureGate } from '../../src/signing/signature-gate.js'
import { GateError } from '../../src/errors.js'
import { RegistryClient } from '../../src/registry/client.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference, type ImageReference } from '../../src/registry/reference.js'
import { keyFingerprint, loadPublicKey } from '../../src/signing/keys.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'
import { recordingLogger, type RecordingLogger } from '../harness/test-logger.js'
import {
  cosignFixture,
  cosignPublicKey,
  pushCosignSignatures,
  writePublicGoodRoot,
  type CosignCase
} from './cosign-fixtures.js'

// Signatures cosign itself made (vendored from containers/image), pushed in cosign's legacy
// `.sig` layout into a real registry, through the production signature gate.
describe('signature gate on cosign .sig signatures', () => {
  let registry: TestRegistry
  let client: RegistryClient
  let workspace: string
  let logger: RecordingLogger
  let repos = 0

  beforeAll(async () => {
    registry = await startRegistry()
    workspace = await mkdtemp(join(tmpdir(), 'cosign-legacy-'))
    writePublicGoodRoot(join(workspace, 'public-good-root.json'))
    await writeFile(join(workspace, 'cosign.pub'), cosignPublicKey('cosign.pub'))
    await writeFile(join(workspace, 'cosign2.pub'), cosignPublicKey('cosign2.pub'))
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey
    await writeFile(join(workspace, 'other.pub'), other.export({ format: 'pem', type: 'spki' }))
    logger = recordingLogger()
    client = new RegistryClient({
      keychain: new Keychain({ env: { HOME: '/nonexistent' }, logger }),
      logger
    })
  })
  afterAll(async () => {
    await registry?.stop()
    if (workspace) await rm(workspace, { recursive: true, force: true })
  })

  function options(inputs: Record<string, string>): SigningOptions {
    return parseSigningOptions(
      { get: name => inputs[name] },
      { logger, env: { COSIGN_BIN: '/nonexistent/cosign' }, workspace, now: () => new Date() }
    )
  }
  /** Pushes the case's signature (payload altered by `edit`) under a fresh repository. */
  async function pushed(
    name: CosignCase,
    edit: (payload: Buffer) => Buffer = p => p
  ): Promise<ImageReference> {
    const fixture = cosignFixture(name)
    const repo = `cosign-signed/r${++repos}`
    await pushCosignSignatures(registry, repo, fixture.digest, [
      { payload: edit(fixture.payload), annotations: fixture.annotations }
    ])
    return parseReference(registry.ref(repo, fixture.digest))
  }
  const refusal = async (p: Promise<unknown>): Promise<string> => {
    const err = await p.then(
      () => undefined,
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(GateError)
    return (err as GateError).message
  }
  const fp = (file: 'cosign.pub' | 'cosign2.pub') =>
    keyFingerprint(loadPublicKey(cosignPublicKey(file)))
  const keyless = {
    'trusted-root': 'public-good-root.json',
    'certificate-identity': 'mitr@redhat.com',
    'certificate-oidc-issuer': 'https://github.com/login/oauth'
  }

  it('passes a key signature cosign made, with the key it was made with', async () => {
    const image = await pushed('dir-img-cosign-valid')
    const gate = await signatureGate(
      client,
      image,
      options({ 'public-key': 'cosign.pub' }),
      true,
      logger
    )
    expect(gate).toEqual({
      name: 'signature',
      result: 'passed',
      detail: `sigstore: ${fp('cosign.pub')}, not in rekor`
    })
  })

  it('passes a key signature logged in the public-good Rekor, checking its SignedEntryTimestamp', async () => {
    const image = await pushed('dir-img-cosign-key-rekor-valid')
    const opts = options({ 'public-key': 'cosign2.pub', 'trusted-root': 'public-good-root.json' })
    const gate = await signatureGate(client, image, opts, true, logger)
    expect(gate).toEqual({
      name: 'signature',
      result: 'passed',
      detail: `sigstore: ${fp('cosign2.pub')}, rekor 11608800`
    })
  })

  it('passes a keyless signature: public-good Fulcio certificate, SCT and Rekor SET', async () => {
    const image = await pushed('dir-img-cosign-fulcio-rekor-valid')
    const gate = await signatureGate(client, image, options(keyless), true, logger)
    expect(gate).toEqual({
      name: 'signature',
      result: 'passed',
      detail: 'sigstore: mitr@redhat.com, rekor 11605770'
    })
  })

  it('refuses a cosign signature made with another key, saying so', async () => {
    const image = await pushed('dir-img-cosign-valid')
    const message = await refusal(
      signatureGate(client, image, options({ 'public-key': 'other.pub' }), true, logger)
    )
    expect(message).toContain(`${image.digest} has no signature from key sha256:`)
    expect(message).toContain('found: cosign signature does not verify with key sha256:')
    expect(message).toContain('signed by another key')
  })

  it('refuses a logged cosign signature made with another key, naming the key the log holds', async () => {
    const image = await pushed('dir-img-cosign-key-rekor-valid')
    const opts = options({ 'public-key': 'cosign.pub', 'trusted-root': 'public-good-root.json' })
    const message = await refusal(signatureGate(client, image, opts, true, logger))
    expect(message).toContain(
      `found: cosign signature is signed by another key, ${fp('cosign2.pub')}, not ${fp('cosign.pub')}`
    )
  })

  it('refuses an altered payload', async () => {
    const image = await pushed('dir-img-cosign-valid', p =>
      Buffer.from(
        p.toString('utf8').replace('cosign-signed-single-sample', 'cosign-signed-single-sampl3')
      )
    )
    const message = await refusal(
      signatureGate(client, image, options({ 'public-key': 'cosign.pub' }), true, logger)
    )
    expect(message).toContain('found: cosign signature does not verify with key')
  })

  it('refuses a keyless signature whose payload was altered, though its log entry is genuine', async () => {
    const image = await pushed('dir-img-cosign-fulcio-rekor-valid', p =>
      Buffer.from(p.toString('utf8').replace('fulcio-rekor-1', 'fulcio-rekor-2'))
    )
    const message = await refusal(signatureGate(client, image, options(keyless), true, logger))
    expect(message).toMatch(
      /found: cosign signature (was altered after signing|has no transparency)/
    )
  })

  it('refuses a keyless signature by another identity, naming it', async () => {
    const image = await pushed('dir-img-cosign-fulcio-rekor-valid')
    const opts = options({ ...keyless, 'certificate-identity': 'someone@example.com' })
    const message = await refusal(signatureGate(client, image, opts, true, logger))
    expect(message).toContain(
      'found: cosign signature is signed by mitr@redhat.com (issuer https://github.com/login/oauth)'
    )
  })

  it('refuses a signature of another digest stored under this digest', async () => {
    const fixture = cosignFixture('dir-img-cosign-valid')
    const other = `sha256:${'1'.repeat(64)}`
    const repo = `cosign-signed/r${++repos}`
    await pushCosignSignatures(registry, repo, other, [fixture])
    const image = parseReference(registry.ref(repo, other))
    const message = await refusal(
      signatureGate(client, image, options({ 'public-key': 'cosign.pub' }), true, logger)
    )
    expect(message).toContain(`found: cosign signature its payload signs ${fixture.digest}`)
  })
})
