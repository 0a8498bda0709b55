import { describe, expect, it } from 'vitest'
import { eventIdOfKind } from '../../src/ledger/event.js'
import { timeOfEventId } from '../../src/ledger/event-time.js'

const AT = new Date('2026-12-07T06:45:12.345Z')
const DIGEST = `sha256:${'7a'.repeat(32)}`

describe('event ids', () => {
  it('an unpin in the same second as the rollback it undoes gets its own id (and file)', () => {
    const rollback = eventIdOfKind('rollback', AT, 'staging', 'ghcr.io/acme/app', DIGEST)
    const unpin = eventIdOfKind('unpinned', AT, 'staging', 'ghcr.io/acme/app', DIGEST)
    expect(rollback).toBe('20261207T064512Z-staging-acme-app-7a7a7a7a7a7a')
    expect(unpin).toBe(`${rollback}-unpinned`)
  })

  it('keeps the time an id is read back with, and the schema pattern', () => {
    const unpin = eventIdOfKind('unpinned', AT, 'staging', 'ghcr.io/acme/app', DIGEST)
    expect(timeOfEventId(unpin)?.toISOString()).toBe('2026-12-07T06:45:12.000Z')
    expect(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(unpin)).toBe(true)
  })
})
