import type { Ledger } from '../ledger/read.js'
import { timeOfEventId } from '../ledger/event-time.js'
import type { ImageState } from '../promote/environment.js'
import { echo } from '../util/text.js'

/** A setter field a rollback pinned, so Flux image automation leaves it alone. */
export interface PinStatus {
  /** File of the pinned field, relative to the repository root. */
  file: string
  /** The Flux policy `<namespace>:<name>` whose marker was pinned. */
  policy: string
  /** The rollback's ledger event id, as the pin names it. */
  event: string
  /** When the rollback was recorded: the ledger event's time, else the time in its id. */
  since: string | null
  /** False when the ledger of the environment has no event with that id. */
  recorded: boolean
}

/** The rollback pins among an environment's pins of one image. */
export function pinsOf(state: ImageState, ledger: Ledger): PinStatus[] {
  return state.pins.flatMap(pin => {
    if (pin.pinnedBy === undefined || !pin.policy) return []
    const event = ledger.events.find(e => e.id === pin.pinnedBy)
    const since = event?.timestamp ?? timeOfEventId(pin.pinnedBy)?.toISOString() ?? null
    return [{ file: pin.file, policy: pin.policy, event: pin.pinnedBy, since, recorded: !!event }]
  })
}

/** One line per pin, as status prints it. */
export function pinLine(pin: PinStatus): string {
  const event = pin.event === '' ? '(no event id)' : plain(pin.event)
  const since = pin.since ?? 'an unknown time'
  const unrecorded = pin.recorded ? '' : ' (no such event in the ledger)'
  return `pinned by rollback ${event} since ${since}${unrecorded} (${pin.file}, ${plain(pin.policy)})`
}

/** Pin text comes from repository files: anything but an id's characters is quoted. */
const plain = (text: string): string => (/^[A-Za-z0-9._:-]{1,200}$/.test(text) ? text : echo(text))
