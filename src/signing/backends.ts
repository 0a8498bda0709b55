/**
 * Picks and builds a backend from settings, so callers deal with {@link Signer} and
 * {@link Verifier} only.
 *
 * @module
 */

import { createPublicKey } from 'node:crypto'
import type { Logger } from '../logger.js'
import type { RegistryClient } from '../registry/client.js'
import type { ImageReference } from '../registry/reference.js'
import { Cosign, CosignSigner, CosignVerifier } from './cosign.js'
import {
  isKmsReference,
  keyFingerprint,
  loadPrivateKey,
  loadPublicKey,
  resolveKeyText,
  type SecretboxOpen
} from './keys.js'
import type { SigstoreSigner, SigstoreVerifier } from './sigstore.js'
import {
  type IdentityPolicy,
  isKeyPolicy,
  type Signer,
  type SigningBackend,
  type StatementSigner,
  type Verifier
} from './types.js'

/** The sigstore backend, loaded on first use: most runs never sign or check a bundle. */
let sigstoreModule: Promise<typeof import('./sigstore.js')> | undefined
const loadSigstore = () => (sigstoreModule ??= import('./sigstore.js'))

/** A signer whose sigstore implementation is loaded (once) when it first signs. */
function lazySigstoreSigner(
  make: (m: typeof import('./sigstore.js')) => SigstoreSigner
): Signer & StatementSigner {
  let signer: Promise<SigstoreSigner> | undefined
  const get = () => (signer ??= loadSigstore().then(make))
  return {
    sign: async image => (await get()).sign(image),
    signerPolicy: async () => (await get()).signerPolicy(),
    signStatement: async statement => (await get()).signStatement(statement)
  }
}

/** What the backends need to know; `parseSigningOptions` fills it from inputs. */
export interface BackendConfig {
  /** The backend asked for; `auto` is cosign when its binary runs, sigstore otherwise. */
  backend: SigningBackend | 'none' | 'auto'
  /** Private key reference: PEM text, `env://VAR`, a path, or (cosign only) a KMS URI. */
  key?: string
  /** Password of the private key. */
  password?: string
  /** Public key to verify with: PEM text, `env://VAR`, a path, or (cosign only) a KMS URI. */
  publicKey?: string
  /** Exact certificate identity to trust. */
  certificateIdentity?: string
  /** Go RE2 regular expression searched for in the certificate identity, as cosign does. */
  certificateIdentityRegexp?: string
  /** OIDC issuer the certificate must name. */
  certificateOidcIssuer: string
  /** Go RE2 regular expression searched for in the issuer; replaces the exact issuer when set. */
  certificateOidcIssuerRegexp?: string
  /** Fulcio base URL. */
  fulcioUrl: string
  /** Rekor base URL. */
  rekorUrl: string
  /** Path of a trusted_root.json; unset means the public-good root. */
  trustedRoot?: string
  /** Log signatures in Rekor (and require the entry when verifying key signatures). */
  tlogUpload: boolean
  /** The cosign binary (`COSIGN_BIN`, else `cosign` on PATH). */
  cosignBin?: string
  /** Registries reached over plain HTTP or with self-signed certificates (cosign flags). */
  insecureRegistries?: string[]
  /** Environment for `env://` references, OIDC tokens and the cosign process. */
  env: NodeJS.ProcessEnv
  /** Opens cosign's encrypted keys in the sigstore backend; see keys.ts. */
  openSecretbox?: SecretboxOpen
}

/** The backend `config` names, resolving `auto` by running `cosign version`. */
export async function resolveBackend(
  config: BackendConfig,
  logger: Logger
): Promise<SigningBackend | 'none'> {
  if (config.backend !== 'auto') return config.backend
  const available = await cosignFor(config, logger).isAvailable()
  logger.debug(`signing: auto chose ${available ? 'cosign' : 'sigstore'}`)
  return available ? 'cosign' : 'sigstore'
}

/**
 * The policy verification uses: `public-key`, else a certificate identity, else the public half
 * of `cosign-key` (whoever holds the private key may vouch for its public key); `undefined` when
 * nothing is configured.
 */
export async function resolvePolicy(
  config: BackendConfig,
  backend: SigningBackend,
  logger: Logger
): Promise<IdentityPolicy | undefined> {
  if (config.publicKey) return { key: config.publicKey }
  if (config.certificateIdentity || config.certificateIdentityRegexp) {
    return {
      ...(config.certificateIdentity ? { certificateIdentity: config.certificateIdentity } : {}),
      ...(config.certificateIdentityRegexp
        ? { certificateIdentityRegexp: config.certificateIdentityRegexp }
        : {}),
      certificateOidcIssuer: config.certificateOidcIssuer,
      ...(config.certificateOidcIssuerRegexp
        ? { certificateOidcIssuerRegexp: config.certificateOidcIssuerRegexp }
        : {})
    }
  }
  if (!config.key) return undefined
  if (backend === 'cosign' || isKmsReference(config.key)) {
    return { key: await cosignFor(config, logger).publicKey(config.key, config.password) }
  }
  const privateKey = loadPrivateKey(
    resolveKeyText(config.key, config.env, logger),
    config.password,
    {
      openSecretbox: config.openSecretbox
    }
  )
  return { key: createPublicKey(privateKey).export({ format: 'pem', type: 'spki' }).toString() }
}

/** The signer of `backend`. */
export function createSigner(
  client: RegistryClient,
  image: ImageReference,
  config: BackendConfig,
  backend: SigningBackend,
  policy: IdentityPolicy | undefined,
  logger: Logger
): Signer {
  return buildSigner(client, image, config, backend, policy, logger)
}

/**
 * The statement (attestation) signer of `backend`: the same object and settings as
 * {@link createSigner}, so attestations are signed with exactly the key or keyless identity
 * digests are.
 */
export function createStatementSigner(
  client: RegistryClient,
  image: ImageReference,
  config: BackendConfig,
  backend: SigningBackend,
  policy: IdentityPolicy | undefined,
  logger: Logger
): StatementSigner {
  return buildSigner(client, image, config, backend, policy, logger)
}

/**
 * A verifier of single bundles (attestations) for either backend. Bundles are the standard
 * format, so they are checked in process whichever backend made them, with the trust settings
 * the sigstore backend's signature gate uses.
 */
export async function createBundleVerifier(
  client: RegistryClient,
  config: BackendConfig,
  logger: Logger
): Promise<SigstoreVerifier> {
  const { SigstoreVerifier } = await loadSigstore()
  return new SigstoreVerifier(sigstoreVerifierOptions(client, config, logger))
}

/**
 * `policy` ready for in-process verification: a KMS public key is replaced by its PEM, asked of
 * `cosign public-key` (the only backend that reaches KMS); anything else is returned as is.
 */
export async function inProcessPolicy(
  config: BackendConfig,
  policy: IdentityPolicy,
  logger: Logger
): Promise<IdentityPolicy> {
  if (!isKeyPolicy(policy) || !isKmsReference(policy.key)) return policy
  return { key: await cosignFor(config, logger).publicKey(policy.key) }
}

function buildSigner(
  client: RegistryClient,
  image: ImageReference,
  config: BackendConfig,
  backend: SigningBackend,
  policy: IdentityPolicy | undefined,
  logger: Logger
): CosignSigner | (Signer & StatementSigner) {
  if (backend === 'cosign') {
    return new CosignSigner(cosignFor(config, logger), {
      request: {
        key: config.key,
        fulcioUrl: config.fulcioUrl,
        rekorUrl: config.rekorUrl,
        tlogUpload: config.tlogUpload,
        trustedRoot: config.trustedRoot,
        insecureRegistry: insecure(config, image)
      },
      password: config.password,
      policy
    })
  }
  return lazySigstoreSigner(
    ({ SigstoreSigner }) =>
      new SigstoreSigner({
        ...sigstoreVerifierOptions(client, config, logger),
        fulcioUrl: config.fulcioUrl,
        rekorUrl: config.rekorUrl,
        tlogUpload: config.tlogUpload,
        key: config.key,
        password: config.password,
        openSecretbox: config.openSecretbox,
        ...(policy && !('key' in policy) ? { policy } : {})
      })
  )
}

/** The verifier of `backend`. */
export function createVerifier(
  client: RegistryClient,
  image: ImageReference,
  config: BackendConfig,
  backend: SigningBackend,
  logger: Logger
): Verifier {
  if (backend === 'cosign') {
    return new CosignVerifier(cosignFor(config, logger), {
      rekorUrl: config.rekorUrl,
      tlogUpload: config.tlogUpload,
      trustedRoot: config.trustedRoot,
      insecureRegistry: insecure(config, image)
    })
  }
  const options = sigstoreVerifierOptions(client, config, logger)
  return {
    verify: async (i, p) =>
      new (await import('./layouts-verify.js')).SignatureLayoutsVerifier(options).verify(i, p)
  }
}

function sigstoreVerifierOptions(client: RegistryClient, config: BackendConfig, logger: Logger) {
  return {
    client,
    logger,
    env: config.env,
    trustedRootPath: config.trustedRoot,
    // A key signature must be in Rekor only when signatures are logged and a root can check it.
    requireTlog: config.tlogUpload && config.trustedRoot !== undefined
  }
}

function cosignFor(config: BackendConfig, logger: Logger): Cosign {
  return new Cosign({ binPath: config.cosignBin, logger, env: config.env })
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/

function insecure(config: BackendConfig, image: ImageReference): boolean {
  return LOOPBACK.test(image.domain) || (config.insecureRegistries ?? []).includes(image.domain)
}

/** The fingerprint of a key policy's public key, for gate details; undefined for keyless or KMS. */
export function fingerprintOf(
  policy: IdentityPolicy,
  opts: BackendConfig,
  logger: Logger
): string | undefined {
  if (!isKeyPolicy(policy) || isKmsReference(policy.key)) return undefined
  try {
    return keyFingerprint(loadPublicKey(resolveKeyText(policy.key, opts.env, logger)))
  } catch {
    return undefined
  }
}
