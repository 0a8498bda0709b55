import { GateError } from '../errors.js'
import type { GateResult } from '../ledger/event.js'
import type { Logger } from '../logger.js'
import type { RegistryClient } from '../registry/client.js'
import type { ImageReference } from '../registry/reference.js'
import {
  createSigner,
  createVerifier,
  resolveBackend,
  fingerprintOf,
  resolvePolicy,
  type BackendConfig
} from './backends.js'
import { fixFor, passedDetail } from './gate-text.js'
import { describePolicy, type SignResult, SigningError, type VerifyResult } from './types.js'

/** The signing policy of a run: whether to sign, and whose signatures to trust. */
export interface SigningOptions extends BackendConfig {
  /** Sign the digest. */
  sign: boolean
  /** `require-signature`; `undefined` means the environment decides (see {@link signatureRequired}). */
  requireSignature?: boolean
}

/** Whether an environment needs a signature: `require-signature`, else whether it is protected. */
export function signatureRequired(opts: SigningOptions, protectedEnvironment: boolean): boolean {
  return opts.requireSignature ?? protectedEnvironment
}

/**
 * The `signature` gate: verifies `image` (`repo@digest`) under the configured policy.
 *
 * @returns `passed` with who signed; `skipped` when not required and no policy is configured;
 *   `failed` (with a warning, not a throw) when not required but a configured check fails.
 * @throws GateError when required and no signature verifies (or nothing says whose to trust).
 */
export async function signatureGate(
  client: RegistryClient,
  image: ImageReference,
  opts: SigningOptions,
  required: boolean,
  logger: Logger,
  context: { environment?: string } = {}
): Promise<GateResult> {
  return (await signatureCheck(client, image, opts, required, logger, context)).gate
}

/**
 * {@link signatureGate}, also returning what verified (signer, issuer, log entry), for the
 * `verify` command to show: the same gate, not a copy of it.
 */
export async function signatureCheck(
  client: RegistryClient,
  image: ImageReference,
  opts: SigningOptions,
  required: boolean,
  logger: Logger,
  context: { environment?: string } = {}
): Promise<{ gate: GateResult; verified?: VerifyResult }> {
  const digest = image.digest
  if (!digest) throw new Error(`signatureGate needs repo@digest, got ${image.familiar}`)
  const where = context.environment ?? 'this environment'
  const backend = await resolveBackend(opts, logger)
  if (backend === 'none') {
    if (!required) return { gate: skipped(where) }
    throw new GateError(
      'signature',
      `${where} requires a signature but 'signing' is none`,
      "set 'signing' to sigstore or cosign"
    )
  }
  const policy = await resolvePolicy(opts, backend, logger)
  if (!policy) {
    if (!required) return { gate: skipped(where) }
    throw new GateError(
      'signature',
      `${digest} must be signed for ${where}, but no signer to trust is configured`,
      'set public-key, or certificate-identity (or certificate-identity-regexp) with certificate-oidc-issuer'
    )
  }
  const expected = describePolicy(policy, fingerprintOf(policy, opts, logger))
  let result: VerifyResult
  try {
    result = await createVerifier(client, image, opts, backend, logger).verify(image, policy)
  } catch (err) {
    if (!(err instanceof SigningError)) throw err
    throw new GateError(
      'signature',
      `cannot check ${digest} for ${expected}: ${err.message}`,
      'fix the signing inputs named above'
    )
  }
  if (result.verified) {
    return {
      gate: { name: 'signature', result: 'passed', detail: passedDetail(backend, result) },
      verified: result
    }
  }
  const reason = `${digest} has no signature from ${expected}; found: ${result.reason ?? 'nothing'}`
  if (!required) {
    logger.warning(`signature check (not required for ${where}): ${reason}`)
    return { gate: { name: 'signature', result: 'failed', detail: reason } }
  }
  throw new GateError('signature', reason, fixFor(result.reason ?? '', expected))
}

/**
 * Signs `image` when `sign` is set (capture, promote), unless a signature by the same key or
 * identity is already attached.
 *
 * @returns what signing did, or `undefined` when signing is off.
 */
export async function signDigest(
  client: RegistryClient,
  image: ImageReference,
  opts: SigningOptions,
  logger: Logger
): Promise<SignResult | undefined> {
  if (!opts.sign) return undefined
  const backend = await resolveBackend(opts, logger)
  if (backend === 'none') return undefined
  const policy = await resolvePolicy(opts, backend, logger)
  const result = await createSigner(client, image, opts, backend, policy, logger).sign(image)
  const who = result.identity ?? result.keyFingerprint ?? 'keyless'
  logger.info(
    `${result.created ? 'signed' : 'already signed'} ${result.digest} (${backend}: ${who}` +
      `${result.rekorLogIndex ? `, rekor ${result.rekorLogIndex}` : ''})`
  )
  return result
}

function skipped(where: string): GateResult {
  return {
    name: 'signature',
    result: 'skipped',
    detail: `not required for ${where}; no signature checked`
  }
}
