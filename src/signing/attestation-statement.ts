/**
 * The promotion attestation payload: an in-toto Statement v1 whose only subject is the promoted
 * image digest and whose predicate is the ledger event that moved it, exactly as the ledger
 * stores it (schemas/promotion-event.schema.json is the contract of both).
 *
 * Pure functions only: building the statement, the referrer annotations, and judging a signed
 * payload. Signing and the registry are in attestation.ts.
 *
 * @module
 */

import type { PromotionEvent } from '../ledger/event.js'
import { eventProblem } from '../ledger/validate.js'
import type { ImageReference } from '../registry/reference.js'
import { parseDigest } from '../registry/reference.js'
import { IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V1 } from './types.js'

/** Predicate type of a promotion attestation. */
export const PROMOTION_PREDICATE_TYPE = 'https://digest-promote.dev/attestations/promotion/v1'

/** The annotation cosign and others filter bundle referrers by. */
export const PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType'

/**
 * The annotation naming the environment of a promotion attestation. Unsigned, so it only narrows
 * which bundles are worth verifying; the signed predicate decides.
 */
export const ENVIRONMENT_ANNOTATION = 'dev.digest-promote.environment'

/** The fields of an in-toto statement read here. */
interface Statement {
  _type?: unknown
  subject?: Array<{ name?: unknown; digest?: Record<string, unknown> }>
  predicateType?: unknown
  predicate?: unknown
}

/**
 * The statement signed for `event`: subject `image`'s repository and digest, predicate the event.
 * The bytes are a pure function of the arguments, but verifiers compare parsed fields only.
 *
 * @throws InvalidReferenceError when `image` has no valid digest.
 */
export function promotionStatement(image: ImageReference, event: PromotionEvent): Buffer {
  const { algorithm, hex } = parseDigest(image.digest ?? '')
  return Buffer.from(
    JSON.stringify({
      _type: IN_TOTO_STATEMENT_V1,
      subject: [{ name: image.repository, digest: { [algorithm]: hex } }],
      predicateType: PROMOTION_PREDICATE_TYPE,
      predicate: event
    })
  )
}

/**
 * The annotations of a promotion attestation referrer: cosign's bundle annotations with our
 * predicate type, and the environment, so readers can pick bundles without fetching them.
 */
export function promotionAnnotations(event: PromotionEvent): Record<string, string> {
  return {
    'dev.sigstore.bundle.content': 'dsse-envelope',
    [PREDICATE_TYPE_ANNOTATION]: PROMOTION_PREDICATE_TYPE,
    [ENVIRONMENT_ANNOTATION]: event.environment
  }
}

/** A verified payload read as a promotion attestation: the event, or why it is not one. */
export type ParsedPromotion = { event: PromotionEvent } | { problem: string }

/**
 * Reads a signed DSSE payload as a promotion attestation of `digest`: an in-toto v1 statement
 * with our predicate type, `digest` among its subjects, and a predicate that is a valid ledger
 * event about `digest`. The environment is not judged here, so callers can say which one an
 * attestation is for.
 */
export function parsePromotionStatement(
  payloadType: string,
  payload: Buffer,
  digest: string
): ParsedPromotion {
  const read = readInTotoStatement<Statement>(payloadType, payload)
  if ('problem' in read) return read
  const { statement } = read
  if (statement._type !== IN_TOTO_STATEMENT_V1) {
    return {
      problem: `statement type is ${JSON.stringify(statement._type)}, not ${IN_TOTO_STATEMENT_V1}`
    }
  }
  if (statement.predicateType !== PROMOTION_PREDICATE_TYPE) {
    return {
      problem: `predicate type is ${JSON.stringify(statement.predicateType)}, not ${PROMOTION_PREDICATE_TYPE}`
    }
  }
  const { algorithm, hex } = parseDigest(digest)
  const subjects = Array.isArray(statement.subject) ? statement.subject : []
  if (!subjects.some(s => s?.digest?.[algorithm] === hex)) {
    const named = subjects
      .flatMap(s => Object.entries(s?.digest ?? {}).map(([alg, h]) => `${alg}:${String(h)}`))
      .slice(0, 3)
    return {
      problem: `attests ${named.length > 0 ? named.join(', ') : 'no digest'}, not ${digest}`
    }
  }
  const problem = eventProblem(statement.predicate)
  if (problem) return { problem: `its predicate is not a promotion event: ${problem}` }
  const event = statement.predicate as PromotionEvent
  if (event.digest !== digest) {
    return { problem: `its event ${event.id} moved ${event.digest}, not ${digest}` }
  }
  return { event }
}

/** Why a value is not a ledger event; the ledger's own check. */
export { eventProblem }

/**
 * Whether two events are the same record: equal JSON with object keys in any order, so an event
 * read back from a bundle matches the one built in memory.
 */
export function sameEvent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v
  )
}

/**
 * A DSSE payload as an in-toto statement object, or why it is not one: the payload type must be
 * in-toto's and the payload a JSON object. The statement's own fields are the caller's to check.
 */
export function readInTotoStatement<T extends object>(
  payloadType: string,
  payload: Buffer
): { statement: T } | { problem: string } {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    return {
      problem: `payload type is ${JSON.stringify(payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`
    }
  }
  let statement: unknown
  try {
    statement = JSON.parse(payload.toString('utf8'))
  } catch {
    return { problem: 'payload is not JSON' }
  }
  if (typeof statement !== 'object' || statement === null) {
    return { problem: 'payload is not a JSON object' }
  }
  return { statement: statement as T }
}
