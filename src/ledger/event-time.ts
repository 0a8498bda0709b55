/**
 * The time an event id names: ids start with the event's UTC time to the second
 * (`20261123T230000Z-production-…`, see `eventId` in event.ts). Undefined for text that is not
 * such an id, since ids also come from untrusted places such as rollback pins in manifests.
 */
export function timeOfEventId(id: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-/.exec(id)
  if (!m) return undefined
  const [, y, mo, d, h, mi, s] = m.map(Number)
  const time = new Date(Date.UTC(y, mo - 1, d, h, mi, s))
  // Date.UTC rolls over (month 13, second 61); such an id was not written by eventId.
  return time.toISOString().startsWith(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`)
    ? time
    : undefined
}
