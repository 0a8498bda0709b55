/**
 * One interface for both signing backends: sigstore-js in process, and the cosign CLI.
 *
 * "The digest gives immutability, signing gives authenticity, and signing without verifying is
 * theatre": every backend that signs can also verify, and a verification names who signed.
 *
 * @module
 */

import { PromoteError } from '../errors.js'
import type { ImageReference } from '../registry/reference.js'

/** Which implementation signs and verifies. */
export type SigningBackend = 'sigstore' | 'cosign'

/** Trust one public key: a PEM text, or a reference (`path`, `env://VAR`, KMS URI for cosign). */
export interface KeyPolicy {
  /** The public key PEM, or where to find it. */
  key: string
}

/** Trust a Fulcio certificate issued for an OIDC identity. */
export interface KeylessPolicy {
  /** The exact certificate identity (SAN), e.g. a workflow URL or an e-mail address. */
  certificateIdentity?: string
  /**
   * A Go RE2 regular expression searched for in the identity, as cosign's
   * `--certificate-identity-regexp` is (unanchored: write `^…$` to match the whole identity).
   */
  certificateIdentityRegexp?: string
  /** The OIDC issuer of the identity, e.g. `https://token.actions.githubusercontent.com`. */
  certificateOidcIssuer: string
  /**
   * A Go RE2 regular expression searched for in the issuer; when set it takes the place of
   * {@link KeylessPolicy.certificateOidcIssuer}, as cosign's `--certificate-oidc-issuer-regexp`.
   */
  certificateOidcIssuerRegexp?: string
}

/** Who must have signed a digest for it to count as signed. */
export type IdentityPolicy = KeyPolicy | KeylessPolicy

/** True when `policy` trusts a key rather than a certificate identity. */
export function isKeyPolicy(policy: IdentityPolicy): policy is KeyPolicy {
  return 'key' in policy && typeof policy.key === 'string'
}

/** What signing a digest did. */
export interface SignResult {
  /** The backend that signed. */
  backend: SigningBackend
  /** The digest that was signed (never changed by signing). */
  digest: string
  /** False when a signature that verifies for the same identity or key was already attached. */
  created: boolean
  /** Digest of the referrer manifest holding the bundle, when known. */
  referrer?: string
  /** Certificate identity (SAN) of a keyless signature. */
  identity?: string
  /** `sha256:<hex>` of the public key (SubjectPublicKeyInfo DER) of a key signature. */
  keyFingerprint?: string
  /** Index of the transparency log entry, when the signature was logged. */
  rekorLogIndex?: string
}

/** What verifying a digest found. */
export interface VerifyResult {
  /** True when a signature for this digest verified under the policy. */
  verified: boolean
  /** The backend that verified. */
  backend: SigningBackend
  /** Certificate identity (SAN) that signed, for keyless signatures. */
  identity?: string
  /** `sha256:<hex>` of the public key that signed, for key signatures. */
  keyFingerprint?: string
  /** Transparency log index of the verified signature, when it was logged and checked. */
  rekorLogIndex?: string
  /** OIDC issuer of the keyless signer's certificate, when known. */
  issuer?: string
  /** When the log integrated the verified signature (ISO 8601), when it was logged and checked. */
  integratedTime?: string
  /** Why nothing verified: what was found instead, one line. */
  reason?: string
}

/** Signs image digests. */
export interface Signer {
  /** Signs `image` (which must be `repo@digest`) and attaches the signature to its digest. */
  sign(image: ImageReference): Promise<SignResult>
}

/** An in-toto statement signed into a Sigstore bundle, not attached anywhere yet. */
export interface StatementSignature {
  /** The backend that signed. */
  backend: SigningBackend
  /** The bundle (v0.3, DSSE envelope) as JSON bytes, ready to be a referrer layer. */
  bundle: Buffer
  /** `sha256:<hex>` of the public key of a key signature, when known. */
  keyFingerprint?: string
  /** Index of the transparency log entry, when the signature was logged and it is known. */
  rekorLogIndex?: string
}

/**
 * Signs arbitrary in-toto statements (attestations) with the same key or keyless identity the
 * backend signs digests with; attaching the bundle is the caller's business.
 */
export interface StatementSigner {
  /**
   * Who the bundles this signer makes verify as, so a caller can look for one it already made;
   * `undefined` when that cannot be known before signing (cosign keyless without an identity).
   */
  signerPolicy(): Promise<IdentityPolicy | undefined>
  /** Signs `statement` (in-toto Statement v1 JSON bytes) into a DSSE bundle. */
  signStatement(statement: Buffer): Promise<StatementSignature>
}

/** Verifies the signatures attached to image digests. */
export interface Verifier {
  /** Looks for a signature on `image` (`repo@digest`) that verifies under `policy`. */
  verify(image: ImageReference, policy: IdentityPolicy): Promise<VerifyResult>
}

/** Signing could not be done or set up; the message says what and how to fix it. */
export class SigningError extends PromoteError {}

/**
 * The payload both backends sign, after cosign's `sign --new-bundle-format`: an in-toto v1
 * statement whose only subject is the image digest, with cosign's signing predicate type.
 */
export const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1'

/** In-toto statement type, v1. */
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1'

/** DSSE payload type of in-toto statements. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

/** Media type (and referrer artifact type) of a Sigstore bundle v0.3. */
export const SIGSTORE_BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'

/** Annotations cosign sets on a bundle referrer, so cosign and others can filter them. */
export const BUNDLE_ANNOTATIONS: Readonly<Record<string, string>> = Object.freeze({
  'dev.sigstore.bundle.content': 'dsse-envelope',
  'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE_TYPE
})

/** The public-good Fulcio. */
export const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev'

/** The public-good Rekor. */
export const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev'

/** The issuer of GitHub Actions OIDC tokens. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'

/** A one-line description of the signer a policy expects, for messages. */
export function describePolicy(policy: IdentityPolicy, keyFingerprint?: string): string {
  if (isKeyPolicy(policy)) return `key ${keyFingerprint ?? '(public-key)'}`
  const who = policy.certificateIdentity
    ? policy.certificateIdentity
    : policy.certificateIdentityRegexp
      ? `an identity matching /${policy.certificateIdentityRegexp}/`
      : 'any identity'
  const issuer =
    policy.certificateOidcIssuerRegexp !== undefined
      ? `an issuer matching /${policy.certificateOidcIssuerRegexp}/`
      : policy.certificateOidcIssuer
  return `${who} (issuer ${issuer})`
}
