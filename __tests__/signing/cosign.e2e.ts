/**
 * End to end with a real cosign binary, against a real registry, offline (keys, no Rekor).
 *
 * This file matches neither the unit nor the int pattern on purpose: it is included only when
 * COSIGN_BIN names a cosign binary (vitest.config.ts adds it then), so a run without cosign says
 * "cosign e2e: not run (no cosign binary)" instead of counting skipped tests as passed. When
 * COSIGN_BIN is set but does not run, every test here fails with how to install it.
 */
import { execFile } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/registry/client.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference, type ImageReference } from '../../src/registry/reference.js'
import { listReferrers } from '../../src/registry/referrers.js'
import { Cosign, CosignSigner, CosignVerifier } from '../../src/signing/cosign.js'
import { SigstoreSigner, SigstoreVerifier } from '../../src/signing/sigstore.js'
import { SIGSTORE_BUNDLE_MEDIA_TYPE } from '../../src/signing/types.js'
import { pushImage } from '../harness/images.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'
import { recordingLogger } from '../harness/test-logger.js'

const BIN = process.env.COSIGN_BIN ?? ''
const PASSWORD = 'e2e-password'
const INSTALL =
  'install cosign >= 2.6.0 (GitHub Actions: sigstore/cosign-installer; elsewhere the cosign ' +
  'release binary) and point COSIGN_BIN at it, or unset COSIGN_BIN to leave this suite out'

describe(`cosign e2e (${BIN || 'COSIGN_BIN unset'})`, () => {
  let registry: TestRegistry
  let client: RegistryClient
  let dir: string
  let cosign: Cosign
  const logger = recordingLogger()
  let tag = 0

  beforeAll(async () => {
    cosign = new Cosign({
      binPath: BIN,
      logger,
      env: { ...process.env, COSIGN_PASSWORD: PASSWORD }
    })
    if (!BIN || !(await cosign.isAvailable())) {
      throw new Error(`COSIGN_BIN=${JSON.stringify(BIN)} does not run; ${INSTALL}`)
    }
    if (!(await cosign.versionSatisfies('>=2.6.0'))) {
      throw new Error(`cosign ${await cosign.version()} predates bundles as referrers; ${INSTALL}`)
    }
    registry = await startRegistry()
    client = new RegistryClient({
      keychain: new Keychain({ env: { HOME: '/nonexistent' }, logger }),
      logger
    })
    dir = await mkdtemp(join(tmpdir(), 'cosign-e2e-'))
    await promisify(execFile)(BIN, ['generate-key-pair'], {
      cwd: dir,
      env: { ...process.env, COSIGN_PASSWORD: PASSWORD }
    })
  })
  afterAll(async () => {
    await registry?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const push = async (): Promise<ImageReference> => {
    const image = await pushImage(registry, 'app', `e2e${++tag}`)
    return parseReference(registry.ref('app', image.digest))
  }
  const request = { tlogUpload: false, insecureRegistry: true }

  it('signs with cosign.key and verifies with cosign.pub, once', async () => {
    const image = await push()
    const signer = new CosignSigner(cosign, {
      request: { ...request, key: join(dir, 'cosign.key') },
      password: PASSWORD
    })
    expect(await signer.sign(image)).toMatchObject({ backend: 'cosign', created: true })
    expect(await signer.sign(image)).toMatchObject({ created: false })
    const verified = await new CosignVerifier(cosign, request).verify(image, {
      key: join(dir, 'cosign.pub')
    })
    expect(verified.verified).toBe(true)
  })

  it("writes the bundle referrer the sigstore backend verifies, and verifies the sigstore backend's", async () => {
    const pub = await readFile(join(dir, 'cosign.pub'), 'utf8')
    const byCosign = await push()
    await new CosignSigner(cosign, {
      request: { ...request, key: join(dir, 'cosign.key') },
      password: PASSWORD
    }).sign(byCosign)
    expect(
      await listReferrers(client, byCosign, byCosign.digest!, SIGSTORE_BUNDLE_MEDIA_TYPE)
    ).toHaveLength(1)
    const ours = await new SigstoreVerifier({ client, logger, env: {} }).verify(byCosign, {
      key: pub
    })
    expect(ours).toMatchObject({ verified: true })

    const bySigstore = await push()
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const pkcs8 = keys.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    await writeFile(join(dir, 'ours.pub'), keys.publicKey.export({ format: 'pem', type: 'spki' }))
    await new SigstoreSigner({ client, logger, env: {}, key: pkcs8, tlogUpload: false }).sign(
      bySigstore
    )
    const theirs = await new CosignVerifier(cosign, request).verify(bySigstore, {
      key: join(dir, 'ours.pub')
    })
    expect(theirs).toMatchObject({ verified: true })
  })

  it('cannot open cosign.key in process until a secretbox implementation is installed', async () => {
    const image = await push()
    const signer = new SigstoreSigner({
      client,
      logger,
      env: {},
      key: join(dir, 'cosign.key'),
      password: PASSWORD,
      tlogUpload: false
    })
    await expect(signer.sign(image)).rejects.toThrow(/need NaCl secretbox/)
  })
})
