import type { ValidateFunction } from 'ajv'
import { validate as validateEvent } from '../generated/promotion-event-validator.js'
import type { PromotionEvent } from './event.js'

/** At most this many schema problems are named for one event. */
const MAX_PROBLEMS = 3

/**
 * schemas/promotion-event.schema.json, compiled at build time (`npm run validators`). Formats are
 * not checked by it; the timestamp is checked below instead.
 */
const validator = validateEvent as ValidateFunction<PromotionEvent>

/**
 * Why `value` is not a ledger event (schemas/promotion-event.schema.json and a parseable
 * timestamp), or `undefined`. Ledger files and registry records are untrusted: every reader
 * checks them here before using a field.
 */
export function eventProblem(value: unknown): string | undefined {
  if (!validator(value)) {
    const problems = (validator.errors ?? []).slice(0, MAX_PROBLEMS).map(e => {
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
