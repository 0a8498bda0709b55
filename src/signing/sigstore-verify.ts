/**
 * Verification of the Sigstore bundles attached to a digest, with `@sigstore/verify`: each
 * bundle referrer is checked cryptographically (certificate chain, SCT, transparency log,
 * signature), then its statement must name this digest, then its signer must match the policy.
 * Every refusal keeps its own reason, so a failed gate says what was found.
 *
 * @module
 */

import type { KeyObject } from 'node:crypto'
import { bundleFromJSON, type Bundle } from '@sigstore/bundle'
import { X509Certificate } from '@sigstore/core'
import type { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier as BundleVerifier, toSignedEntity, type TrustMaterial } from '@sigstore/verify'
import { errorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import type { RegistryClient } from '../registry/client.js'
import type { ImageReference } from '../registry/reference.js'
import { listReferrers, readReferrerLayer } from '../registry/referrers.js'
import { identityMatches, issuerMatches } from './identity.js'
import { keyFingerprint, loadPublicKey, resolveKeyText } from './keys.js'
import { keyFailure, keylessFailure, otherIdentity, shortened } from './refusals.js'
import { statementProblem } from './statement.js'
import {
  keyTrustMaterial,
  keylessTrustMaterial,
  loadPublicGoodRoot,
  loadTrustedRootFile
} from './trust.js'
import {
  COSIGN_SIGN_PREDICATE_TYPE,
  type IdentityPolicy,
  isKeyPolicy,
  type KeylessPolicy,
  SIGSTORE_BUNDLE_MEDIA_TYPE,
  SigningError,
  type Verifier,
  type VerifyResult
} from './types.js'

/** The annotation cosign's new bundle format puts on each bundle referrer. */
const BUNDLE_PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType'

/** Settings of {@link SigstoreVerifier}. */
export interface SigstoreVerifierOptions {
  /** Reads referrers and bundles. */
  client: RegistryClient
  /** Debug lines per bundle. */
  logger: Logger
  /** Where `env://` key references are read. */
  env: NodeJS.ProcessEnv
  /** A `trusted_root.json`; without it, keyless verification loads the public-good root. */
  trustedRootPath?: string
  /** Key signatures must carry a checked transparency log entry (needs a trusted root). */
  requireTlog?: boolean
  /** Replaces the public-good root loader (tests). */
  loadPublicGoodRoot?: () => Promise<TrustedRoot>
}

/**
 * Judges the DSSE payload of a bundle whose signature verified: why it is not acceptable, or
 * `undefined` when it is.
 */
export type PayloadCheck = (payloadType: string, payload: Buffer) => string | undefined

/** The outcome for one bundle: the verified signer and the payload it signed, or why not. */
export type BundleCheck =
  | {
      ok: true
      identity?: string
      keyFingerprint?: string
      rekorLogIndex?: string
      issuer?: string
      integratedTime?: string
      /** The DSSE payload type. */
      payloadType: string
      /** The signed payload bytes, exactly as verified. */
      payload: Buffer
    }
  | { ok: false; reason: string }

type Finding = BundleCheck

/** Most refusals named in one reason; the rest are counted. */
const MAX_REASONS = 3

/** Most bundles checked per digest, so a flood of junk referrers cannot stall a gate. */
const MAX_BUNDLES = 50

/** Verifies DSSE bundles attached as referrers, as {@link SigstoreSigner} produces them. */
export class SigstoreVerifier implements Verifier {
  private readonly opts: SigstoreVerifierOptions
  private root?: Promise<TrustedRoot>

  constructor(opts: SigstoreVerifierOptions) {
    this.opts = opts
  }

  /** Looks for a bundle on `image`'s digest that verifies under `policy`. */
  async verify(image: ImageReference, policy: IdentityPolicy): Promise<VerifyResult> {
    const digest = image.digest
    if (!digest) throw new SigningError(`${image.familiar} has no digest; verify repo@digest`)
    const check = await this.checker(policy)
    // Attestations (other predicate types) are bundles too; they are not signatures, and
    // must not push the signature out of the window read below.
    const referrers = (
      await listReferrers(this.opts.client, image, digest, SIGSTORE_BUNDLE_MEDIA_TYPE)
    ).filter(r => {
      const predicate = r.annotations?.[BUNDLE_PREDICATE_ANNOTATION]
      return predicate === undefined || predicate === COSIGN_SIGN_PREDICATE_TYPE
    })
    if (referrers.length === 0) {
      return { verified: false, backend: 'sigstore', reason: 'no Sigstore bundle is attached' }
    }
    const reasons: string[] = []
    for (const referrer of referrers.slice(-MAX_BUNDLES)) {
      const short = referrer.digest.slice(0, 19)
      let finding: Finding
      try {
        const { manifest, layer } = await readReferrerLayer(
          this.opts.client,
          image,
          referrer,
          SIGSTORE_BUNDLE_MEDIA_TYPE
        )
        if (manifest.subject?.digest !== digest) {
          finding = { ok: false, reason: `its subject is ${String(manifest.subject?.digest)}` }
        } else if (!layer) finding = { ok: false, reason: 'it holds no bundle layer' }
        else finding = check(layer, (type, payload) => statementProblem(type, payload, digest))
      } catch (err) {
        finding = { ok: false, reason: `unreadable (${errorMessage(err)})` }
      }
      this.opts.logger.debug(`bundle ${short}: ${finding.ok ? 'verified' : finding.reason}`)
      if (finding.ok) return { verified: true, backend: 'sigstore', ...withoutOk(finding) }
      reasons.push(`bundle ${short}… ${finding.reason}`)
    }
    const more = reasons.length > MAX_REASONS ? `; and ${reasons.length - MAX_REASONS} more` : ''
    return {
      verified: false,
      backend: 'sigstore',
      reason: reasons.slice(0, MAX_REASONS).join('; ') + more
    }
  }

  /**
   * A check of single bundles under `policy`: the same signature, certificate, log and signer
   * checks as {@link SigstoreVerifier.verify}, with `accept` judging the signed payload in place
   * of the digest-signature statement check, so attestations (other predicate types) are
   * verified exactly as strictly as signatures. Trust material is built once per call.
   */
  async bundleChecker(
    policy: IdentityPolicy,
    accept: PayloadCheck
  ): Promise<(bytes: Buffer) => BundleCheck> {
    const check = await this.checker(policy)
    return bytes => check(bytes, accept)
  }

  /** The per-bundle check for `policy`, with its trust material built once. */
  private async checker(
    policy: IdentityPolicy
  ): Promise<(bytes: Buffer, accept: PayloadCheck) => Finding> {
    if (isKeyPolicy(policy)) {
      const publicKey = loadPublicKey(resolveKeyText(policy.key, this.opts.env, this.opts.logger))
      const root = this.opts.trustedRootPath ? await this.trustedRoot() : undefined
      const tm = keyTrustMaterial(publicKey, root)
      return (bytes, accept) =>
        checkKeyBundle(
          bytes,
          accept,
          publicKey,
          tm,
          root !== undefined,
          this.opts.requireTlog ?? false
        )
    }
    if (!policy.certificateIdentity && !policy.certificateIdentityRegexp) {
      throw new SigningError(
        'keyless verification needs certificate-identity or certificate-identity-regexp'
      )
    }
    const tm = keylessTrustMaterial(await this.trustedRoot())
    return (bytes, accept) => checkKeylessBundle(bytes, accept, policy, tm)
  }

  /** The configured root, or the public-good one; loaded at most once. */
  trustedRoot(): Promise<TrustedRoot> {
    this.root ??= this.opts.trustedRootPath
      ? loadTrustedRootFile(this.opts.trustedRootPath)
      : (this.opts.loadPublicGoodRoot ?? loadPublicGoodRoot)()
    return this.root
  }
}

/** Parses a bundle and checks it is a DSSE bundle; a reason otherwise. */
function parseBundle(bytes: Buffer): Bundle | string {
  try {
    const bundle = bundleFromJSON(JSON.parse(bytes.toString('utf8')))
    if (bundle.content.$case !== 'dsseEnvelope')
      return 'is a message signature, not a DSSE statement'
    return bundle
  } catch (err) {
    return `is not a valid Sigstore bundle (${errorMessage(err)})`
  }
}

function checkKeylessBundle(
  bytes: Buffer,
  accept: PayloadCheck,
  policy: KeylessPolicy,
  tm: TrustMaterial
): Finding {
  const bundle = parseBundle(bytes)
  if (typeof bundle === 'string') return { ok: false, reason: bundle }
  const material = bundle.verificationMaterial.content
  if (material.$case === 'publicKey') {
    return { ok: false, reason: 'is signed with a key, not a Fulcio certificate' }
  }
  let signer
  try {
    signer = new BundleVerifier(tm, {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 1
    }).verify(toSignedEntity(bundle))
  } catch (err) {
    return { ok: false, reason: keylessFailure(err) }
  }
  const signed = acceptedPayload(bundle, accept)
  if (typeof signed === 'string') return { ok: false, reason: signed }
  const san = signer.identity?.subjectAlternativeName ?? '(no identity)'
  const issuer = signer.identity?.extensions?.issuer ?? '(no issuer)'
  if (!issuerMatches(policy, issuer) || !identityMatches(policy, san)) {
    return { ok: false, reason: otherIdentity(san, issuer) }
  }
  return {
    ok: true,
    identity: san,
    issuer,
    rekorLogIndex: logIndex(bundle),
    integratedTime: integratedTime(bundle),
    ...signed
  }
}

function checkKeyBundle(
  bytes: Buffer,
  accept: PayloadCheck,
  publicKey: KeyObject,
  tm: TrustMaterial,
  haveRoot: boolean,
  requireTlog: boolean
): Finding {
  const bundle = parseBundle(bytes)
  if (typeof bundle === 'string') return { ok: false, reason: bundle }
  const material = bundle.verificationMaterial.content
  if (material.$case !== 'publicKey')
    return { ok: false, reason: `is signed keylessly by ${shortened(certificateSan(bundle))}` }
  let entity = toSignedEntity(bundle)
  // Without a trusted root, log entries cannot be checked; the pinned key still is.
  if (!haveRoot) entity = { ...entity, tlogEntries: [], timestamps: [] }
  try {
    new BundleVerifier(tm, {
      tlogThreshold: haveRoot && requireTlog ? 1 : 0,
      ctlogThreshold: 0,
      timestampThreshold: 0
    }).verify(entity)
  } catch (err) {
    return { ok: false, reason: keyFailure(bundle, publicKey, err) }
  }
  const signed = acceptedPayload(bundle, accept)
  if (typeof signed === 'string') return { ok: false, reason: signed }
  return {
    ok: true,
    keyFingerprint: keyFingerprint(publicKey),
    rekorLogIndex: haveRoot ? logIndex(bundle) : undefined,
    integratedTime: haveRoot ? integratedTime(bundle) : undefined,
    ...signed
  }
}

/** The signed payload when `accept` takes it, else why not. */
function acceptedPayload(
  bundle: Bundle,
  accept: PayloadCheck
): { payloadType: string; payload: Buffer } | string {
  if (bundle.content.$case !== 'dsseEnvelope') return 'is not a DSSE statement'
  const { payloadType, payload } = bundle.content.dsseEnvelope
  return accept(payloadType, payload) ?? { payloadType, payload }
}

function logIndex(bundle: Bundle): string | undefined {
  return bundle.verificationMaterial.tlogEntries[0]?.logIndex
}

function integratedTime(bundle: Bundle): string | undefined {
  const seconds = Number(bundle.verificationMaterial.tlogEntries[0]?.integratedTime ?? 0)
  return seconds > 0 ? new Date(seconds * 1000).toISOString() : undefined
}

/** The SAN of a keyless bundle's leaf certificate, unverified: only for the message. */
function certificateSan(bundle: Bundle): string {
  const m = bundle.verificationMaterial.content
  const raw =
    m.$case === 'certificate'
      ? m.certificate.rawBytes
      : m.$case === 'x509CertificateChain'
        ? m.x509CertificateChain.certificates[0]?.rawBytes
        : undefined
  try {
    return raw
      ? (X509Certificate.parse(Buffer.from(raw)).subjectAltName ?? '(no identity)')
      : '(no certificate)'
  } catch {
    return '(unreadable certificate)'
  }
}

function withoutOk(f: Finding & { ok: true }): Omit<VerifyResult, 'verified' | 'backend'> {
  const out: Omit<VerifyResult, 'verified' | 'backend'> = {}
  if (f.identity !== undefined) out.identity = f.identity
  if (f.keyFingerprint !== undefined) out.keyFingerprint = f.keyFingerprint
  if (f.rekorLogIndex !== undefined) out.rekorLogIndex = f.rekorLogIndex
  if (f.issuer !== undefined) out.issuer = f.issuer
  if (f.integratedTime !== undefined) out.integratedTime = f.integratedTime
  return out
}
