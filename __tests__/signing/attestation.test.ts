import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { eventId, type PromotionEvent } from '../../src/ledger/event.js'
import type { RegistryClient } from '../../src/registry/client.js'
import { parseReference } from '../../src/registry/reference.js'
import {
  attestationGate,
  attestPromotion,
  ENVIRONMENT_ANNOTATION,
  eventProblem,
  parsePromotionStatement,
  PREDICATE_TYPE_ANNOTATION,
  PROMOTION_PREDICATE_TYPE,
  promotionAnnotations,
  promotionStatement,
  sameEvent,
  verifyPromotionAttestation
} from '../../src/signing/attestation.js'
import type { BackendConfig } from '../../src/signing/backends.js'
import { capabilitiesOf, Cosign, CosignSigner, type RunFn } from '../../src/signing/cosign.js'
import { cosignStatementArgs } from '../../src/signing/cosign-args.js'
import { signingStatement } from '../../src/signing/statement.js'
import { recordingLogger } from '../harness/test-logger.js'

const HEX = 'c'.repeat(64)
const DIGEST = `sha256:${HEX}`
const IMAGE = parseReference(`registry.example/acme/app@${DIGEST}`)
const TYPE = 'application/vnd.in-toto+json'

function event(overrides: Partial<PromotionEvent> = {}): PromotionEvent {
  const timestamp = new Date('2026-03-01T10:00:00Z')
  return {
    schemaVersion: 1,
    id: eventId(timestamp, 'staging', IMAGE.repository, DIGEST),
    kind: 'promotion',
    environment: 'staging',
    alias: { tag: 'v1.2.3-staging', floating: null },
    image: IMAGE.repository,
    digest: DIGEST,
    previousDigest: null,
    fromEnvironment: 'dev',
    sourceTag: 'v1.2.3',
    targetTag: 'v1.2.3-staging',
    sourceRevision: null,
    pipeline: {
      repository: 'acme/app',
      workflow: 'release',
      runId: '1',
      runAttempt: '1',
      url: null,
      eventName: 'push'
    },
    actor: 'octocat',
    timestamp: timestamp.toISOString(),
    releaseLabel: null,
    gates: [{ name: 'signature', result: 'passed', detail: 'sigstore: sha256:ab' }],
    pullRequest: null,
    revertOf: null,
    ...overrides
  }
}

const statementOf = (o: object) => Buffer.from(JSON.stringify(o))
const valid = () =>
  JSON.parse(promotionStatement(IMAGE, event()).toString()) as Record<string, unknown>

describe('promotionStatement', () => {
  it('is an in-toto v1 statement about the digest whose predicate is the ledger event', () => {
    expect(JSON.parse(promotionStatement(IMAGE, event()).toString())).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'registry.example/acme/app', digest: { sha256: HEX } }],
      predicateType: 'https://digest-promote.dev/attestations/promotion/v1',
      predicate: event()
    })
  })

  it('needs repo@digest', () => {
    expect(() =>
      promotionStatement(parseReference('registry.example/acme/app:1'), event())
    ).toThrow(/digest/)
  })

  it('is annotated for cosign and by environment', () => {
    expect(promotionAnnotations(event({ environment: 'production' }))).toEqual({
      'dev.sigstore.bundle.content': 'dsse-envelope',
      [PREDICATE_TYPE_ANNOTATION]: PROMOTION_PREDICATE_TYPE,
      [ENVIRONMENT_ANNOTATION]: 'production'
    })
  })
})

describe('parsePromotionStatement', () => {
  it('reads back exactly the event that was signed', () => {
    const parsed = parsePromotionStatement(TYPE, promotionStatement(IMAGE, event()), DIGEST)
    expect(parsed).toEqual({ event: event() })
  })

  it('accepts unknown event fields (readers ignore them) and other subject names', () => {
    const s = valid()
    s.subject = [{ name: 'other.example/mirror/app', digest: { sha256: HEX } }]
    s.predicate = { ...event(), addedLater: true }
    const parsed = parsePromotionStatement(TYPE, statementOf(s), DIGEST)
    expect('event' in parsed && parsed.event.id).toBe(event().id)
  })

  it.each<[string, string, () => Buffer, RegExp]>([
    [
      'another payload type',
      'text/plain',
      () => promotionStatement(IMAGE, event()),
      /payload type is "text\/plain"/
    ],
    ['no JSON', TYPE, () => Buffer.from('{'), /payload is not JSON/],
    ['JSON that is no object', TYPE, () => Buffer.from('null'), /not a JSON object/],
    [
      'in-toto v0.1',
      TYPE,
      () => statementOf({ ...valid(), _type: 'https://in-toto.io/Statement/v0.1' }),
      /statement type is "https:\/\/in-toto.io\/Statement\/v0.1"/
    ],
    [
      "a digest signature (cosign's predicate)",
      TYPE,
      () => signingStatement(DIGEST),
      /predicate type is "https:\/\/sigstore.dev\/cosign\/sign\/v1", not https:\/\/digest-promote/
    ],
    [
      'a statement about another digest',
      TYPE,
      () =>
        statementOf({ ...valid(), subject: [{ name: 'x', digest: { sha256: 'e'.repeat(64) } }] }),
      new RegExp(`attests sha256:e{64}, not ${DIGEST}`)
    ],
    ['no subject', TYPE, () => statementOf({ ...valid(), subject: [] }), /attests no digest/],
    [
      'a predicate without an environment',
      TYPE,
      () => statementOf({ ...valid(), predicate: { ...event(), environment: undefined } }),
      /not a promotion event: \(root\) must have required property 'environment'/
    ],
    [
      'a predicate of an unknown kind',
      TYPE,
      () => statementOf({ ...valid(), predicate: { ...event(), kind: 'deploy' } }),
      /not a promotion event: kind must be equal to one of the allowed values/
    ],
    [
      'an event timestamp that is no date',
      TYPE,
      () => statementOf({ ...valid(), predicate: { ...event(), timestamp: 'yesterday' } }),
      /timestamp "yesterday" is not a date/
    ],
    [
      'an event that moved another digest',
      TYPE,
      () =>
        statementOf({ ...valid(), predicate: { ...event(), digest: `sha256:${'e'.repeat(64)}` } }),
      new RegExp(`moved sha256:e{64}, not ${DIGEST}`)
    ]
  ])('refuses %s', (_name, type, payload, message) => {
    const parsed = parsePromotionStatement(type, payload(), DIGEST)
    expect('problem' in parsed && parsed.problem).toMatch(message)
  })
})

describe('eventProblem and sameEvent', () => {
  it('accepts a ledger event and names what is wrong with others', () => {
    expect(eventProblem(event())).toBeUndefined()
    expect(eventProblem({ ...event(), schemaVersion: 2 })).toMatch(/schemaVersion must be equal/)
    expect(eventProblem('event')).toMatch(/must be object/)
  })

  it('compares events whatever their key order, and notices any changed field', () => {
    const reordered = Object.fromEntries(Object.entries(event()).reverse())
    expect(sameEvent(reordered, event())).toBe(true)
    expect(sameEvent(event({ actor: 'mallory' }), event())).toBe(false)
    expect(sameEvent(event({ gates: [] }), event())).toBe(false)
  })
})

describe('cosign attest-blob arguments', () => {
  const caps = capabilitiesOf('v2.6.1')
  const base = { tlogUpload: true, statement: '/t/s.json', bundle: '/t/b.json' }

  it('signs with a key offline, never naming a registry', () => {
    expect(
      cosignStatementArgs({ ...base, key: 'env://K', tlogUpload: false, trustedRoot: '/r' }, caps)
    ).toEqual([
      'attest-blob',
      '--yes',
      '--key',
      'env://K',
      '--new-bundle-format=true',
      '--use-signing-config=false',
      '--tlog-upload=false',
      '--trusted-root',
      '/r',
      '--statement',
      '/t/s.json',
      '--bundle',
      '/t/b.json'
    ])
  })

  it('signs keylessly against a private Fulcio and Rekor', () => {
    expect(
      cosignStatementArgs(
        { ...base, fulcioUrl: 'http://127.0.0.1:1', rekorUrl: 'http://127.0.0.1:2' },
        caps
      )
    ).toEqual([
      'attest-blob',
      '--yes',
      '--new-bundle-format=true',
      '--use-signing-config=false',
      '--fulcio-url',
      'http://127.0.0.1:1',
      '--rekor-url',
      'http://127.0.0.1:2',
      '--statement',
      '/t/s.json',
      '--bundle',
      '/t/b.json'
    ])
  })

  it('refuses a cosign that cannot sign statements into bundles', () => {
    expect(() => cosignStatementArgs(base, capabilitiesOf('v2.5.0'))).toThrow(/cosign >= 2\.6\.0/)
  })
})

describe('CosignSigner.signStatement', () => {
  it('runs attest-blob on the statement and returns the bundle it wrote', async () => {
    const calls: Array<{ args: string[]; env: Record<string, string>; statement: string }> = []
    const run: RunFn = async (_bin, args, env) => {
      if (args[0] === 'version') {
        return { exitCode: 0, stdout: JSON.stringify({ gitVersion: 'v2.6.1' }), stderr: '' }
      }
      const at = (flag: string) => args[args.indexOf(flag) + 1]
      calls.push({ args, env, statement: await readFile(at('--statement'), 'utf8') })
      await writeFile(at('--bundle'), '{"bundle":true}')
      return { exitCode: 0, stdout: '', stderr: '' }
    }
    const logger = recordingLogger()
    const pem = '-----BEGIN PRIVATE KEY-----\nAAAAsecretkeybody\n-----END PRIVATE KEY-----\n'
    const cosign = new Cosign({ binPath: 'cosign', logger, env: {}, run })
    const signer = new CosignSigner(cosign, {
      request: { key: pem, tlogUpload: false, insecureRegistry: true },
      password: 'pw',
      policy: { key: 'cosign.pub' }
    })
    const statement = promotionStatement(IMAGE, event())
    const signed = await signer.signStatement(statement)
    expect(signed).toEqual({ backend: 'cosign', bundle: Buffer.from('{"bundle":true}') })
    expect(await signer.signerPolicy()).toEqual({ key: 'cosign.pub' })

    const [call] = calls
    expect(call.statement).toBe(statement.toString())
    expect(call.args).toContain('env://DIGEST_PROMOTE_COSIGN_KEY')
    expect(call.args.join(' ')).not.toContain('secretkeybody')
    expect(call.args.join(' ')).not.toContain('insecure')
    expect(call.env).toMatchObject({ DIGEST_PROMOTE_COSIGN_KEY: pem, COSIGN_PASSWORD: 'pw' })
    expect(logger.secrets).toEqual(expect.arrayContaining([pem, 'pw']))
    // The private temporary directory is gone.
    expect(existsSync(call.args[call.args.indexOf('--bundle') + 1])).toBe(false)
  })

  it("says so when cosign fails, with cosign's words", async () => {
    const run: RunFn = (_bin, args) =>
      Promise.resolve(
        args[0] === 'version'
          ? { exitCode: 0, stdout: '{"gitVersion":"v3.0.2"}', stderr: '' }
          : { exitCode: 1, stdout: '', stderr: 'Error: signing bundle: no token' }
      )
    const cosign = new Cosign({ logger: recordingLogger(), env: {}, run })
    const signer = new CosignSigner(cosign, { request: { tlogUpload: true } })
    await expect(signer.signStatement(Buffer.from('{}'))).rejects.toThrow(
      'cosign attest-blob failed: Error: signing bundle: no token'
    )
    expect(await signer.signerPolicy()).toBeUndefined()
  })
})

describe('when signing is not set up', () => {
  // Never reached: every case below decides before talking to a registry.
  const client = {} as RegistryClient
  const config = (extra: Partial<BackendConfig> = {}): BackendConfig => ({
    backend: 'sigstore',
    certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
    fulcioUrl: 'https://fulcio.sigstore.dev',
    rekorUrl: 'https://rekor.sigstore.dev',
    tlogUpload: true,
    env: {},
    ...extra
  })

  it.each<[string, Partial<BackendConfig>, string]>([
    ["'signing' is none", { backend: 'none', key: 'cosign.key' }, "not signed: 'signing' is none"],
    [
      'there is neither a key nor an OIDC token',
      {},
      'not signed: no cosign-key, and no OIDC token for keyless signing (grant the job id-token: write, or set SIGSTORE_ID_TOKEN)'
    ],
    [
      'keyless signing is asked not to log',
      { tlogUpload: false, env: { SIGSTORE_ID_TOKEN: 'a.b.c' } },
      'not signed: tlog-upload is false, which keyless signing cannot do; set cosign-key'
    ]
  ])('attests nothing and does not throw when %s', async (_name, extra, detail) => {
    const logger = recordingLogger()
    expect(await attestPromotion(client, IMAGE, event(), config(extra), logger)).toEqual({
      attached: false,
      detail
    })
  })

  it('refuses an event about another digest', async () => {
    const other = parseReference(`registry.example/acme/app@sha256:${'e'.repeat(64)}`)
    await expect(
      attestPromotion(client, other, event(), config(), recordingLogger())
    ).rejects.toThrow(/moved sha256:c{64}, not sha256:e{64}/)
  })

  it('verifies nothing without a signer to trust, and says what to set', async () => {
    const logger = recordingLogger()
    expect(await verifyPromotionAttestation(client, IMAGE, 'staging', config(), logger)).toEqual({
      verified: false,
      detail:
        'no signer to trust is configured: set public-key, or certificate-identity ' +
        '(or certificate-identity-regexp) with certificate-oidc-issuer'
    })
    const none = config({ backend: 'none', publicKey: 'cosign.pub' })
    expect((await verifyPromotionAttestation(client, IMAGE, 'staging', none, logger)).detail).toBe(
      "cannot verify promotion attestations: 'signing' is none"
    )
  })

  it('skips the attestation gate when no earlier environment is required', async () => {
    const gate = await attestationGate(client, IMAGE, [], config(), recordingLogger(), {
      environment: 'dev'
    })
    expect(gate).toEqual({
      name: 'attestation',
      result: 'skipped',
      detail: 'dev requires no earlier environment'
    })
  })
})
