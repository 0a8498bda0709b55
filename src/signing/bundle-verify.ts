/**
 * Offline verification of one Sigstore bundle for an artifact digest, as `cosign verify-blob
 * --bundle` and the sigstore-conformance `verify-bundle` protocol do it: certificate chain, SCT,
 * transparency log entry (inclusion proof or promise, checkpoint), timestamps, the signature over
 * the digest (message signature) or the in-toto statement naming the digest (DSSE), then the
 * signer against the policy. No network: the trusted root is given.
 *
 * @module
 */

import type { KeyObject } from 'node:crypto'
import { bundleFromJSON, type Bundle, type MessageSignature } from '@sigstore/bundle'
import { RFC3161Timestamp, X509Certificate } from '@sigstore/core'
import { HashAlgorithm, type TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier as BundleVerifier, toSignedEntity, type SignedEntity } from '@sigstore/verify'
import { errorMessage } from '../errors.js'
import { prehashedCurveSupported, verifyPrehashed } from './ecdsa-prehashed.js'
import { keyFingerprint } from './keys.js'
import { identityMatches, issuerMatches } from './identity.js'
import { keylessTrustMaterial, keyTrustMaterial } from './trust.js'
import { IN_TOTO_PAYLOAD_TYPE, type KeylessPolicy, SigningError } from './types.js'

/** Who must have signed the bundle: a public key, or a keyless identity and issuer. */
export type BundlePolicy = { publicKey: KeyObject } | KeylessPolicy

/** What verified, for the `verify` command to print. */
export interface BundleVerification {
  /** `message-signature` (a signature over the digest) or `dsse` (an in-toto statement). */
  content: 'message-signature' | 'dsse'
  /** The artifact digest the bundle was verified for, `sha256:<hex>`. */
  digest: string
  /** The in-toto predicate type of a DSSE statement. */
  predicateType?: string
  /** Certificate identity (SAN) of a keyless signer. */
  identity?: string
  /** OIDC issuer of a keyless signer. */
  issuer?: string
  /** `sha256:<hex>` of the signing key (the certificate's key for keyless bundles). */
  keyFingerprint: string
  /** Index of the transparency log entry. */
  rekorLogIndex?: string
  /** Verified signing times: the log's integrated time and each RFC 3161 timestamp. */
  timestamps: Array<{ source: 'rekor' | 'timestamp-authority'; time: string }>
}

/**
 * Verifies `bytes` (a bundle's JSON) for `digest` (`sha256:<64 hex>`) under `policy`.
 *
 * @throws SigningError with one line saying why the bundle is refused.
 */
export function verifyBundleForDigest(
  bytes: Buffer,
  digest: string,
  policy: BundlePolicy,
  root: TrustedRoot
): BundleVerification {
  const hex = /^sha256:([0-9a-f]{64})$/.exec(digest)?.[1]
  if (!hex) throw new SigningError(`${digest} is not a sha256:<64 hex> digest`)
  refuseUnboundedLogKeys(root)
  const bundle = parse(bytes)
  refuseRootInChain(bundle)
  const content = bundle.content
  const checked =
    content.$case === 'messageSignature'
      ? checkMessageDigest(content.messageSignature, Buffer.from(hex, 'hex'), digest)
      : checkStatement(content.dsseEnvelope.payloadType, content.dsseEnvelope.payload, hex, digest)
  const entity = toSignedEntity(bundle)
  if (content.$case === 'messageSignature') {
    entity.signature = prehashedContent(content.messageSignature)
  }
  const material = bundle.verificationMaterial.content
  if ('publicKey' in policy) {
    if (material.$case !== 'publicKey') {
      throw new SigningError('the bundle is signed keylessly (a certificate), not with a key')
    }
  } else if (material.$case === 'publicKey') {
    throw new SigningError('the bundle is signed with a key, not a Fulcio certificate')
  }
  const signer = verifyEntity(entity, policy, root)
  const result: BundleVerification = {
    content: content.$case === 'messageSignature' ? 'message-signature' : 'dsse',
    digest,
    ...checked,
    keyFingerprint: keyFingerprint(signer.key),
    ...logIndex(bundle),
    timestamps: timestampsOf(bundle)
  }
  if ('publicKey' in policy) return result
  const san = signer.identity?.subjectAlternativeName ?? '(no identity)'
  const issuer = signer.identity?.extensions?.issuer ?? '(no issuer)'
  if (!issuerMatches(policy, issuer) || !identityMatches(policy, san)) {
    throw new SigningError(`the bundle is signed by ${san} (issuer ${issuer})`)
  }
  return { ...result, identity: san, issuer }
}

function parse(bytes: Buffer): Bundle {
  let json: unknown
  try {
    json = JSON.parse(bytes.toString('utf8'))
  } catch (err) {
    throw new SigningError(`the bundle is not JSON (${errorMessage(err)})`)
  }
  try {
    return bundleFromJSON(json)
  } catch (err) {
    throw new SigningError(`the file is not a valid Sigstore bundle (${errorMessage(err)})`)
  }
}

/** The cryptographic checks; a key policy's key answers every key hint. */
function verifyEntity(entity: SignedEntity, policy: BundlePolicy, root: TrustedRoot) {
  const keyed = 'publicKey' in policy
  const tm = keyed ? keyTrustMaterial(policy.publicKey, root) : keylessTrustMaterial(root)
  try {
    return new BundleVerifier(tm, {
      tlogThreshold: 1,
      ctlogThreshold: keyed ? 0 : 1,
      // A keyless certificate lives ten minutes: only a verified time proves it signed in them.
      timestampThreshold: keyed ? 0 : 1
    }).verify(entity)
  } catch (err) {
    // @sigstore/verify raises VerificationError for what it checks, and plain errors (a
    // TypeError) for shapes it does not expect: both are refusals of this bundle.
    throw new SigningError(`the bundle failed verification: ${errorMessage(err)}`)
  }
}

/**
 * A log key whose validity has no start is a malformed root, not an unbounded key
 * (sigstore-conformance `trust-root-tlog-missing-validity-start_fail`; @sigstore/verify 3.1 reads
 * a missing start as "always").
 */
function refuseUnboundedLogKeys(root: TrustedRoot): void {
  for (const log of [...root.tlogs, ...root.ctlogs]) {
    if (!log.publicKey?.validFor?.start) {
      const id = log.logId ? Buffer.from(log.logId.keyId).toString('base64') : log.baseUrl
      throw new SigningError(
        `the trusted root is malformed: log ${id} has a key without a validity start`
      )
    }
  }
}

/**
 * Roots come only from the trusted root; a bundle that carries one is refused by name
 * (sigstore-conformance `bundle-with-root-cert_fail`; @sigstore/verify 3.1 fails on it with a
 * TypeError about a missing checkpoint instead).
 */
function refuseRootInChain(bundle: Bundle): void {
  const material = bundle.verificationMaterial.content
  if (material.$case !== 'x509CertificateChain') return
  for (const raw of material.x509CertificateChain.certificates) {
    let cert: X509Certificate
    try {
      cert = X509Certificate.parse(Buffer.from(raw.rawBytes))
    } catch (err) {
      throw new SigningError(`the bundle holds an unreadable certificate (${errorMessage(err)})`)
    }
    if (cert.isCA && cert.subject.equals(cert.issuer)) {
      throw new SigningError(
        "the bundle's certificate chain includes a root certificate; roots come only from the trusted root"
      )
    }
  }
}

/** The bundle's message digest must be the artifact's (a SHA-256 one, like the input). */
function checkMessageDigest(
  sig: MessageSignature,
  expected: Buffer,
  digest: string
): Record<string, never> {
  const { algorithm, digest: signed } = sig.messageDigest
  if (algorithm !== HashAlgorithm.SHA2_256) {
    throw new SigningError(`the bundle signs a ${HashAlgorithm[algorithm]} digest, not SHA-256`)
  }
  if (!signed.equals(expected)) {
    throw new SigningError(`the bundle signs sha256:${signed.toString('hex')}, not ${digest}`)
  }
  return {}
}

/** A DSSE bundle must carry an in-toto statement with `hex` among its subjects' sha256. */
function checkStatement(
  payloadType: string,
  payload: Buffer,
  hex: string,
  digest: string
): { predicateType?: string } {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new SigningError(`the bundle's envelope holds ${payloadType}, not an in-toto statement`)
  }
  let statement: { subject?: unknown; predicateType?: unknown }
  try {
    statement = JSON.parse(payload.toString('utf8')) as typeof statement
  } catch (err) {
    throw new SigningError(`the bundle's statement is not JSON (${errorMessage(err)})`)
  }
  const subjects = Array.isArray(statement.subject) ? (statement.subject as unknown[]) : []
  const named = subjects.some(s => {
    const d = (s as { digest?: Record<string, unknown> } | null)?.digest
    return typeof d?.sha256 === 'string' && d.sha256.toLowerCase() === hex
  })
  if (!named) throw new SigningError(`the bundle's statement has no subject with ${digest}`)
  return typeof statement.predicateType === 'string'
    ? { predicateType: statement.predicateType }
    : {}
}

/**
 * `@sigstore/verify` checks a message signature over the artifact's bytes; with only the digest
 * the signature is checked over the digest itself (the bundle's digest, equal to the artifact's,
 * see {@link checkMessageDigest}).
 */
function prehashedContent(sig: MessageSignature): SignedEntity['signature'] {
  return {
    signature: sig.signature,
    compareSignature: (other: Buffer) => other.equals(sig.signature),
    compareDigest: (other: Buffer) => other.equals(sig.messageDigest.digest),
    compareSignedDigest: (other: Buffer) => other.equals(sig.messageDigest.digest),
    verifySignature: (key: KeyObject) => {
      if (!prehashedCurveSupported(key)) {
        throw new SigningError(
          `a message signature by a ${key.asymmetricKeyType ?? 'unknown'} key cannot be checked from a digest alone (P-256 and P-384 only)`
        )
      }
      return verifyPrehashed(key, sig.messageDigest.digest, sig.signature)
    }
  }
}

function logIndex(bundle: Bundle): { rekorLogIndex?: string } {
  const index = bundle.verificationMaterial.tlogEntries[0]?.logIndex
  return index === undefined ? {} : { rekorLogIndex: index }
}

/** The bundle's signing times (all verified by then: the verifier checks every one). */
function timestampsOf(bundle: Bundle): BundleVerification['timestamps'] {
  const out: BundleVerification['timestamps'] = []
  for (const entry of bundle.verificationMaterial.tlogEntries) {
    const seconds = Number(entry.integratedTime)
    if (seconds > 0) out.push({ source: 'rekor', time: new Date(seconds * 1000).toISOString() })
  }
  for (const ts of bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []) {
    const time = RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime
    out.push({ source: 'timestamp-authority', time: time.toISOString() })
  }
  return out
}
