import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/registry/client.js'
import { retag } from '../../src/registry/copy.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference, type ImageReference } from '../../src/registry/reference.js'
import {
  attachReferrer,
  copyReferrers,
  listReferrers,
  readReferrerLayer
} from '../../src/registry/referrers.js'
import { SigstoreSigner, SigstoreVerifier } from '../../src/signing/sigstore.js'
import {
  BUNDLE_ANNOTATIONS,
  SIGSTORE_BUNDLE_MEDIA_TYPE,
  type KeylessPolicy
} from '../../src/signing/types.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'
import { skopeoDigest } from '../harness/skopeo.js'
import { recordingLogger } from '../harness/test-logger.js'
import { startSigstoreMock, unsignedJwt, type SigstoreMock } from './sigstore-mock.js'

const ISSUER = 'https://token.actions.githubusercontent.com'

/** `sha256:<hex>` of a public key's SubjectPublicKeyInfo, as messages name keys. */
const fingerprint = (key: KeyObject) =>
  `sha256:${createHash('sha256')
    .update(key.export({ format: 'der', type: 'spki' }))
    .digest('hex')}`
const WORKFLOW = 'acme/app/.github/workflows/release.yml@refs/heads/main'
const IDENTITY = `https://github.com/${WORKFLOW}`

describe('sigstore backend against a real registry and an offline Sigstore', () => {
  let registry: TestRegistry
  let sigstore: SigstoreMock
  let client: RegistryClient
  const logger = recordingLogger()
  const token = unsignedJwt({ iss: ISSUER, sub: IDENTITY, job_workflow_ref: WORKFLOW })
  const policy: KeylessPolicy = { certificateIdentity: IDENTITY, certificateOidcIssuer: ISSUER }

  beforeAll(async () => {
    registry = await startRegistry()
    sigstore = await startSigstoreMock()
    client = new RegistryClient({
      keychain: new Keychain({ env: { HOME: '/nonexistent' }, logger }),
      logger
    })
  })
  afterAll(async () => {
    await sigstore?.stop()
    await registry?.stop()
  })

  const push = async (tag: string): Promise<[PushedImage, ImageReference]> => {
    const image = await pushImage(registry, 'app', tag)
    return [image, parseReference(registry.ref('app', image.digest))]
  }
  const common = () => ({
    client,
    logger,
    env: {},
    trustedRootPath: sigstore.trustedRootPath,
    fulcioUrl: sigstore.fulcioUrl,
    rekorUrl: sigstore.rekorUrl
  })
  const keyless = () =>
    new SigstoreSigner({ ...common(), identityToken: () => Promise.resolve(token) })
  const verifier = () => new SigstoreVerifier(common())

  it('signs keylessly, attaches the bundle as a referrer and verifies it', async () => {
    const [image, ref] = await push('keyless')
    const signed = await keyless().sign(ref)
    expect(signed).toMatchObject({ backend: 'sigstore', digest: image.digest, created: true })
    expect(signed.identity).toBe(IDENTITY)
    expect(signed.rekorLogIndex).toMatch(/^\d+$/)
    expect(logger.secrets).toContain(token)

    const result = await verifier().verify(ref, policy)
    expect(result).toEqual({
      verified: true,
      backend: 'sigstore',
      identity: IDENTITY,
      issuer: 'https://token.actions.githubusercontent.com',
      rekorLogIndex: signed.rekorLogIndex,
      integratedTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/)
    })
    const regexp = await verifier().verify(ref, {
      certificateIdentityRegexp: 'https://github\\.com/acme/.*',
      certificateOidcIssuer: ISSUER
    })
    expect(regexp.verified).toBe(true)

    const referrers = await listReferrers(client, ref, image.digest)
    expect(referrers).toHaveLength(1)
    expect(referrers[0]).toMatchObject({
      artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
      annotations: BUNDLE_ANNOTATIONS
    })
    expect(await skopeoDigest(registry.ref('app', 'keyless'))).toBe(image.digest)
  })

  it('signs once: a second run finds the verified signature and adds nothing', async () => {
    const [image, ref] = await push('twice')
    await keyless().sign(ref)
    const before = sigstore.logged()
    const again = await keyless().sign(ref)
    expect(again).toMatchObject({ created: false, identity: IDENTITY })
    expect(sigstore.logged()).toBe(before)
    expect(await listReferrers(client, ref, image.digest)).toHaveLength(1)
  })

  it('verifies in another repository: the signature travels with the digest', async () => {
    const [image, ref] = await push('moving')
    await keyless().sign(ref)
    const target = parseReference(registry.ref('promoted', 'moving'))
    // retag carries the digest's referrers along; copying them again adds nothing.
    await retag(client, ref, target)
    const promoted = parseReference(registry.ref('promoted', image.digest))
    expect(await verifier().verify(promoted, policy)).toMatchObject({ verified: true })
    await copyReferrers(client, ref, promoted, image.digest, SIGSTORE_BUNDLE_MEDIA_TYPE)
    expect(await listReferrers(client, promoted, image.digest)).toHaveLength(1)
    expect(await verifier().verify(promoted, policy)).toMatchObject({
      verified: true,
      identity: IDENTITY
    })
  })

  it('refuses another identity, another issuer, and an unsigned digest, each with its reason', async () => {
    const [, ref] = await push('identities')
    await keyless().sign(ref)
    const other = await verifier().verify(ref, {
      certificateIdentity: 'https://github.com/acme/other/.github/workflows/x.yml@refs/heads/main',
      certificateOidcIssuer: ISSUER
    })
    expect(other.verified).toBe(false)
    expect(other.reason).toMatch(
      new RegExp(`is signed by ${IDENTITY.replace(/[./]/g, '\\$&')} \\(issuer`)
    )

    const issuer = await verifier().verify(ref, {
      ...policy,
      certificateOidcIssuer: 'https://accounts.google.com'
    })
    expect(issuer.reason).toContain(`is signed by ${IDENTITY} (issuer ${ISSUER})`)

    // Regexps are searched for, as cosign does; an issuer regexp replaces the exact issuer.
    const searched = await verifier().verify(ref, {
      certificateIdentityRegexp: '^https://github\\.com/acme/app/',
      certificateOidcIssuer: 'https://accounts.google.com',
      certificateOidcIssuerRegexp: '^https://token\\.actions\\.githubusercontent\\.com$'
    })
    expect(searched).toMatchObject({ verified: true, identity: IDENTITY })
    const otherIssuer = await verifier().verify(ref, {
      ...policy,
      certificateOidcIssuerRegexp: 'accounts\\.google\\.com'
    })
    expect(otherIssuer.verified).toBe(false)

    const [, unsigned] = await push('unsigned')
    expect(await verifier().verify(unsigned, policy)).toEqual({
      verified: false,
      backend: 'sigstore',
      reason: 'no Sigstore bundle is attached'
    })
  })

  it('refuses a valid signature of another digest copied onto this one', async () => {
    const [signedImage, signedRef] = await push('original')
    await keyless().sign(signedRef)
    const bundle = await bundleOf(signedRef, signedImage.digest)
    const [victim, victimRef] = await push('victim')
    await attachReferrer(client, victimRef, descriptor(victim), bundleArtifact(bundle))
    const result = await verifier().verify(victimRef, policy)
    expect(result.verified).toBe(false)
    expect(result.reason).toContain(
      `signed statement is for ${signedImage.digest}, not ${victim.digest}`
    )
  })

  it('refuses a tampered bundle', async () => {
    const [image, ref] = await push('tampered')
    const [, donor] = await push('donor')
    await keyless().sign(donor)
    const json = JSON.parse((await bundleOf(donor)).toString()) as {
      dsseEnvelope: { payload: string }
    }
    // Same shape, this digest: only the signature no longer matches the payload.
    const payload = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString())
    payload.subject[0].digest.sha256 = image.digest.split(':')[1]
    json.dsseEnvelope.payload = Buffer.from(JSON.stringify(payload)).toString('base64')
    await attachReferrer(
      client,
      ref,
      descriptor(image),
      bundleArtifact(Buffer.from(JSON.stringify(json)))
    )
    const result = await verifier().verify(ref, policy)
    expect(result.verified).toBe(false)
    expect(result.reason).toMatch(
      /^bundle sha256:[0-9a-f]{12}… was altered after signing: .*mismatch/
    )
  })

  describe('with a local key', () => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const password = 'correct horse battery staple'
    const encrypted = keys.privateKey
      .export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: password })
      .toString()
    const publicPem = keys.publicKey.export({ format: 'pem', type: 'spki' }).toString()
    const keySigner = (extra: object = {}) =>
      new SigstoreSigner({
        client,
        logger,
        env: {},
        key: encrypted,
        password,
        tlogUpload: false,
        ...extra
      })

    it('signs with no network and verifies with the public key alone', async () => {
      const [image, ref] = await push('key')
      const signed = await keySigner().sign(ref)
      expect(signed).toMatchObject({ created: true, digest: image.digest })
      expect(signed.keyFingerprint).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(signed.rekorLogIndex).toBeUndefined()
      const result = await new SigstoreVerifier({ client, logger, env: {} }).verify(ref, {
        key: publicPem
      })
      expect(result).toEqual({
        verified: true,
        backend: 'sigstore',
        keyFingerprint: signed.keyFingerprint
      })
      expect((await keySigner().sign(ref)).created).toBe(false)
      expect(await listReferrers(client, ref, image.digest)).toHaveLength(1)
    })

    it('refuses a wrong password, another key, and a keyless policy', async () => {
      const [, ref] = await push('key-refusals')
      await expect(keySigner({ password: 'wrong' }).sign(ref)).rejects.toThrow(
        /decryption failed; check cosign-password/
      )
      await keySigner().sign(ref)
      const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
      const otherPem = other.publicKey.export({ format: 'pem', type: 'spki' }).toString()
      const wrongKey = await new SigstoreVerifier({ client, logger, env: {} }).verify(ref, {
        key: otherPem
      })
      // The bundle names its key (cosign's and sigstore-go's hint), so the refusal says whose.
      expect(wrongKey.reason).toMatch(
        new RegExp(
          `^bundle sha256:[0-9a-f]{12}… is signed by another key, ${fingerprint(keys.publicKey)}, ` +
            `not ${fingerprint(other.publicKey)}$`
        )
      )
      const keylessResult = await verifier().verify(ref, policy)
      expect(keylessResult.reason).toContain('is signed with a key, not a Fulcio certificate')
    })

    it('logs in Rekor when asked, and the log entry is checked against the trusted root', async () => {
      const [, ref] = await push('key-tlog')
      const signed = await keySigner({ ...common(), tlogUpload: true }).sign(ref)
      expect(signed.rekorLogIndex).toMatch(/^\d+$/)
      const result = await new SigstoreVerifier({ ...common(), requireTlog: true }).verify(ref, {
        key: publicPem
      })
      expect(result).toMatchObject({ verified: true, rekorLogIndex: signed.rekorLogIndex })
    })
  })

  async function bundleOf(ref: ImageReference, digest = ref.digest!): Promise<Buffer> {
    const [d] = await listReferrers(client, ref, digest, SIGSTORE_BUNDLE_MEDIA_TYPE)
    const { layer } = await readReferrerLayer(client, ref, d, SIGSTORE_BUNDLE_MEDIA_TYPE)
    return layer!
  }
})

function descriptor(image: PushedImage) {
  return { mediaType: image.mediaType, digest: image.digest, size: image.bytes.length }
}

function bundleArtifact(bytes: Buffer) {
  return {
    artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
    blobs: [{ mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE, bytes }],
    annotations: { ...BUNDLE_ANNOTATIONS }
  }
}
