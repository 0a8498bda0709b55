/**
 * The signed payload: exactly what `cosign sign --new-bundle-format` signs for an image, an
 * in-toto v1 statement with the image digest as its only subject and cosign's signing predicate,
 * wrapped in DSSE. Signing a statement rather than the digest bytes keeps the signature
 * self-describing: the bundle alone says which digest it is for, so a bundle copied onto another
 * digest is refused without trusting where it was found.
 *
 * @module
 */

import { parseDigest } from '../registry/reference.js'
import { COSIGN_SIGN_PREDICATE_TYPE, IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V1 } from './types.js'

/** The fields of an in-toto statement this module reads. */
interface Statement {
  _type?: unknown
  subject?: Array<{ name?: unknown; digest?: Record<string, unknown> }>
  predicateType?: unknown
}

/**
 * The statement bytes signed for `digest`: the statement cosign signs (protojson of
 * `intoto.v1.Statement`; cosign may add empty subject annotations and protojson varies its
 * whitespace, so verifiers compare the parsed digest, never bytes).
 */
export function signingStatement(digest: string): Buffer {
  const { algorithm, hex } = parseDigest(digest)
  return Buffer.from(
    JSON.stringify({
      _type: IN_TOTO_STATEMENT_V1,
      subject: [{ digest: { [algorithm]: hex } }],
      predicateType: COSIGN_SIGN_PREDICATE_TYPE,
      predicate: {}
    })
  )
}

/**
 * Why a verified DSSE payload is not a signature of `digest`, or `undefined` when it is. Only
 * what {@link signingStatement} produces is accepted: other predicate types are attestations
 * (provenance, SBOM), which say something about the image but do not sign it.
 */
export function statementProblem(
  payloadType: string,
  payload: Buffer,
  digest: string
): string | undefined {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    return `payload type is ${JSON.stringify(payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`
  }
  let statement: Statement
  try {
    statement = JSON.parse(payload.toString('utf8')) as Statement
  } catch {
    return 'payload is not JSON'
  }
  if (statement._type !== IN_TOTO_STATEMENT_V1) {
    return `statement type is ${JSON.stringify(statement._type)}, not ${IN_TOTO_STATEMENT_V1}`
  }
  if (statement.predicateType !== COSIGN_SIGN_PREDICATE_TYPE) {
    return `predicate type is ${JSON.stringify(statement.predicateType)}, not ${COSIGN_SIGN_PREDICATE_TYPE} (an attestation, not a signature)`
  }
  const { algorithm, hex } = parseDigest(digest)
  const subjects = Array.isArray(statement.subject) ? statement.subject : []
  if (subjects.some(s => s?.digest?.[algorithm] === hex)) return undefined
  const named = subjects
    .flatMap(s => Object.entries(s?.digest ?? {}).map(([alg, h]) => `${alg}:${String(h)}`))
    .slice(0, 3)
  return `signed statement is for ${named.length > 0 ? named.join(', ') : 'no digest'}, not ${digest}`
}
