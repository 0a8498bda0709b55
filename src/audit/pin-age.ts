/**
 * DP010: rollback pins older than the allowed age. A pin keeps Flux image automation off a
 * rolled-back field; left in place, the environment silently stops following its policy.
 */
import { timeOfEventId } from '../ledger/event-time.js'
import { ManifestParseError } from '../manifests/yaml-splice.js'
import { markedFields, PIN_TOKEN } from '../manifests/pins.js'
import type { FindingSink } from './findings.js'

// In its own module so that parsing the audit's inputs does not load the YAML code below.
export { parseDuration } from '../util/duration.js'

/** How old a pin may get before DP010 reports it. */
export interface PinAge {
  /** Most milliseconds a pin may stand. */
  maxAgeMs: number
  /** The time the audit runs at. */
  now: Date
  /** The age as the user wrote it, for messages (e.g. `7d`). */
  label: string
}

/** Reports each pin in `source` older than `age`, or whose event id names no time. */
export function checkPins(file: string, source: string, age: PinAge, sink: FindingSink): void {
  if (!source.includes(PIN_TOKEN)) return
  let fields
  try {
    fields = markedFields(source, file)
  } catch (err) {
    // The file's parse problem is already a DP000 finding of the per-file rules.
    if (err instanceof ManifestParseError) return
    throw err
  }
  for (const field of fields) {
    if (field.pinnedBy === undefined) continue
    const since = timeOfEventId(field.pinnedBy)
    const where = `the ${field.setter} marker`
    if (!since) {
      sink.add('DP010', file, field.line, `${where} is pinned by an event id that names no time`, {
        object: where
      })
      continue
    }
    const days = ((age.now.getTime() - since.getTime()) / 86_400_000).toFixed(1)
    if (age.now.getTime() - since.getTime() > age.maxAgeMs) {
      sink.add(
        'DP010',
        file,
        field.line,
        `${where} has been pinned by rollback ${field.pinnedBy} since ${since.toISOString()} (${days} days, more than ${age.label})`,
        { object: where }
      )
    }
  }
}
