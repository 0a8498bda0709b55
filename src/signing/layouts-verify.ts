/**
 * The signature gate's reader of both layouts cosign writes: Sigstore bundles attached as OCI
 * referrers (`cosign sign --new-bundle-format`, and what the sigstore backend writes), then the
 * legacy `sha256-<hex>.sig` tag (`cosign sign` before v3, and every tool that reads only it).
 * A digest counts as signed when a signature in either layout verifies under the policy.
 *
 * @module
 */

import type { ImageReference } from '../registry/reference.js'
import { checkLegacySignatures, type LegacyTrust } from './cosign-legacy-verify.js'
import { loadPublicKey, resolveKeyText } from './keys.js'
import { SigstoreVerifier, type SigstoreVerifierOptions } from './sigstore-verify.js'
import { keylessTrustMaterial, keyTrustMaterial } from './trust.js'
import {
  type IdentityPolicy,
  isKeyPolicy,
  SigningError,
  type Verifier,
  type VerifyResult
} from './types.js'

/** The reason {@link SigstoreVerifier} gives when no bundle is attached at all. */
const NO_BUNDLE = 'no Sigstore bundle is attached'

/** Most refusals named in one reason; the rest are counted. */
const MAX_REASONS = 3

/** Verifies a digest's bundle referrers, then its cosign `.sig` signatures. */
export class SignatureLayoutsVerifier implements Verifier {
  private readonly opts: SigstoreVerifierOptions
  private readonly bundles: SigstoreVerifier

  constructor(opts: SigstoreVerifierOptions) {
    this.opts = opts
    this.bundles = new SigstoreVerifier(opts)
  }

  /** Looks for a signature on `image`'s digest, in either layout, that verifies under `policy`. */
  async verify(image: ImageReference, policy: IdentityPolicy): Promise<VerifyResult> {
    const digest = image.digest
    if (!digest) throw new SigningError(`${image.familiar} has no digest; verify repo@digest`)
    const bundles = await this.bundles.verify(image, policy)
    if (bundles.verified) return bundles
    const legacy = await checkLegacySignatures(
      this.opts.client,
      image,
      digest,
      await this.legacyTrust(policy)
    )
    if (!legacy.found) return bundles
    const reasons = bundles.reason && bundles.reason !== NO_BUNDLE ? [bundles.reason] : []
    for (const finding of legacy.findings) {
      this.opts.logger.debug(`cosign .sig signature: ${finding.ok ? 'verified' : finding.reason}`)
      if (finding.ok) {
        const { identity, issuer, keyFingerprint, rekorLogIndex, integratedTime } = finding
        return {
          verified: true,
          backend: 'sigstore',
          ...defined({ identity, issuer, keyFingerprint, rekorLogIndex, integratedTime })
        }
      }
      reasons.push(`cosign signature ${finding.reason}`)
    }
    const more = reasons.length > MAX_REASONS ? `; and ${reasons.length - MAX_REASONS} more` : ''
    return {
      verified: false,
      backend: 'sigstore',
      reason: reasons.slice(0, MAX_REASONS).join('; ') + more
    }
  }

  /** The same trust the bundle check uses: the pinned key, or the root's CAs and logs. */
  private async legacyTrust(policy: IdentityPolicy): Promise<LegacyTrust> {
    if (isKeyPolicy(policy)) {
      const key = loadPublicKey(resolveKeyText(policy.key, this.opts.env, this.opts.logger))
      const root = this.opts.trustedRootPath ? await this.bundles.trustedRoot() : undefined
      return {
        key,
        tm: keyTrustMaterial(key, root),
        haveRoot: root !== undefined,
        requireTlog: this.opts.requireTlog ?? false
      }
    }
    return { policy, tm: keylessTrustMaterial(await this.bundles.trustedRoot()) }
  }
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}
