/**
 * Command lines of the cosign CLI, as pure functions of a request and the capabilities of the
 * installed version, and the parser of `cosign verify --output json`.
 *
 * @module
 */

import semver from 'semver'
import { errorMessage } from '../errors.js'
import {
  DEFAULT_FULCIO_URL,
  DEFAULT_REKOR_URL,
  type IdentityPolicy,
  isKeyPolicy,
  SigningError
} from './types.js'

/** What the installed cosign supports, from its version. */
export interface CosignCapabilities {
  /** `--new-bundle-format` (2.6.0): bundles as OCI referrers. */
  newBundleFormat: boolean
  /** `--use-signing-config` (2.6.0; default on from 3.0, which forbids custom URLs with it). */
  signingConfig: boolean
  /** `sign --trusted-root` (2.6.0). */
  signTrustedRoot: boolean
  /** `verify --trusted-root` (2.4.0). */
  verifyTrustedRoot: boolean
}

/** Shared parts of a sign or verify request. */
export interface CosignRequestBase {
  /** `repo@digest`. */
  image: string
  /** Rekor; omitted when it is the public-good default. */
  rekorUrl?: string
  /** Whether signatures are (were) logged in Rekor. */
  tlogUpload: boolean
  /** A trusted_root.json for private instances. */
  trustedRoot?: string
  /** Plain-HTTP or self-signed registry. */
  insecureRegistry?: boolean
}

/** A `cosign sign` request. */
export interface CosignSignRequest extends CosignRequestBase {
  /** A key file, `env://VAR` or KMS URI; keyless when absent. */
  key?: string
  /** Fulcio for keyless signing; omitted when it is the public-good default. */
  fulcioUrl?: string
}

/**
 * A `cosign attest-blob --statement` request: sign an in-toto statement into a bundle file
 * (cosign >= 2.6.0). No registry is involved; the caller attaches the bundle.
 */
export interface CosignStatementRequest extends Omit<
  CosignSignRequest,
  'image' | 'insecureRegistry'
> {
  /** Path of the statement (in-toto Statement v1 JSON) to sign. */
  statement: string
  /** Path the bundle is written to. */
  bundle: string
}

/** A `cosign verify` request. */
export interface CosignVerifyRequest extends CosignRequestBase {
  /** Who must have signed. */
  policy: IdentityPolicy
}

/** One verified signature from `cosign verify --output json`. */
export interface CosignVerification {
  /** The signed digest (`critical.image.docker-manifest-digest`). */
  digest: string
  /** The certificate identity, when cosign printed it. */
  identity?: string
  /** Rekor log index, when cosign printed the bundle. */
  rekorLogIndex?: string
}

/** Capabilities of a cosign `version` (`v2.6.1`, `2.6.1`); unknown versions get the newest. */
export function capabilitiesOf(version: string): CosignCapabilities {
  const v = semver.coerce(version)?.version
  const atLeast = (min: string) => (v ? semver.gte(v, min) : true)
  return {
    newBundleFormat: atLeast('2.6.0'),
    signingConfig: atLeast('2.6.0'),
    signTrustedRoot: atLeast('2.6.0'),
    verifyTrustedRoot: atLeast('2.4.0')
  }
}

/** Arguments of `cosign sign` for `req`. */
export function cosignSignArgs(req: CosignSignRequest, caps: CosignCapabilities): string[] {
  const args = ['sign', '--yes']
  if (req.key) args.push('--key', req.key)
  if (caps.newBundleFormat) args.push('--new-bundle-format=true')
  const customFulcio = !req.key && req.fulcioUrl && req.fulcioUrl !== DEFAULT_FULCIO_URL
  const customRekor = req.rekorUrl && req.rekorUrl !== DEFAULT_REKOR_URL
  // cosign 3 signs from the TUF signing config by default and refuses service URLs or
  // --tlog-upload=false alongside it.
  if (caps.signingConfig && (customFulcio || customRekor || !req.tlogUpload)) {
    args.push('--use-signing-config=false')
  }
  if (!req.tlogUpload) args.push('--tlog-upload=false')
  if (customFulcio) args.push('--fulcio-url', req.fulcioUrl!)
  if (customRekor && req.tlogUpload) args.push('--rekor-url', req.rekorUrl!)
  if (req.trustedRoot && caps.signTrustedRoot) args.push('--trusted-root', req.trustedRoot)
  if (req.insecureRegistry) args.push('--allow-insecure-registry', '--allow-http-registry')
  args.push(req.image)
  return args
}

/**
 * Arguments of `cosign attest-blob` signing `req.statement` into `req.bundle`, with the same key,
 * service and transparency-log choices as {@link cosignSignArgs}.
 *
 * @throws SigningError when the installed cosign cannot sign a statement into a bundle.
 */
export function cosignStatementArgs(
  req: CosignStatementRequest,
  caps: CosignCapabilities
): string[] {
  // --statement and bundles for statements came with 2.6.0, as did the new bundle format.
  if (!caps.newBundleFormat) {
    throw new SigningError('signing attestations needs cosign >= 2.6.0 (attest-blob --statement)')
  }
  const args = ['attest-blob', '--yes']
  if (req.key) args.push('--key', req.key)
  args.push('--new-bundle-format=true')
  const customFulcio = !req.key && req.fulcioUrl && req.fulcioUrl !== DEFAULT_FULCIO_URL
  const customRekor = req.rekorUrl && req.rekorUrl !== DEFAULT_REKOR_URL
  if (caps.signingConfig && (customFulcio || customRekor || !req.tlogUpload)) {
    args.push('--use-signing-config=false')
  }
  if (!req.tlogUpload) args.push('--tlog-upload=false')
  if (customFulcio) args.push('--fulcio-url', req.fulcioUrl!)
  if (customRekor && req.tlogUpload) args.push('--rekor-url', req.rekorUrl!)
  if (req.trustedRoot && caps.signTrustedRoot) args.push('--trusted-root', req.trustedRoot)
  args.push('--statement', req.statement, '--bundle', req.bundle)
  return args
}

/** Arguments of `cosign verify` for `req`, with JSON output. */
export function cosignVerifyArgs(req: CosignVerifyRequest, caps: CosignCapabilities): string[] {
  const args = ['verify', '--output', 'json']
  const p = req.policy
  if (isKeyPolicy(p)) args.push('--key', p.key)
  else {
    // Passed as given: the sigstore backend searches for a regexp just as cosign does.
    if (p.certificateIdentity) args.push('--certificate-identity', p.certificateIdentity)
    else if (p.certificateIdentityRegexp) {
      args.push('--certificate-identity-regexp', p.certificateIdentityRegexp)
    }
    if (p.certificateOidcIssuerRegexp) {
      args.push('--certificate-oidc-issuer-regexp', p.certificateOidcIssuerRegexp)
    } else args.push('--certificate-oidc-issuer', p.certificateOidcIssuer)
  }
  if (caps.newBundleFormat) args.push('--new-bundle-format=true')
  if (!req.tlogUpload) args.push('--insecure-ignore-tlog=true')
  if (req.rekorUrl && req.rekorUrl !== DEFAULT_REKOR_URL && req.tlogUpload) {
    args.push('--rekor-url', req.rekorUrl)
  }
  if (req.trustedRoot && caps.verifyTrustedRoot) args.push('--trusted-root', req.trustedRoot)
  if (req.insecureRegistry) args.push('--allow-insecure-registry', '--allow-http-registry')
  args.push(req.image)
  return args
}

/** Parses `cosign verify --output json`: a JSON array of simple-signing payloads. */
export function parseVerifyOutput(stdout: string): CosignVerification[] {
  const start = stdout.indexOf('[')
  if (start < 0) throw new SigningError('cosign verify printed no JSON result')
  let items: unknown
  try {
    items = JSON.parse(stdout.slice(start))
  } catch (err) {
    throw new SigningError(`cosign verify printed invalid JSON (${errorMessage(err)})`)
  }
  if (!Array.isArray(items)) throw new SigningError('cosign verify printed no JSON array')
  return items.flatMap(item => {
    const it = item as {
      critical?: { image?: { 'docker-manifest-digest'?: string } }
      optional?: { Subject?: string; Bundle?: { Payload?: { logIndex?: number | string } } }
    }
    const digest = it.critical?.image?.['docker-manifest-digest']
    if (!digest) return []
    const index = it.optional?.Bundle?.Payload?.logIndex
    return [
      {
        digest,
        ...(it.optional?.Subject ? { identity: it.optional.Subject } : {}),
        ...(index !== undefined ? { rekorLogIndex: String(index) } : {})
      }
    ]
  })
}
