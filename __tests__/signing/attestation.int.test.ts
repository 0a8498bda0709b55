import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseSigningOptions, type SigningOptions } from '../../src/commands/signing-inputs.js'
import { signatureGate, signDigest } from '../../src/signing/signature-gate.js'
import { GateError } from '../../src/errors.js'
import { eventId, type PromotionEvent } from '../../src/ledger/event.js'
import { RegistryClient } from '../../src/registry/client.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference, type ImageReference } from '../../src/registry/reference.js'
import { attachReferrer, listReferrers, readReferrerLayer } from '../../src/registry/referrers.js'
import {
  attestationGate,
  attestPromotion,
  PREDICATE_TYPE_ANNOTATION,
  PROMOTION_PREDICATE_TYPE,
  promotionAnnotations,
  verifyPromotionAttestation
} from '../../src/signing/attestation.js'
import { SIGSTORE_BUNDLE_MEDIA_TYPE } from '../../src/signing/types.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'
import { signingKeys } from '../harness/signing.js'
import { skopeoDigest } from '../harness/skopeo.js'
import { recordingLogger, type RecordingLogger } from '../harness/test-logger.js'
import { startSigstoreMock, unsignedJwt, type SigstoreMock } from './sigstore-mock.js'

const ISSUER = 'https://token.actions.githubusercontent.com'
const IDENTITY = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'

describe('promotion attestations against a real registry', () => {
  let registry: TestRegistry
  let client: RegistryClient
  let workspace: string
  let logger: RecordingLogger
  const keys = signingKeys()
  const otherKeys = signingKeys()
  let tag = 0

  beforeAll(async () => {
    registry = await startRegistry()
    workspace = await mkdtemp(join(tmpdir(), 'attestation-workspace-'))
    await writeFile(join(workspace, 'cosign.pub'), keys.publicPem)
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

  /** Signing options as the action parses them: sigstore, offline (no transparency log). */
  function options(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): SigningOptions {
    const values: Record<string, string> = {
      signing: 'sigstore',
      'tlog-upload': 'false',
      ...inputs
    }
    return parseSigningOptions(
      { get: name => values[name] },
      { logger, env, workspace, now: () => new Date() }
    )
  }
  /** Signs with `privatePem` (and trusts its public half). */
  const signer = (privatePem = keys.privatePem) => options({ 'cosign-key': privatePem })
  /** Trusts `cosign.pub` only, as a later run that verifies would. */
  const trusting = () => options({ 'public-key': 'cosign.pub' })

  const push = async (): Promise<[PushedImage, ImageReference, string]> => {
    const t = `t${++tag}`
    const image = await pushImage(registry, 'app', t)
    return [image, parseReference(registry.ref('app', image.digest)), t]
  }
  const attestations = async (ref: ImageReference) =>
    (await listReferrers(client, ref, ref.digest!, SIGSTORE_BUNDLE_MEDIA_TYPE)).filter(
      d => d.annotations?.[PREDICATE_TYPE_ANNOTATION] === PROMOTION_PREDICATE_TYPE
    )
  const bundleOf = async (ref: ImageReference): Promise<Buffer> => {
    const [d] = await attestations(ref)
    return (await readReferrerLayer(client, ref, d, SIGSTORE_BUNDLE_MEDIA_TYPE)).layer!
  }
  /** Attaches `bundle` to `ref` as a promotion attestation for `environment`. */
  const attachBundle = async (
    image: PushedImage,
    ref: ImageReference,
    bundle: Buffer,
    environment: string
  ) => {
    const subject = { mediaType: image.mediaType, digest: image.digest, size: image.bytes.length }
    await attachReferrer(client, ref, subject, {
      artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
      blobs: [{ mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE, bytes: bundle }],
      annotations: promotionAnnotations(promotion(ref, environment))
    })
  }

  it('attests a promotion, verifies it, and leaves the digest as it was', async () => {
    const [image, ref, t] = await push()
    const event = promotion(ref, 'staging')
    const attested = await attestPromotion(client, ref, event, signer(), logger)
    expect(attested).toMatchObject({ attached: true, digest: expect.stringMatching(/^sha256:/) })
    expect(attested.detail).toMatch(
      new RegExp(`^attested promotion ${event.id} into staging \\(sha256:[0-9a-f]{64}\\)$`)
    )

    const [referrer] = await attestations(ref)
    expect(referrer).toMatchObject({
      digest: attested.digest,
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': 'https://digest-promote.dev/attestations/promotion/v1',
        'dev.digest-promote.environment': 'staging'
      }
    })

    const verified = await verifyPromotionAttestation(client, ref, 'staging', trusting(), logger)
    expect(verified).toMatchObject({ verified: true, event })
    expect(verified.detail).toMatch(
      new RegExp(
        `^promotion ${event.id} into staging at ${event.timestamp}, attested by sha256:[0-9a-f]{64}$`
      )
    )
    expect(await skopeoDigest(registry.ref('app', t))).toBe(image.digest)
    // The private key never reached a log line.
    const body = keys.privatePem.split('\n')[1]
    expect(logger.lines.some(l => l.includes(body))).toBe(false)
    expect(logger.secrets).toContain(keys.privatePem)
  })

  it('attests the same event once, however often it is asked', async () => {
    const [, ref] = await push()
    const event = promotion(ref, 'staging')
    const first = await attestPromotion(client, ref, event, signer(), logger)
    const again = await attestPromotion(client, ref, { ...event }, signer(), logger)
    expect(again).toMatchObject({ attached: true, digest: first.digest })
    expect(again.detail).toMatch(/^already attested: promotion .* into staging/)
    expect(await attestations(ref)).toHaveLength(1)

    // Another event of the same digest is another record.
    const later = promotion(ref, 'staging', new Date('2026-03-02T00:00:00Z'))
    expect((await attestPromotion(client, ref, later, signer(), logger)).digest).not.toBe(
      first.digest
    )
    expect(await attestations(ref)).toHaveLength(2)
    // The newest promotion is the one reported.
    const verified = await verifyPromotionAttestation(client, ref, 'staging', trusting(), logger)
    expect(verified.event?.id).toBe(later.id)
  })

  it('does not accept an attestation for another environment', async () => {
    const [image, ref] = await push()
    await attestPromotion(client, ref, promotion(ref, 'staging'), signer(), logger)
    const result = await verifyPromotionAttestation(client, ref, 'production', trusting(), logger)
    expect(result).toEqual({
      verified: false,
      detail: `no promotion attestation for production is attached to ${image.digest} (found: staging)`
    })

    // Relabelled as production, the signed staging event still says staging.
    await attachBundle(image, ref, await bundleOf(ref), 'production')
    const relabelled = await verifyPromotionAttestation(
      client,
      ref,
      'production',
      trusting(),
      logger
    )
    expect(relabelled.verified).toBe(false)
    expect(relabelled.detail).toMatch(
      /^no promotion attestation for production on sha256:[0-9a-f]{64} verifies for key sha256:[0-9a-f]{64}: bundle sha256:[0-9a-f]{12}… is a promotion into staging, not production$/
    )
  })

  it('refuses a tampered bundle', async () => {
    const [image, ref] = await push()
    await attestPromotion(client, ref, promotion(ref, 'staging'), signer(), logger)
    const json = JSON.parse((await bundleOf(ref)).toString()) as {
      dsseEnvelope: { payload: string }
    }
    const statement = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString())
    statement.predicate.environment = 'production'
    json.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
    await attachBundle(image, ref, Buffer.from(JSON.stringify(json)), 'production')

    const result = await verifyPromotionAttestation(client, ref, 'production', trusting(), logger)
    expect(result.verified).toBe(false)
    expect(result.detail).toMatch(
      /bundle sha256:[0-9a-f]{12}… names key sha256:[0-9a-f]{64} but was altered after signing: /
    )
  })

  it('refuses an attestation signed by another key', async () => {
    const [, ref] = await push()
    const attested = await attestPromotion(
      client,
      ref,
      promotion(ref, 'staging'),
      signer(otherKeys.privatePem),
      logger
    )
    expect(attested.attached).toBe(true)
    const result = await verifyPromotionAttestation(client, ref, 'staging', trusting(), logger)
    expect(result.verified).toBe(false)
    expect(result.detail).toMatch(
      /bundle sha256:[0-9a-f]{12}… is signed by another key, sha256:[0-9a-f]{64}, not sha256:[0-9a-f]{64}/
    )
  })

  it('refuses an attestation of another digest copied onto this one', async () => {
    const [, donor] = await push()
    await attestPromotion(client, donor, promotion(donor, 'staging'), signer(), logger)
    const [victim, ref] = await push()
    await attachBundle(victim, ref, await bundleOf(donor), 'staging')
    const result = await verifyPromotionAttestation(client, ref, 'staging', trusting(), logger)
    expect(result.verified).toBe(false)
    expect(result.detail).toContain(`attests ${donor.digest}, not ${victim.digest}`)
  })

  it('says clearly when there is no attestation at all', async () => {
    const [image, ref] = await push()
    // A signature of the digest is not an attestation of a promotion.
    await signDigest(client, ref, options({ sign: 'true', 'cosign-key': keys.privatePem }), logger)
    expect(await verifyPromotionAttestation(client, ref, 'staging', trusting(), logger)).toEqual({
      verified: false,
      detail: `no promotion attestation is attached to ${image.digest}`
    })
  })

  it('leaves the signature gate passing next to attestations', async () => {
    const [, ref] = await push()
    await signDigest(client, ref, options({ sign: 'true', 'cosign-key': keys.privatePem }), logger)
    await attestPromotion(client, ref, promotion(ref, 'staging'), signer(), logger)
    expect((await signatureGate(client, ref, trusting(), true, logger)).result).toBe('passed')
  })

  it('gates on every required environment, naming the ones without an attestation', async () => {
    const [image, ref] = await push()
    await attestPromotion(client, ref, promotion(ref, 'staging'), signer(), logger)
    const passed = await attestationGate(client, ref, ['staging'], trusting(), logger, {
      environment: 'production'
    })
    expect(passed).toEqual({
      name: 'attestation',
      result: 'passed',
      detail: `attested in staging (${promotion(ref, 'staging').id})`
    })

    const err = await attestationGate(client, ref, ['qa', 'staging'], trusting(), logger, {
      environment: 'production'
    }).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(GateError)
    expect((err as GateError).message).toBe(
      `gate 'attestation' failed: production requires a signed promotion of ${image.digest} into qa, staging; ` +
        `qa: no promotion attestation for qa is attached to ${image.digest} (found: staging); ` +
        'fix: promote the digest through those environments with signing set up (cosign-key, or keyless with id-token: write), or trust the signer that attested them'
    )
  })

  describe('keylessly, with an offline Sigstore', () => {
    let sigstore: SigstoreMock

    beforeAll(async () => {
      sigstore = await startSigstoreMock()
      await copyFile(sigstore.trustedRootPath, join(workspace, 'trusted_root.json'))
    })
    afterAll(async () => {
      await sigstore?.stop()
    })

    const keyless = (identity = IDENTITY, env: NodeJS.ProcessEnv = {}) =>
      parseSigningOptions(
        {
          get: name =>
            ({
              signing: 'sigstore',
              'certificate-identity': identity,
              'fulcio-url': sigstore.fulcioUrl,
              'rekor-url': sigstore.rekorUrl,
              'trusted-root': 'trusted_root.json'
            })[name]
        },
        { logger, env, workspace, now: () => new Date() }
      )
    const token = unsignedJwt({ iss: ISSUER, sub: IDENTITY })

    it('attests with the OIDC identity, and refuses another identity', async () => {
      const [, ref] = await push()
      const event = promotion(ref, 'staging')
      const opts = keyless(IDENTITY, { SIGSTORE_ID_TOKEN: token })
      const attested = await attestPromotion(client, ref, event, opts, logger)
      expect(attested.detail).toBe(`attested promotion ${event.id} into staging (${IDENTITY})`)
      expect(logger.secrets).toContain(token)
      expect((await attestPromotion(client, ref, event, opts, logger)).detail).toMatch(
        /^already attested/
      )

      const verified = await verifyPromotionAttestation(client, ref, 'staging', keyless(), logger)
      expect(verified).toMatchObject({ verified: true, event })
      expect(verified.detail).toContain(`attested by ${IDENTITY}`)

      const other = 'https://github.com/evil/fork/.github/workflows/x.yml@refs/heads/main'
      const refused = await verifyPromotionAttestation(
        client,
        ref,
        'staging',
        keyless(other),
        logger
      )
      expect(refused.verified).toBe(false)
      expect(refused.detail).toContain(`verifies for ${other} (issuer ${ISSUER}): bundle sha256:`)
      expect(refused.detail).toContain(`is signed by ${IDENTITY} (issuer ${ISSUER})`)
    })
  })
})

/** The ledger event of promoting `ref`'s digest into `environment` at `at`. */
function promotion(
  ref: ImageReference,
  environment: string,
  at = new Date('2026-03-01T10:00:00Z')
): PromotionEvent {
  return {
    schemaVersion: 1,
    id: eventId(at, environment, ref.repository, ref.digest!),
    kind: 'promotion',
    environment,
    alias: { tag: `v1.0.0-${environment}`, floating: null },
    image: ref.repository,
    digest: ref.digest!,
    previousDigest: null,
    fromEnvironment: 'dev',
    sourceTag: 'v1.0.0',
    targetTag: `v1.0.0-${environment}`,
    sourceRevision: null,
    pipeline: {
      repository: null,
      workflow: null,
      runId: null,
      runAttempt: null,
      url: null,
      eventName: null
    },
    actor: null,
    timestamp: at.toISOString(),
    releaseLabel: null,
    gates: [],
    pullRequest: null,
    revertOf: null
  }
}
