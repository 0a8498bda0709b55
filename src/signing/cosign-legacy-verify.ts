/**
 * Verification of cosign's legacy `.sig` signatures (see cosign-layout.ts), as `cosign verify`
 * does it (cosign `pkg/cosign/verify.go` `verifyInternal`, `VerifyBundle`, and
 * `pkg/cosign/verifiers.go` `SimpleClaimVerifier`):
 *
 * - the signature over the payload bytes, with the trusted key or the certificate's key;
 * - keyless: the certificate chains to a Fulcio CA of the trusted root, carries an SCT of a
 *   trusted CT log, and was valid when Rekor integrated the entry;
 * - the Rekor bundle's SignedEntryTimestamp verifies with a Rekor key of the trusted root, and
 *   its entry holds this signature, this payload's hash and this signer's key;
 * - the payload names the digest in `critical.image.docker-manifest-digest` and is of cosign's
 *   `critical.type`. `critical.identity.docker-reference` is not compared, as cosign does not
 *   (its spec: "the critical.identity.docker-reference field is ignored"): a digest promoted into
 *   another repository or registry keeps its signatures.
 *
 * The cryptography is `@sigstore/verify`'s: each layer becomes a Sigstore bundle v0.1 (message
 * signature over the payload, the Rekor bundle as a tlog entry with its inclusion promise),
 * which is what cosign's `bundle` annotation is.
 *
 * @module
 */

import { createPublicKey, createHash, type KeyObject } from 'node:crypto'
import { bundleFromJSON } from '@sigstore/bundle'
import { Verifier as BundleVerifier, toSignedEntity, type TrustMaterial } from '@sigstore/verify'
import { errorMessage } from '../errors.js'
import type { RegistryClient } from '../registry/client.js'
import type { Descriptor } from '../registry/media-types.js'
import type { ImageReference } from '../registry/reference.js'
import { bareRepository } from '../registry/referrers.js'
import {
  COSIGN_SIGNATURE_TYPE,
  CosignAnnotation,
  type RekorBundle,
  signatureLayers,
  signatureTag
} from './cosign-layout.js'
import { identityMatches, issuerMatches } from './identity.js'
import { keyFingerprint } from './keys.js'
import { keyFailure, keylessFailure, otherIdentity } from './refusals.js'
import type { BundleCheck } from './sigstore-verify.js'
import type { KeylessPolicy } from './types.js'

/** Most signature layers checked per digest, so a flood of junk cannot stall a gate. */
const MAX_LAYERS = 50

/** Largest payload read; cosign's payloads are a few hundred bytes. */
const MAX_PAYLOAD_BYTES = 64 * 1024

/** How a layer is judged: with a pinned key, or keylessly under a policy. */
export type LegacyTrust =
  | { key: KeyObject; tm: TrustMaterial; haveRoot: boolean; requireTlog: boolean }
  | { policy: KeylessPolicy; tm: TrustMaterial }

/** What reading the `.sig` tag found: nothing, or one finding per signature layer. */
export type LegacyFindings = { found: false } | { found: true; findings: BundleCheck[] }

/** Reads the `.sig` tag of `image`'s digest and checks each signature layer under `trust`. */
export async function checkLegacySignatures(
  client: RegistryClient,
  image: ImageReference,
  digest: string,
  trust: LegacyTrust
): Promise<LegacyFindings> {
  const repo = bareRepository(image)
  const tagRef = repo.withTag(signatureTag(digest))
  if (!(await client.head(tagRef))) return { found: false }
  const manifest = await client.get(tagRef)
  const layers = signatureLayers(manifest.bytes).slice(0, MAX_LAYERS)
  const findings: BundleCheck[] = []
  for (const layer of layers) {
    let finding: BundleCheck
    try {
      finding = await checkLayer(client, repo, layer, digest, trust)
    } catch (err) {
      finding = { ok: false, reason: `unreadable (${errorMessage(err)})` }
    }
    findings.push(finding)
    if (finding.ok) break
  }
  if (findings.length === 0) {
    findings.push({ ok: false, reason: 'it holds no simple signing layer' })
  }
  return { found: true, findings }
}

async function checkLayer(
  client: RegistryClient,
  repo: ImageReference,
  layer: Descriptor,
  digest: string,
  trust: LegacyTrust
): Promise<BundleCheck> {
  const annotations = layer.annotations ?? {}
  const signature = annotations[CosignAnnotation.signature]
  if (!signature) return { ok: false, reason: 'has no signature annotation' }
  if (layer.size > MAX_PAYLOAD_BYTES) {
    return { ok: false, reason: `its payload is larger than ${MAX_PAYLOAD_BYTES} bytes` }
  }
  const payload = await client.getBlob(repo, layer.digest)
  const claim = claimProblem(payload, digest)
  if (claim) return { ok: false, reason: claim }
  const rekor = parseRekorBundle(annotations[CosignAnnotation.bundle])
  if (typeof rekor === 'string') return { ok: false, reason: rekor }
  const certificate = annotations[CosignAnnotation.certificate]
  const signed = { payloadType: layer.mediaType, payload }
  if ('key' in trust) {
    if (certificate) return { ok: false, reason: 'is signed keylessly, not with a key' }
    return checkWithKey(payload, signature, rekor, trust, signed)
  }
  if (!certificate) return { ok: false, reason: 'is signed with a key, not a Fulcio certificate' }
  return checkKeyless(payload, signature, certificate, rekor, trust, signed)
}

function checkWithKey(
  payload: Buffer,
  signature: string,
  rekor: RekorBundle | undefined,
  trust: Extract<LegacyTrust, { key: KeyObject }>,
  signed: { payloadType: string; payload: Buffer }
): BundleCheck {
  const useLog = trust.haveRoot && rekor !== undefined
  if (trust.haveRoot && trust.requireTlog && !rekor) {
    return { ok: false, reason: 'carries no Rekor bundle, and the transparency log is required' }
  }
  const bundle = toBundle(
    payload,
    signature,
    { publicKey: { hint: '' } },
    useLog ? rekor : undefined
  )
  try {
    new BundleVerifier(trust.tm, {
      tlogThreshold: useLog && trust.requireTlog ? 1 : 0,
      ctlogThreshold: 0,
      timestampThreshold: 0
    }).verify(toSignedEntity(bundle, payload))
  } catch (err) {
    // The logged key, verified or not, tells a signature by another key from an altered one.
    const logged = rekor ? loggedKey(rekor) : undefined
    if (logged && !spki(logged).equals(spki(trust.key))) {
      const theirs = keyFingerprint(logged)
      return {
        ok: false,
        reason: `is signed by another key, ${theirs}, not ${keyFingerprint(trust.key)}`
      }
    }
    return { ok: false, reason: keyFailure(bundle, trust.key, err) }
  }
  if (useLog) {
    const mismatch = logKeyProblem(rekor, trust.key)
    if (mismatch) return { ok: false, reason: mismatch }
  }
  return {
    ok: true,
    keyFingerprint: keyFingerprint(trust.key),
    ...(useLog ? logFields(rekor) : {}),
    ...signed
  }
}

function checkKeyless(
  payload: Buffer,
  signature: string,
  certificatePem: string,
  rekor: RekorBundle | undefined,
  trust: Extract<LegacyTrust, { policy: KeylessPolicy }>,
  signed: { payloadType: string; payload: Buffer }
): BundleCheck {
  if (!rekor) {
    return { ok: false, reason: 'carries no Rekor bundle to prove when its certificate was valid' }
  }
  let der: Buffer
  let certKey: KeyObject
  try {
    certKey = createPublicKey(certificatePem)
    der = pemBody(certificatePem)
  } catch (err) {
    return { ok: false, reason: `holds an unreadable certificate (${errorMessage(err)})` }
  }
  const material = {
    x509CertificateChain: { certificates: [{ rawBytes: der.toString('base64') }] }
  }
  let signer
  try {
    const bundle = toBundle(payload, signature, material, rekor)
    signer = new BundleVerifier(trust.tm, {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 1
    }).verify(toSignedEntity(bundle, payload))
  } catch (err) {
    return { ok: false, reason: keylessFailure(err) }
  }
  const mismatch = logKeyProblem(rekor, certKey)
  if (mismatch) return { ok: false, reason: mismatch }
  const san = signer.identity?.subjectAlternativeName ?? '(no identity)'
  const issuer = signer.identity?.extensions?.issuer ?? '(no issuer)'
  if (!issuerMatches(trust.policy, issuer) || !identityMatches(trust.policy, san)) {
    return { ok: false, reason: otherIdentity(san, issuer) }
  }
  return { ok: true, identity: san, issuer, ...logFields(rekor), ...signed }
}

/**
 * The layer as a Sigstore bundle v0.1: a message signature over the payload and, when given, the
 * Rekor bundle as a tlog entry with its inclusion promise (the SignedEntryTimestamp).
 */
function toBundle(
  payload: Buffer,
  signature: string,
  material: object,
  rekor: RekorBundle | undefined
) {
  const tlogEntries = rekor ? [tlogEntry(rekor)] : []
  return bundleFromJSON({
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial: { ...material, tlogEntries },
    messageSignature: {
      messageDigest: {
        algorithm: 'SHA2_256',
        digest: createHash('sha256').update(payload).digest('base64')
      },
      signature
    }
  })
}

function tlogEntry(rekor: RekorBundle) {
  const { body, integratedTime, logIndex, logID } = rekor.Payload
  const entry = JSON.parse(Buffer.from(body, 'base64').toString('utf8')) as {
    kind?: unknown
    apiVersion?: unknown
  }
  return {
    logIndex: String(logIndex),
    logId: { keyId: Buffer.from(logID, 'hex').toString('base64') },
    kindVersion: { kind: String(entry.kind), version: String(entry.apiVersion) },
    integratedTime: String(integratedTime),
    inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
    canonicalizedBody: body
  }
}

/**
 * The log entry must name the key that verified (cosign `comparePublicKey`): the SET covers the
 * body, and the body's key is what the log vouches for.
 */
function logKeyProblem(rekor: RekorBundle, key: KeyObject): string | undefined {
  const logged = loggedKey(rekor)
  if (!logged) return 'its Rekor entry names no readable public key'
  return spki(logged).equals(spki(key)) ? undefined : 'its Rekor entry names another key'
}

/** The public key (or the certificate's key) a Rekor entry body names, if readable. */
function loggedKey(rekor: RekorBundle): KeyObject | undefined {
  try {
    const body = JSON.parse(Buffer.from(rekor.Payload.body, 'base64').toString('utf8')) as {
      spec?: { signature?: { publicKey?: { content?: string } } }
    }
    const content = body.spec?.signature?.publicKey?.content
    return content ? createPublicKey(Buffer.from(content, 'base64').toString('utf8')) : undefined
  } catch {
    return undefined
  }
}

/** Why the payload is not a cosign signature claim of `digest`, or undefined. */
function claimProblem(payload: Buffer, digest: string): string | undefined {
  let claim: { critical?: { image?: Record<string, unknown>; type?: unknown } }
  try {
    claim = JSON.parse(payload.toString('utf8')) as typeof claim
  } catch {
    return 'its payload is not JSON'
  }
  const named = claim?.critical?.image?.['docker-manifest-digest']
  if (named !== digest) return `its payload signs ${String(named)}`
  if (claim.critical?.type !== COSIGN_SIGNATURE_TYPE) {
    return `its payload is of type ${String(claim.critical?.type)}, not a cosign image signature`
  }
  return undefined
}

/** The bundle annotation, `undefined` when absent, or why it is unusable. */
function parseRekorBundle(text: string | undefined): RekorBundle | undefined | string {
  if (text === undefined) return undefined
  try {
    const b = JSON.parse(text) as RekorBundle
    const p = b?.Payload
    if (
      typeof b.SignedEntryTimestamp === 'string' &&
      typeof p?.body === 'string' &&
      Number.isSafeInteger(p.integratedTime) &&
      Number.isSafeInteger(p.logIndex) &&
      typeof p.logID === 'string' &&
      /^[0-9a-f]{64}$/.test(p.logID)
    ) {
      return b
    }
  } catch {
    // falls through to the refusal
  }
  return 'carries a malformed Rekor bundle'
}

function logFields(rekor: RekorBundle): { rekorLogIndex: string; integratedTime: string } {
  return {
    rekorLogIndex: String(rekor.Payload.logIndex),
    integratedTime: new Date(rekor.Payload.integratedTime * 1000).toISOString()
  }
}

function pemBody(pem: string): Buffer {
  const m = /-----BEGIN CERTIFICATE-----([^-]+)-----END CERTIFICATE-----/.exec(pem)
  if (!m?.[1]) throw new Error('no PEM certificate')
  return Buffer.from(m[1].replace(/\s+/g, ''), 'base64')
}

function spki(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' })
}
