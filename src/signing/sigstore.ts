/**
 * The sigstore-js backend: signs in process, with no binary to install.
 *
 * Keyless: an OIDC token (GitHub Actions, or `SIGSTORE_ID_TOKEN`) buys a short-lived Fulcio
 * certificate, and the signature is logged in Rekor. With a key: a local ECDSA P-256 key signs,
 * and Rekor is optional (`tlog-upload`), so key signing works with no network at all.
 *
 * Either way the payload is cosign's (see statement.ts) and the bundle is attached to the digest
 * as an OCI referrer, the layout `cosign sign --new-bundle-format` writes and `cosign verify`
 * reads.
 *
 * @module
 */

import { bundleToJSON } from '@sigstore/bundle'
import {
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  type Signer as BundleSigner,
  type Witness
} from '@sigstore/sign'
import { createPublicKey } from 'node:crypto'
import type { ImageReference } from '../registry/reference.js'
import { attachReferrer } from '../registry/referrers.js'
import { errorMessage } from '../errors.js'
import {
  keyFingerprint,
  LocalKeySigner,
  loadPrivateKey,
  resolveKeyText,
  type SecretboxOpen
} from './keys.js'
import { simpleSigningPayload } from './cosign-layout.js'
import { attachCosignSignature, cosignLayerFromBundle } from './cosign-legacy-write.js'
import { getIdentityToken, policyFromClaims, tokenClaims } from './oidc.js'
import { SigstoreVerifier, type SigstoreVerifierOptions } from './sigstore-verify.js'
import { signingStatement } from './statement.js'
import {
  BUNDLE_ANNOTATIONS,
  DEFAULT_FULCIO_URL,
  DEFAULT_REKOR_URL,
  describePolicy,
  IN_TOTO_PAYLOAD_TYPE,
  type IdentityPolicy,
  type KeylessPolicy,
  type SignResult,
  type Signer,
  SIGSTORE_BUNDLE_MEDIA_TYPE,
  SigningError,
  type StatementSignature,
  type StatementSigner
} from './types.js'

export { SigstoreVerifier, type SigstoreVerifierOptions } from './sigstore-verify.js'

/** Settings of {@link SigstoreSigner}; the verifier settings check existing and new signatures. */
export interface SigstoreSignerOptions extends SigstoreVerifierOptions {
  /** Fulcio for keyless signing; default the public-good instance. */
  fulcioUrl?: string
  /** Rekor; default the public-good instance. */
  rekorUrl?: string
  /** Log the signature in Rekor. Default true; keyless signing requires it. */
  tlogUpload?: boolean
  /** Sign with this key (PEM, `env://VAR` or path) instead of keylessly. */
  key?: string
  /** Password of an encrypted key. */
  password?: string
  /**
   * Who a keyless signature must name for an existing one to count (idempotency). Default: the
   * identity the OIDC token will be certified as.
   */
  policy?: KeylessPolicy
  /** Replaces the OIDC token lookup (tests, other CI systems). */
  identityToken?: () => Promise<string>
  /** Opens cosign's secretbox-encrypted keys; see keys.ts. */
  openSecretbox?: SecretboxOpen
  /** Time limit of each Fulcio and Rekor request, in milliseconds. */
  timeoutMs?: number
  /**
   * Also write the signature in cosign's legacy `sha256-<hex>.sig` layout, for tools that read
   * only that one. Default false.
   */
  cosignLegacyLayout?: boolean
}

/**
 * Signs digests with sigstore-js and attaches the bundle as a referrer; also signs arbitrary
 * statements (attestations) with the same key or identity.
 */
export class SigstoreSigner implements Signer, StatementSigner {
  private readonly opts: SigstoreSignerOptions
  private readonly verifier: SigstoreVerifier
  private prepared?: ReturnType<SigstoreSigner['prepare']>

  constructor(opts: SigstoreSignerOptions) {
    this.opts = opts
    this.verifier = new SigstoreVerifier(opts)
  }

  /**
   * Signs `image`'s digest unless a signature by the same key or identity already verifies;
   * then reads the new signature back through the verifier, so what was attached is known to
   * pass the gate.
   */
  async sign(image: ImageReference): Promise<SignResult> {
    const digest = image.digest
    if (!digest) throw new SigningError(`${image.familiar} has no digest; sign repo@digest`)
    const { signer, policy, keyFp } = await this.prepare()
    const existing = await this.tryVerify(image, policy)
    if (existing?.verified) {
      this.opts.logger.info(`${digest} is already signed by ${describePolicy(policy, keyFp)}`)
      return {
        backend: 'sigstore',
        digest,
        created: false,
        ...pick(existing, ['identity', 'keyFingerprint', 'rekorLogIndex'])
      }
    }
    const bundleJson = await this.createBundle(signer, signingStatement(digest), digest)
    const subject = await this.opts.client.head(image)
    if (!subject || subject.digest !== digest) {
      throw new SigningError(`${image.familiar} is not in the registry; push it before signing`)
    }
    const referrer = await attachReferrer(this.opts.client, image, subject, {
      artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
      blobs: [
        { mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE, bytes: Buffer.from(JSON.stringify(bundleJson)) }
      ],
      annotations: { ...BUNDLE_ANNOTATIONS }
    })
    if (this.opts.cosignLegacyLayout) await this.signLegacy(signer, image, digest)
    const check = await this.tryVerify(image, policy)
    if (check && !check.verified) {
      throw new SigningError(
        `signed ${digest}, but the attached signature does not verify: ${check.reason ?? 'unknown'}`
      )
    }
    if (!check)
      this.opts.logger.info(`signature on ${digest} not read back: no trusted root to check it`)
    return {
      backend: 'sigstore',
      digest,
      created: true,
      referrer: referrer.digest,
      ...(check ? pick(check, ['identity', 'keyFingerprint', 'rekorLogIndex']) : {}),
      ...(keyFp ? { keyFingerprint: keyFp } : {})
    }
  }

  /**
   * Who this signer's bundles verify as: its key's public half, or the keyless identity (the
   * configured policy, else the one the OIDC token will be certified as).
   */
  async signerPolicy(): Promise<IdentityPolicy> {
    return (await this.prepareOnce()).policy
  }

  /**
   * Signs an arbitrary in-toto statement (an attestation) with the same key or keyless identity
   * as {@link SigstoreSigner.sign}, logging it in Rekor the same way; attaches nothing.
   */
  async signStatement(statement: Buffer): Promise<StatementSignature> {
    const { signer, keyFp } = await this.prepareOnce()
    const json = await this.createBundle(signer, statement, 'the statement')
    const rekorLogIndex = json.verificationMaterial?.tlogEntries?.[0]?.logIndex
    return {
      backend: 'sigstore',
      bundle: Buffer.from(JSON.stringify(json)),
      ...(keyFp ? { keyFingerprint: keyFp } : {}),
      ...(rekorLogIndex ? { rekorLogIndex } : {})
    }
  }

  /**
   * Signs cosign's simple signing payload of `digest` (a message signature, logged as a
   * hashedrekord entry) and adds it to the digest's `.sig` manifest.
   */
  private async signLegacy(signer: BundleSigner, image: ImageReference, digest: string) {
    const payload = simpleSigningPayload(digest, image.repository)
    let bundle
    try {
      bundle = await new MessageSignatureBundleBuilder({
        signer,
        witnesses: this.witnesses()
      }).create({ data: payload })
    } catch (err) {
      throw new SigningError(`signing ${digest} in cosign's layout failed: ${errorMessage(err)}`)
    }
    await attachCosignSignature(this.opts.client, image, cosignLayerFromBundle(payload, bundle))
  }

  /** A Rekor witness when logging is on. */
  private witnesses(): Witness[] {
    if (this.opts.tlogUpload === false) return []
    return [
      new RekorWitness({
        rekorBaseURL: this.opts.rekorUrl ?? DEFAULT_REKOR_URL,
        fetchOnConflict: true,
        timeout: this.opts.timeoutMs
      })
    ]
  }

  /** Signs `data` as an in-toto DSSE payload, with a Rekor witness when logging is on. */
  private async createBundle(
    signer: BundleSigner,
    data: Buffer,
    what: string
  ): Promise<ReturnType<typeof bundleToJSON>> {
    const witnesses = this.witnesses()
    try {
      const bundle = await new DSSEBundleBuilder({ signer, witnesses }).create({
        data,
        type: IN_TOTO_PAYLOAD_TYPE
      })
      return bundleToJSON(bundle)
    } catch (err) {
      throw new SigningError(`signing ${what} failed: ${errorMessage(err)}`)
    }
  }

  /**
   * {@link SigstoreSigner.prepare} once per signer, for the statement entry points: a keyless
   * signer asks for one OIDC token, however many statements it signs.
   */
  private prepareOnce(): ReturnType<SigstoreSigner['prepare']> {
    this.prepared ??= this.prepare()
    return this.prepared
  }

  /** The signer and the policy its signatures satisfy. */
  private async prepare(): Promise<{
    signer: BundleSigner
    policy: IdentityPolicy
    keyFp?: string
  }> {
    const { env, logger } = this.opts
    if (this.opts.key) {
      const privateKey = loadPrivateKey(
        resolveKeyText(this.opts.key, env, logger),
        this.opts.password,
        { openSecretbox: this.opts.openSecretbox }
      )
      const publicKey = createPublicKey(privateKey)
      const publicPem = publicKey.export({ format: 'pem', type: 'spki' }).toString()
      return {
        signer: new LocalKeySigner(privateKey),
        policy: { key: publicPem },
        keyFp: keyFingerprint(publicKey)
      }
    }
    if (this.opts.tlogUpload === false) {
      throw new SigningError(
        'tlog-upload: false needs cosign-key: a keyless certificate expires after minutes, and ' +
          'only the transparency log proves the signature was made while it was valid'
      )
    }
    const token = this.opts.identityToken
      ? await this.opts.identityToken()
      : await getIdentityToken(env, logger)
    logger.setSecret(token)
    const signer = new FulcioSigner({
      fulcioBaseURL: this.opts.fulcioUrl ?? DEFAULT_FULCIO_URL,
      identityProvider: { getToken: () => Promise.resolve(token) },
      timeout: this.opts.timeoutMs
    })
    return { signer, policy: this.opts.policy ?? policyFromClaims(tokenClaims(token)) }
  }

  /**
   * Verifies under `policy`, or `undefined` when verification cannot be set up (keyless with no
   * trusted root available): signing then goes ahead, and the gate verifies later.
   */
  private async tryVerify(image: ImageReference, policy: IdentityPolicy) {
    try {
      return await this.verifier.verify(image, policy)
    } catch (err) {
      if (!(err instanceof SigningError)) throw err
      this.opts.logger.debug(`cannot verify ${image.familiar} here: ${err.message}`)
      return undefined
    }
  }
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {}
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k]
  return out
}
