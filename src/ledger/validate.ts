import { Ajv, type ValidateFunction } from 'ajv'
import schema from '../../schemas/promotion-event.schema.json' with { type: 'json' }
import type { PromotionEvent } from './event.js'

/** At most this many schema problems are named for one event. */
const MAX_PROBLEMS = 3

let compiled: ValidateFunction<PromotionEvent> | undefined

/**
 * The event schema's validator, compiled on first use: most commands never read a ledger,
 * and compiling at import would slow every start.
 */
function validator(): ValidateFunction<PromotionEvent> {
  // Formats are not checked by the validator (`date-time` would need ajv-formats, and an unknown
  // format makes Ajv warn on the console); the timestamp is checked below instead.
  compiled ??= new Ajv({
    allErrors: true,
    strict: false,
    formats: { 'date-time': true }
  }).compile<PromotionEvent>(schema)
  return compiled
}

/**
 * Why `value` is not a ledger event (schemas/promotion-event.schema.json and a parseable
 * timestamp), or `undefined`. Ledger files and registry records are untrusted: every reader
 * checks them here before using a field.
 */
export function eventProblem(value: unknown): string | undefined {
  const validate = validator()
  if (!validate(value)) {
    const problems = (validate.errors ?? []).slice(0, MAX_PROBLEMS).map(e => {
      const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(root)'
      return `${where} ${e.message ?? 'is invalid'}`
    })
    return problems.length > 0 ? problems.join('; ') : 'invalid'
  }
  const timestamp = value.timestamp
  if (Number.isNaN(Date.parse(timestamp))) {
    return `timestamp ${JSON.stringify(timestamp.slice(0, 40))} is not a date`
  }
  return undefined
}

/** `value` as an event, when it is one. */
export function isEvent(value: unknown): value is PromotionEvent {
  return eventProblem(value) === undefined
}
