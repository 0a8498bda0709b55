/**
 * The `provenance` gate: only what our own CI built, from our repository, on an allowed ref,
 * with our workflow, reaches an environment.
 *
 * Provenance is looked for where GitHub puts it: as a Sigstore bundle referrer of the digest
 * (`actions/attest-build-provenance` with `push-to-registry`; the referrers API or the tag-schema
 * fallback), and in GitHub's attestations API for the build repository when a token is at hand.
 * Each bundle must verify exactly as a keyless signature does (certificate chain, SCT,
 * transparency log, signer identity and issuer), its statement must be SLSA provenance v1 of
 * this digest, the GitHub claims of its certificate must agree with what the statement says,
 * and what it says must satisfy the policy.
 *
 * @module
 */

import { GateError, errorMessage } from '../errors.js'
import { listAttestationBundles } from '../github/attestations.js'
import { createOctokit } from '../github/octokit.js'
import type { GateResult } from '../ledger/event.js'
import type { Logger } from '../logger.js'
import type { RegistryClient } from '../registry/client.js'
import type { ImageReference } from '../registry/reference.js'
import { listReferrers, readReferrerLayer } from '../registry/referrers.js'
import { type BackendConfig, createBundleVerifier } from './backends.js'
import {
  certificateClaims,
  certificateDisagreement,
  describeBuild,
  parseProvenanceStatement,
  policyProblem,
  type ProvenanceFacts,
  type ProvenancePolicy,
  SLSA_PROVENANCE_V1
} from './provenance.js'
import type { BundleCheck } from './sigstore-verify.js'
import {
  describePolicy,
  type KeylessPolicy,
  SIGSTORE_BUNDLE_MEDIA_TYPE,
  SigningError
} from './types.js'

export * from './provenance.js'

/** Provenance settings of a run (`parseProvenanceOptions` fills them from inputs). */
export interface ProvenanceOptions extends Partial<ProvenancePolicy> {
  /** Require provenance; `undefined` leaves it to the environment (`requireProvenance`). */
  require?: boolean
}

/** Where else to look for provenance than the registry. */
export interface ProvenanceSources {
  /** GitHub's attestations API of the build repository, when a token is available. */
  github?: { token: string; apiUrl: string }
}

/** The gate's result, with the build the provenance states when it passed. */
export interface ProvenanceCheck {
  gate: GateResult
  provenance?: ProvenanceFacts
}

/** Most bundles checked per digest, so a flood of referrers cannot stall a gate. */
const MAX_BUNDLES = 50

/** Most refusals named in one reason; the rest are counted. */
const MAX_REASONS = 3

/** The annotation attest-build-provenance and cosign put on bundle referrers. */
const PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType'

/**
 * Whether `env` needs provenance: `require-provenance` when set, else the environment's
 * `requireProvenance` in promotion.yaml.
 */
export function provenanceRequired(opts: ProvenanceOptions, environment?: boolean): boolean {
  return opts.require ?? environment ?? false
}

/**
 * Runs the gate on `image` (`repo@digest`).
 *
 * @returns `skipped` when not required; `passed` with the build the provenance states.
 * @throws GateError when required and no provenance of the digest verifies and satisfies the
 *   policy, naming what was found instead.
 */
export async function provenanceGate(
  client: RegistryClient,
  image: ImageReference,
  opts: ProvenanceOptions,
  signing: BackendConfig,
  required: boolean,
  logger: Logger,
  context: { environment?: string } & ProvenanceSources = {}
): Promise<ProvenanceCheck> {
  const where = context.environment ?? 'this environment'
  const digest = image.digest
  if (!digest) throw new SigningError(`${image.familiar} has no digest; use repo@digest`)
  if (!required) {
    return { gate: { name: 'provenance', result: 'skipped', detail: `not required for ${where}` } }
  }
  if (!opts.repository) {
    throw new GateError(
      'provenance',
      `${where} requires SLSA provenance, but no repository to trust builds from is configured`,
      'name the repository whose CI builds the image (provenance-repository: owner/name)'
    )
  }
  const policy: ProvenancePolicy = {
    repository: opts.repository,
    ...(opts.ref !== undefined ? { ref: opts.ref } : {}),
    ...(opts.workflow !== undefined ? { workflow: opts.workflow } : {})
  }
  const signer = signerPolicy(signing)
  const expected = `SLSA provenance of ${digest} from ${expectedBuild(policy)}, signed by ${describePolicy(signer)}`
  let check: (bytes: Buffer) => BundleCheck
  try {
    check = await (
      await createBundleVerifier(client, signing, logger)
    ).bundleChecker(signer, (type, payload) => {
      const parsed = parseProvenanceStatement(type, payload, digest)
      return 'problem' in parsed ? parsed.problem : undefined
    })
  } catch (err) {
    if (!(err instanceof SigningError)) throw err
    throw new GateError(
      'provenance',
      `cannot check for ${expected}: ${err.message}`,
      'fix the signer inputs named above'
    )
  }
  const bundles = await findBundles(client, image, digest, policy, context, logger)
  if (bundles.length === 0) {
    throw new GateError(
      'provenance',
      `${where} requires ${expected}, but none is attached to the digest${context.github ? ` or stored in ${policy.repository}'s attestations` : ''}`,
      `attest the build with actions/attest-build-provenance (push-to-registry: true) in ${policy.repository}'s build workflow, and promote that digest`
    )
  }
  const reasons: string[] = []
  for (const b of bundles) {
    const outcome = judge(b.bytes, check, digest, policy)
    logger.debug(`provenance ${b.source}: ${'facts' in outcome ? 'verified' : outcome.reason}`)
    if ('facts' in outcome) {
      return {
        gate: { name: 'provenance', result: 'passed', detail: describeBuild(outcome.facts) },
        provenance: outcome.facts
      }
    }
    reasons.push(`${b.source} ${outcome.reason}`)
  }
  const more = reasons.length > MAX_REASONS ? `; and ${reasons.length - MAX_REASONS} more` : ''
  throw new GateError(
    'provenance',
    `${where} requires ${expected}; found: ${reasons.slice(0, MAX_REASONS).join('; ')}${more}`,
    `promote a digest that ${expectedBuild(policy)} built and attested, or correct the provenance inputs if they are wrong`
  )
}

/** One bundle's outcome: the facts of an acceptable build, or why not. */
function judge(
  bytes: Buffer,
  check: (bytes: Buffer) => BundleCheck,
  digest: string,
  policy: ProvenancePolicy
): { facts: ProvenanceFacts } | { reason: string } {
  const result = check(bytes)
  if (!result.ok) return { reason: result.reason }
  const parsed = parseProvenanceStatement(result.payloadType, result.payload, digest)
  if ('problem' in parsed) return { reason: parsed.problem }
  const disagreement = certificateDisagreement(parsed.facts, certificateClaims(bytes))
  if (disagreement) return { reason: disagreement }
  const problem = policyProblem(parsed.facts, policy)
  return problem ? { reason: problem } : { facts: parsed.facts }
}

/** A bundle to check, and where it came from (for messages). */
interface Found {
  source: string
  bytes: Buffer
}

/** Provenance bundles of `digest`: referrers first, then GitHub's attestations. */
async function findBundles(
  client: RegistryClient,
  image: ImageReference,
  digest: string,
  policy: ProvenancePolicy,
  sources: ProvenanceSources,
  logger: Logger
): Promise<Found[]> {
  const found: Found[] = []
  const referrers = (await listReferrers(client, image, digest, SIGSTORE_BUNDLE_MEDIA_TYPE)).filter(
    r => {
      const type = r.annotations?.[PREDICATE_TYPE_ANNOTATION]
      return type === undefined || type === SLSA_PROVENANCE_V1
    }
  )
  for (const referrer of referrers.slice(-MAX_BUNDLES)) {
    const source = `bundle ${referrer.digest.slice(0, 19)}…`
    try {
      const read = await readReferrerLayer(client, image, referrer, SIGSTORE_BUNDLE_MEDIA_TYPE)
      if (read.manifest.subject?.digest === digest && read.layer) {
        found.push({ source, bytes: read.layer })
      }
    } catch (err) {
      logger.debug(`${source} unreadable: ${errorMessage(err)}`)
    }
  }
  if (sources.github) {
    const [owner = '', repo = ''] = policy.repository.split('/')
    try {
      const octokit = await createOctokit(sources.github.token, {
        baseUrl: sources.github.apiUrl,
        logger
      })
      const bundles = await listAttestationBundles(octokit, owner, repo, digest, 'provenance')
      bundles.forEach((bytes, i) => found.push({ source: `GitHub attestation ${i + 1}`, bytes }))
    } catch (err) {
      logger.warning(
        `GitHub attestations of ${policy.repository} not read (${errorMessage(err).split('\n')[0]}); using the registry's only`
      )
    }
  }
  return found
}

/**
 * Whose signature provenance must carry: the keyless signer the signature gate trusts when one
 * is configured; otherwise any identity of the configured issuer, since the source repository,
 * ref and workflow are checked from the certificate's own GitHub claims.
 */
function signerPolicy(signing: BackendConfig): KeylessPolicy {
  return {
    ...(signing.certificateIdentity
      ? { certificateIdentity: signing.certificateIdentity }
      : { certificateIdentityRegexp: signing.certificateIdentityRegexp ?? '^https://' }),
    certificateOidcIssuer: signing.certificateOidcIssuer,
    ...(signing.certificateOidcIssuerRegexp
      ? { certificateOidcIssuerRegexp: signing.certificateOidcIssuerRegexp }
      : {})
  }
}

function expectedBuild(policy: ProvenancePolicy): string {
  const ref = policy.ref !== undefined ? ` on a ref matching ^(?:${policy.ref})$` : ''
  const workflow = policy.workflow ? ` with ${policy.workflow}` : ''
  return `${policy.repository}${ref}${workflow}`
}
