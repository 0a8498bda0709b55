/**
 * Signed promotion attestations: after a promotion lands, its ledger event is signed as an
 * in-toto statement about the digest and attached to the digest as a Sigstore bundle referrer,
 * so "this digest reached staging" can be checked from the registry alone, with the same trust
 * as a signature, before it may go further.
 *
 * Signing uses the configured backend, key or keyless identity (the ones that sign digests);
 * verification is in process for both backends (bundles are the standard format) under the
 * signature gate's policy. The digest itself is never written.
 *
 * @module
 */

import { GateError, errorMessage } from '../errors.js'
import type { GateResult, PromotionEvent } from '../ledger/event.js'
import type { Logger } from '../logger.js'
import type { RegistryClient } from '../registry/client.js'
import type { Descriptor } from '../registry/media-types.js'
import type { ImageReference } from '../registry/reference.js'
import { attachReferrer, listReferrers, readReferrerLayer } from '../registry/referrers.js'
import {
  ENVIRONMENT_ANNOTATION,
  parsePromotionStatement,
  PREDICATE_TYPE_ANNOTATION,
  promotionAnnotations,
  PROMOTION_PREDICATE_TYPE,
  promotionStatement,
  sameEvent
} from './attestation-statement.js'
import {
  type BackendConfig,
  createBundleVerifier,
  createStatementSigner,
  fingerprintOf,
  inProcessPolicy,
  resolveBackend,
  resolvePolicy
} from './backends.js'
import { identityTokenAvailable } from './oidc.js'
import type { BundleCheck, PayloadCheck } from './sigstore-verify.js'
import {
  describePolicy,
  type IdentityPolicy,
  SIGSTORE_BUNDLE_MEDIA_TYPE,
  SigningError
} from './types.js'

export * from './attestation-statement.js'

/** What {@link attestPromotion} did. */
export interface AttestResult {
  /** True when a verified attestation of the event is attached (now, or already). */
  attached: boolean
  /** Digest of the referrer manifest holding the bundle, when attached. */
  digest?: string
  /** One line for logs and summaries: what was attached, or why nothing was. */
  detail: string
}

/** What {@link verifyPromotionAttestation} found. */
export interface AttestationVerification {
  /** True when a promotion attestation for the environment verified under the policy. */
  verified: boolean
  /** The newest verified event, when verified. */
  event?: PromotionEvent
  /** One line: which event verified and who signed it, or why none did. */
  detail: string
}

/** Most attestation bundles checked per digest, so a flood of referrers cannot stall a gate. */
const MAX_ATTESTATIONS = 50

/** Most refusals named in one reason; the rest are counted. */
const MAX_REASONS = 3

/**
 * Signs `event` as a promotion attestation of `image`'s digest and attaches the bundle to the
 * digest as an OCI referrer (artifact type `application/vnd.dev.sigstore.bundle.v0.3+json`,
 * annotated with our predicate type and the event's environment).
 *
 * Idempotent: when an attestation of the same event by the same signer already verifies, nothing
 * is signed or attached. When signing is not set up (`signing: none`, or neither a key nor an
 * OIDC token for keyless signing) nothing is done and `attached` is false; `opts.sign` is not
 * consulted, so callers decide whether attesting is wanted.
 *
 * @param image - `repo@digest`; the digest must be the event's.
 * @param opts - the run's signing options (`SigningOptions` from `parseSigningOptions`).
 * @throws SigningError when signing is set up but fails, or the attached bundle does not verify.
 */
export async function attestPromotion(
  client: RegistryClient,
  image: ImageReference,
  event: PromotionEvent,
  opts: BackendConfig,
  logger: Logger
): Promise<AttestResult> {
  const digest = requireDigest(image)
  if (event.digest !== digest) {
    throw new SigningError(`event ${event.id} moved ${event.digest}, not ${digest}; attest that`)
  }
  const backend = await resolveBackend(opts, logger)
  if (backend === 'none') return { attached: false, detail: "not signed: 'signing' is none" }
  const missing = signerMissing(opts)
  if (missing) return { attached: false, detail: `not signed: ${missing}` }

  const signer = createStatementSigner(
    client,
    image,
    opts,
    backend,
    await resolvePolicy(opts, backend, logger),
    logger
  )
  const signerPolicy = await signer.signerPolicy()
  const check = signerPolicy
    ? await tryChecker(client, opts, signerPolicy, event.environment, digest, logger)
    : undefined
  if (check) {
    const referrers = await promotionReferrers(client, image, digest, event.environment)
    const existing = (await checkAll(client, image, digest, referrers.matching, check)).find(
      c => c.ok && sameEvent(c.event, event)
    )
    if (existing?.ok) {
      logger.info(`promotion ${event.id} is already attested on ${digest} (${existing.who})`)
      return {
        attached: true,
        digest: existing.referrer,
        detail: `already attested: ${event.kind} ${event.id} into ${event.environment} (${existing.who})`
      }
    }
  }

  const subject = await client.head(image.withoutTag())
  if (!subject || subject.digest !== digest) {
    throw new SigningError(`${image.familiar} is not in the registry; cannot attest its promotion`)
  }
  const signed = await signer.signStatement(promotionStatement(image, event))
  const referrer = await attachReferrer(client, image, subject, {
    artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
    blobs: [{ mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE, bytes: signed.bundle }],
    annotations: promotionAnnotations(event)
  })
  // Read back what was attached, so an attestation known not to pass the gate is never left
  // behind silently (wrong trusted root, a key that is not the configured one).
  let who = signed.keyFingerprint ?? backend
  if (check) {
    const [back] = await checkAll(client, image, digest, [referrer], check)
    if (!back?.ok || !sameEvent(back.event, event)) {
      const why = back && !back.ok ? back.reason : 'it holds another event'
      throw new SigningError(
        `attested promotion ${event.id}, but the attached bundle does not verify: ${why}`
      )
    }
    who = back.who
  } else {
    logger.info(`attestation on ${digest} not read back: no policy or trusted root to check it`)
  }
  logger.info(
    `attested ${event.kind} ${event.id} into ${event.environment} on ${digest} ` +
      `(${backend}: ${who}${signed.rekorLogIndex ? `, rekor ${signed.rekorLogIndex}` : ''})`
  )
  return {
    attached: true,
    digest: referrer.digest,
    detail: `attested ${event.kind} ${event.id} into ${event.environment} (${who})`
  }
}

/**
 * Looks for a promotion attestation of `image`'s digest into `environment` that verifies under
 * the configured policy (`public-key`, else a keyless identity and issuer, else the public half
 * of `cosign-key`: the signature gate's policy). Each bundle must verify cryptographically, its
 * statement must name the digest, and its predicate must be a ledger event of this digest into
 * `environment`; the newest such event (by its timestamp) is returned.
 *
 * The event's `image` is not compared with `image`: the digest is the identity, and attestations
 * travel with it when referrers are copied to another repository.
 *
 * @param image - `repo@digest`.
 * @returns `verified: false` with a one-line reason when nothing verifies or nothing says whom to
 *   trust; registry failures are thrown.
 */
export async function verifyPromotionAttestation(
  client: RegistryClient,
  image: ImageReference,
  environment: string,
  opts: BackendConfig,
  logger: Logger
): Promise<AttestationVerification> {
  const digest = requireDigest(image)
  const refuse = (detail: string): AttestationVerification => ({ verified: false, detail })
  const backend = await resolveBackend(opts, logger)
  if (backend === 'none') return refuse("cannot verify promotion attestations: 'signing' is none")
  let policy: IdentityPolicy | undefined
  let check: ((bytes: Buffer) => BundleCheck) | undefined
  try {
    policy = await resolvePolicy(opts, backend, logger)
    if (policy) {
      policy = await inProcessPolicy(opts, policy, logger)
      check = await checker(client, opts, policy, environment, digest, logger)
    }
  } catch (err) {
    if (!(err instanceof SigningError)) throw err
    return refuse(`cannot verify promotion attestations: ${err.message}`)
  }
  if (!policy || !check) {
    return refuse(
      'no signer to trust is configured: set public-key, or certificate-identity ' +
        '(or certificate-identity-regexp) with certificate-oidc-issuer'
    )
  }
  const referrers = await promotionReferrers(client, image, digest, environment)
  if (referrers.total === 0) return refuse(`no promotion attestation is attached to ${digest}`)
  if (referrers.matching.length === 0) {
    return refuse(
      `no promotion attestation for ${environment} is attached to ${digest} ` +
        `(found: ${referrers.others.join(', ')})`
    )
  }
  const checked = await checkAll(client, image, digest, referrers.matching, check)
  let newest: (Checked & { ok: true }) | undefined
  for (const c of checked) {
    if (c.ok && (!newest || Date.parse(c.event.timestamp) >= Date.parse(newest.event.timestamp))) {
      newest = c
    }
  }
  if (newest) {
    const { event } = newest
    return {
      verified: true,
      event,
      detail: `${event.kind} ${event.id} into ${environment} at ${event.timestamp}, attested by ${newest.who}`
    }
  }
  const reasons = checked.flatMap(c =>
    c.ok ? [] : [`bundle ${c.referrer.slice(0, 19)}… ${c.reason}`]
  )
  const more = reasons.length > MAX_REASONS ? `; and ${reasons.length - MAX_REASONS} more` : ''
  const expected = describePolicy(policy, fingerprintOf(policy, opts, logger))
  return refuse(
    `no promotion attestation for ${environment} on ${digest} verifies for ${expected}: ` +
      reasons.slice(0, MAX_REASONS).join('; ') +
      more
  )
}

/**
 * An ordering gate on attestations (`require-attestation`): every environment in `required`
 * (the target's `requires`) must hold a verified promotion attestation of `image`'s digest.
 *
 * @returns `passed` naming the attested events, or `skipped` when nothing is required.
 * @throws GateError naming every environment without one, and why.
 */
export async function attestationGate(
  client: RegistryClient,
  image: ImageReference,
  required: string[],
  opts: BackendConfig,
  logger: Logger,
  context: { environment?: string } = {}
): Promise<GateResult> {
  const where = context.environment ?? 'this environment'
  if (required.length === 0) {
    return {
      name: 'attestation',
      result: 'skipped',
      detail: `${where} requires no earlier environment`
    }
  }
  const found: string[] = []
  const missing: string[] = []
  for (const environment of required) {
    const r = await verifyPromotionAttestation(client, image, environment, opts, logger)
    if (r.verified && r.event) found.push(`${environment} (${r.event.id})`)
    else missing.push(`${environment}: ${r.detail}`)
  }
  if (missing.length > 0) {
    throw new GateError(
      'attestation',
      `${where} requires a signed promotion of ${requireDigest(image)} into ${required.join(', ')}; ${missing.join('; ')}`,
      'promote the digest through those environments with signing set up (cosign-key, or keyless with id-token: write), or trust the signer that attested them'
    )
  }
  return { name: 'attestation', result: 'passed', detail: `attested in ${found.join(', ')}` }
}

/** One bundle's outcome: the verified event and who signed it, or why not. */
type Checked =
  | { ok: true; referrer: string; event: PromotionEvent; who: string }
  | { ok: false; referrer: string; reason: string }

/**
 * Our attestation referrers of `digest`: those whose environment annotation is `environment` (or
 * absent), the newest {@link MAX_ATTESTATIONS}, and the other environments seen, for messages.
 */
async function promotionReferrers(
  client: RegistryClient,
  image: ImageReference,
  digest: string,
  environment: string
): Promise<{ total: number; matching: Descriptor[]; others: string[] }> {
  const ours = (await listReferrers(client, image, digest, SIGSTORE_BUNDLE_MEDIA_TYPE)).filter(
    d => d.annotations?.[PREDICATE_TYPE_ANNOTATION] === PROMOTION_PREDICATE_TYPE
  )
  const matching: Descriptor[] = []
  const others = new Set<string>()
  for (const d of ours) {
    const env = d.annotations?.[ENVIRONMENT_ANNOTATION]
    if (env === undefined || env === environment) matching.push(d)
    else others.add(env)
  }
  return { total: ours.length, matching: matching.slice(-MAX_ATTESTATIONS), others: [...others] }
}

/** Reads and checks each referrer's bundle. */
async function checkAll(
  client: RegistryClient,
  image: ImageReference,
  digest: string,
  referrers: Descriptor[],
  check: (bytes: Buffer) => BundleCheck
): Promise<Checked[]> {
  const out: Checked[] = []
  for (const referrer of referrers) {
    out.push(await checkOne(client, image, digest, referrer, check))
  }
  return out
}

async function checkOne(
  client: RegistryClient,
  image: ImageReference,
  digest: string,
  referrer: Descriptor,
  check: (bytes: Buffer) => BundleCheck
): Promise<Checked> {
  const fail = (reason: string): Checked => ({ ok: false, referrer: referrer.digest, reason })
  let layer: Buffer | undefined
  try {
    const read = await readReferrerLayer(client, image, referrer, SIGSTORE_BUNDLE_MEDIA_TYPE)
    if (read.manifest.subject?.digest !== digest) {
      return fail(`its subject is ${String(read.manifest.subject?.digest)}`)
    }
    layer = read.layer
  } catch (err) {
    return fail(`unreadable (${errorMessage(err)})`)
  }
  if (!layer) return fail('it holds no bundle layer')
  const result = check(layer)
  if (!result.ok) return fail(result.reason)
  const parsed = parsePromotionStatement(result.payloadType, result.payload, digest)
  // The check accepted this payload already; a problem here would be a bug, not an attack.
  if ('problem' in parsed) return fail(parsed.problem)
  return {
    ok: true,
    referrer: referrer.digest,
    event: parsed.event,
    who: result.identity ?? result.keyFingerprint ?? 'verified'
  }
}

/** The bundle check for promotions of `digest` into `environment` under `policy`. */
async function checker(
  client: RegistryClient,
  opts: BackendConfig,
  policy: IdentityPolicy,
  environment: string,
  digest: string,
  logger: Logger
): Promise<(bytes: Buffer) => BundleCheck> {
  const accept: PayloadCheck = (payloadType, payload) => {
    const parsed = parsePromotionStatement(payloadType, payload, digest)
    if ('problem' in parsed) return parsed.problem
    const env = parsed.event.environment
    return env === environment ? undefined : `is a promotion into ${env}, not ${environment}`
  }
  return (await createBundleVerifier(client, opts, logger)).bundleChecker(policy, accept)
}

/**
 * {@link checker}, or `undefined` when verification cannot be set up here (keyless with no
 * trusted root reachable): signing then goes ahead unchecked, and the gate verifies later.
 */
async function tryChecker(
  client: RegistryClient,
  opts: BackendConfig,
  policy: IdentityPolicy,
  environment: string,
  digest: string,
  logger: Logger
): Promise<((bytes: Buffer) => BundleCheck) | undefined> {
  try {
    const usable = await inProcessPolicy(opts, policy, logger)
    return await checker(client, opts, usable, environment, digest, logger)
  } catch (err) {
    if (!(err instanceof SigningError)) throw err
    logger.debug(`cannot verify promotion attestations here: ${err.message}`)
    return undefined
  }
}

/** Why nothing can sign, or `undefined` when a key or a keyless identity is available. */
function signerMissing(opts: BackendConfig): string | undefined {
  if (opts.key) return undefined
  if (!identityTokenAvailable(opts.env)) {
    return (
      'no cosign-key, and no OIDC token for keyless signing ' +
      '(grant the job id-token: write, or set SIGSTORE_ID_TOKEN)'
    )
  }
  // A keyless certificate expires in minutes; only the log proves when it signed.
  if (!opts.tlogUpload)
    return 'tlog-upload is false, which keyless signing cannot do; set cosign-key'
  return undefined
}

function requireDigest(image: ImageReference): string {
  if (!image.digest) throw new SigningError(`${image.familiar} has no digest; use repo@digest`)
  return image.digest
}
