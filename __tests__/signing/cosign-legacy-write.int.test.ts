import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/registry/client.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference } from '../../src/registry/reference.js'
import { checkLegacySignatures } from '../../src/signing/cosign-legacy-verify.js'
import { signatureTag } from '../../src/signing/cosign-layout.js'
import { SigstoreSigner } from '../../src/signing/sigstore.js'
import {
  loadTrustedRootFile,
  keylessTrustMaterial,
  keyTrustMaterial
} from '../../src/signing/trust.js'
import { getManifest, pushImage } from '../harness/images.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'
import { recordingLogger } from '../harness/test-logger.js'
import { startSigstoreMock, unsignedJwt, type SigstoreMock } from './sigstore-mock.js'

const ISSUER = 'https://token.actions.githubusercontent.com'
const IDENTITY = 'https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main'

// What the sigstore backend writes in cosign's legacy layout, read back from a real registry:
// the spec's tag, media types and annotation keys, and a signature our cosign reader verifies.
describe('signing in cosign .sig layout', () => {
  let registry: TestRegistry
  let sigstore: SigstoreMock
  let workspace: string
  const logger = recordingLogger()
  const client = new RegistryClient({
    keychain: new Keychain({ env: { HOME: '/nonexistent' }, logger }),
    logger
  })

  beforeAll(async () => {
    registry = await startRegistry()
    sigstore = await startSigstoreMock()
    workspace = await mkdtemp(join(tmpdir(), 'cosign-write-'))
  })
  afterAll(async () => {
    await sigstore?.stop()
    await registry?.stop()
    if (workspace) await rm(workspace, { recursive: true, force: true })
  })

  const signer = (extra: Partial<ConstructorParameters<typeof SigstoreSigner>[0]>) =>
    new SigstoreSigner({
      client,
      logger,
      env: {},
      trustedRootPath: sigstore.trustedRootPath,
      fulcioUrl: sigstore.fulcioUrl,
      rekorUrl: sigstore.rekorUrl,
      cosignLegacyLayout: true,
      ...extra
    })

  async function sigManifest(repo: string, digest: string) {
    const res = await getManifest(registry, repo, signatureTag(digest))
    expect(res.status).toBe(200)
    return JSON.parse(res.bytes.toString('utf8')) as {
      mediaType: string
      config: { mediaType: string }
      layers: Array<{ mediaType: string; annotations: Record<string, string> }>
    }
  }

  it('writes a key signature cosign reads: tag, media types, signature annotation; once', async () => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const pushed = await pushImage(registry, 'written/key', 'v1')
    const image = parseReference(registry.ref('written/key', pushed.digest))
    const privatePem = keys.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    const s = signer({ key: privatePem, tlogUpload: false })
    expect((await s.sign(image)).created).toBe(true)
    const m = await sigManifest('written/key', pushed.digest)
    expect(m.mediaType).toBe('application/vnd.oci.image.manifest.v1+json')
    expect(m.config.mediaType).toBe('application/vnd.oci.image.config.v1+json')
    expect(m.layers.map(l => l.mediaType)).toEqual([
      'application/vnd.dev.cosign.simplesigning.v1+json'
    ])
    expect(Object.keys(m.layers[0].annotations)).toEqual(['dev.cosignproject.cosign/signature'])
    const found = await checkLegacySignatures(client, image, pushed.digest, {
      key: keys.publicKey,
      tm: keyTrustMaterial(keys.publicKey),
      haveRoot: false,
      requireTlog: false
    })
    expect(found).toMatchObject({ found: true, findings: [{ ok: true }] })
    expect((await s.sign(image)).created).toBe(false)
    expect((await sigManifest('written/key', pushed.digest)).layers).toHaveLength(1)
  })

  it('writes a keyless signature with certificate, chain and Rekor bundle annotations', async () => {
    const pushed = await pushImage(registry, 'written/keyless', 'v1')
    const image = parseReference(registry.ref('written/keyless', pushed.digest))
    const s = signer({
      identityToken: () => Promise.resolve(unsignedJwt({ iss: ISSUER, sub: IDENTITY })),
      policy: { certificateIdentity: IDENTITY, certificateOidcIssuer: ISSUER }
    })
    expect((await s.sign(image)).created).toBe(true)
    const m = await sigManifest('written/keyless', pushed.digest)
    expect(Object.keys(m.layers[0].annotations)).toEqual([
      'dev.cosignproject.cosign/signature',
      'dev.sigstore.cosign/bundle',
      'dev.sigstore.cosign/certificate',
      'dev.sigstore.cosign/chain'
    ])
    const bundle = JSON.parse(m.layers[0].annotations['dev.sigstore.cosign/bundle']) as object
    expect(Object.keys(bundle)).toEqual(['SignedEntryTimestamp', 'Payload'])
    expect(Object.keys((bundle as { Payload: object }).Payload)).toEqual([
      'body',
      'integratedTime',
      'logIndex',
      'logID'
    ])
    const root = await loadTrustedRootFile(sigstore.trustedRootPath)
    const found = await checkLegacySignatures(client, image, pushed.digest, {
      policy: { certificateIdentity: IDENTITY, certificateOidcIssuer: ISSUER },
      tm: keylessTrustMaterial(root)
    })
    expect(found).toMatchObject({ found: true, findings: [{ ok: true, identity: IDENTITY }] })
  })
})
