import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { eventId, serializeEvent, type PromotionEvent } from '../../src/ledger/event.js'
import { readLedger } from '../../src/ledger/read.js'

const DIGEST = `sha256:${'ab'.repeat(32)}`

function event(overrides: Record<string, unknown> = {}): PromotionEvent {
  const timestamp = new Date('2026-03-01T10:00:00Z')
  return {
    schemaVersion: 1,
    id: eventId(timestamp, 'staging', 'ghcr.io/acme/app', DIGEST),
    kind: 'promotion',
    environment: 'staging',
    alias: { tag: 'staging-v1.2.3-abc1234-1700000000', floating: null },
    image: 'ghcr.io/acme/app',
    digest: DIGEST,
    previousDigest: null,
    fromEnvironment: 'dev',
    sourceTag: 'dev-v1.2.3-abc1234-1700000000',
    targetTag: 'staging-v1.2.3-abc1234-1700000000',
    sourceRevision: 'abc1234',
    pipeline: {
      repository: 'acme/app',
      workflow: 'promote',
      runId: '1',
      runAttempt: '1',
      url: null,
      eventName: 'push'
    },
    actor: 'octocat',
    timestamp: timestamp.toISOString(),
    releaseLabel: null,
    gates: [{ name: 'signature', result: 'passed' }],
    pullRequest: null,
    revertOf: null,
    ...overrides
  }
}

describe('readLedger checks every file against the event schema', () => {
  let root: string
  const dir = () => path.join(root, '.promotions', 'staging')
  const put = (name: string, content: string | Buffer) => writeFile(path.join(dir(), name), content)

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'dp-ledger-'))
    await mkdir(dir(), { recursive: true })
  })
  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('reads a valid event, keeping unknown fields', async () => {
    await put('good.json', JSON.stringify({ ...event(), note: 'kept' }))
    const ledger = await readLedger(root, 'staging')
    expect(ledger.problems).toEqual([])
    expect(ledger.events).toEqual([{ ...event(), note: 'kept' }])
  })

  it.each([
    [
      'no pipeline',
      (() => {
        const rest: Record<string, unknown> = { ...event() }
        delete rest.pipeline
        return JSON.stringify(rest)
      })(),
      "(root) must have required property 'pipeline'"
    ],
    ['pipeline null', JSON.stringify(event({ pipeline: null })), 'pipeline must be object'],
    ['gates a string', JSON.stringify(event({ gates: 'passed' })), 'gates must be array'],
    ['actor a number', JSON.stringify(event({ actor: 7 })), 'actor must be string,null'],
    [
      'digest not a digest',
      JSON.stringify(event({ digest: 'sha256:XYZ' })),
      'digest must match pattern "^[a-z0-9]+:[a-f0-9]{32,}$"'
    ],
    [
      'unknown kind',
      JSON.stringify(event({ kind: 'deploy' })),
      'kind must be equal to one of the allowed values'
    ],
    [
      'schema version 2',
      JSON.stringify(event({ schemaVersion: 2 })),
      'schemaVersion must be equal to constant'
    ],
    [
      'timestamp not a date',
      JSON.stringify(event({ timestamp: 'yesterday' })),
      'timestamp "yesterday" is not a date'
    ],
    ['an array', JSON.stringify([event()]), '(root) must be object'],
    ['not JSON', '{ "id": ::error::', expect.stringMatching(/^not valid JSON(?!.*::error::)/)],
    ['empty', '', expect.stringMatching(/^not valid JSON/)]
  ])('skips a file with %s and says why', async (_name, content, message) => {
    await put('good.json', serializeEvent(event()))
    await put('bad.json', content)
    const ledger = await readLedger(root)
    expect(ledger.problems).toEqual([{ file: '.promotions/staging/bad.json', message }])
    expect(ledger.events.map(e => e.id)).toEqual([event().id])
  })

  it('names several problems of one file at once, at most three', async () => {
    await put('bad.json', JSON.stringify({ schemaVersion: 1 }))
    const [problem] = (await readLedger(root)).problems
    expect(problem?.message.split('; ')).toEqual([
      "(root) must have required property 'id'",
      "(root) must have required property 'kind'",
      "(root) must have required property 'environment'"
    ])
  })

  it('skips a huge file without reading it', async () => {
    await put('huge.json', Buffer.alloc(300 * 1024, 0x20))
    expect((await readLedger(root)).problems).toEqual([
      { file: '.promotions/staging/huge.json', message: 'larger than 262144 bytes' }
    ])
  })

  it('never echoes the text of a file that is not JSON', async () => {
    await put('bad.json', '::stop-commands::token')
    const [problem] = (await readLedger(root)).problems
    expect(problem?.message).not.toContain('stop-commands')
  })

  it('skips an event filed under another environment', async () => {
    await put('moved.json', JSON.stringify(event({ environment: 'production' })))
    expect((await readLedger(root)).problems).toEqual([
      {
        file: '.promotions/staging/moved.json',
        message: "records environment 'production' but sits under 'staging'"
      }
    ])
  })
})
