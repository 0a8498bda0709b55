import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { parseReference } from '../../src/registry/reference.js'
import { Cosign, CosignSigner, CosignVerifier, type RunFn } from '../../src/signing/cosign.js'
import { SigningError } from '../../src/signing/types.js'
import { recordingLogger } from '../harness/test-logger.js'

const DIGEST = 'sha256:' + 'c'.repeat(64)
const IMAGE = parseReference(`ghcr.io/acme/app@${DIGEST}`)

interface Call {
  bin: string
  args: string[]
  env: Record<string, string>
}

/** A fake cosign: answers by subcommand and records every call. */
function fake(answers: Record<string, { exitCode?: number; stdout?: string; stderr?: string }>) {
  const calls: Call[] = []
  const run: RunFn = (bin, args, env) => {
    calls.push({ bin, args, env })
    const a = answers[args[0]] ?? {}
    return Promise.resolve({
      exitCode: a.exitCode ?? 0,
      stdout: a.stdout ?? '',
      stderr: a.stderr ?? ''
    })
  }
  return { calls, run }
}

const VERSION = { stdout: JSON.stringify({ gitVersion: 'v3.0.2' }) }
const verified = (extra: object = {}) =>
  JSON.stringify([{ critical: { image: { 'docker-manifest-digest': DIGEST } }, optional: extra }])

describe('Cosign', () => {
  it('is unavailable, without throwing, when the binary does not run', async () => {
    const logger = recordingLogger()
    const run: RunFn = () => Promise.reject(new Error('Unable to locate executable file: cosign'))
    const cosign = new Cosign({ logger, run, binPath: '/nope/cosign' })
    await expect(cosign.isAvailable()).resolves.toBe(false)
    expect(logger.lines.join('\n')).toContain('/nope/cosign is not available')
  })

  it('asks its version once and compares it with semver', async () => {
    const { calls, run } = fake({ version: VERSION })
    const cosign = new Cosign({ logger: recordingLogger(), run })
    expect(await cosign.isAvailable()).toBe(true)
    expect(await cosign.version()).toBe('v3.0.2')
    expect(await cosign.versionSatisfies('>=2.6.0')).toBe(true)
    expect(await cosign.versionSatisfies('<3')).toBe(false)
    expect(await cosign.versionSatisfies('>=9', 'abc1234')).toBe(true)
    expect(calls.filter(c => c.args[0] === 'version')).toHaveLength(1)
  })

  it("turns a failure's stderr into the error and logs command lines at debug", async () => {
    const logger = recordingLogger()
    const { run } = fake({
      version: VERSION,
      sign: {
        exitCode: 1,
        stderr: 'Error: signing [x]: getting key\nmain.go:74: error during command execution'
      }
    })
    const cosign = new Cosign({ logger, run })
    const err = await cosign
      .sign({ image: IMAGE.normalized, key: 'cosign.key', tlogUpload: true }, 'pw')
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(SigningError)
    expect((err as Error).message).toBe(
      'cosign sign failed: Error: signing [x]: getting key | main.go:74: error during command execution'
    )
    expect(logger.lines).toContain(
      `debug: running cosign sign --yes --key cosign.key --new-bundle-format=true ${IMAGE.normalized}`
    )
  })

  it('passes passwords and PEM keys through the environment, never the command line', async () => {
    const logger = recordingLogger()
    const { calls, run } = fake({ version: VERSION })
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    const cosign = new Cosign({ logger, run, env: { PATH: '/bin' } })
    await cosign.sign({ image: IMAGE.normalized, key: pem, tlogUpload: false }, 's3cret')
    const sign = calls.find(c => c.args[0] === 'sign')!
    expect(sign.args).toContain('env://DIGEST_PROMOTE_COSIGN_KEY')
    expect(sign.args.join(' ')).not.toContain('PRIVATE KEY')
    expect(sign.args.join(' ')).not.toContain('s3cret')
    expect(sign.env).toMatchObject({
      PATH: '/bin',
      COSIGN_PASSWORD: 's3cret',
      DIGEST_PROMOTE_COSIGN_KEY: pem
    })
    expect(logger.secrets).toContain('s3cret')
    expect(logger.secrets).toContain(pem)
  })

  it('never lets cosign prompt: a key without a password gets an empty COSIGN_PASSWORD', async () => {
    const { calls, run } = fake({ version: VERSION })
    await new Cosign({ logger: recordingLogger(), run, env: {} }).sign({
      image: IMAGE.normalized,
      key: 'cosign.key',
      tlogUpload: true
    })
    expect(calls.find(c => c.args[0] === 'sign')!.env.COSIGN_PASSWORD).toBe('')
  })
})

describe('CosignVerifier and CosignSigner', () => {
  const policy = { certificateIdentity: 'me@example.com', certificateOidcIssuer: 'https://issuer' }

  it('reports what cosign verified', async () => {
    const { run } = fake({
      version: VERSION,
      verify: {
        stdout: verified({ Subject: 'me@example.com', Bundle: { Payload: { logIndex: 7 } } })
      }
    })
    const verifier = new CosignVerifier(new Cosign({ logger: recordingLogger(), run }), {
      tlogUpload: true
    })
    expect(await verifier.verify(IMAGE, policy)).toEqual({
      verified: true,
      backend: 'cosign',
      identity: 'me@example.com',
      rekorLogIndex: '7'
    })
  })

  it("turns cosign's refusal into a reason", async () => {
    const { run } = fake({
      version: VERSION,
      verify: {
        exitCode: 1,
        stderr: 'Error: no matching signatures: none of the expected identities matched'
      }
    })
    const result = await new CosignVerifier(new Cosign({ logger: recordingLogger(), run }), {
      tlogUpload: true
    }).verify(IMAGE, policy)
    expect(result).toEqual({
      verified: false,
      backend: 'cosign',
      reason:
        'cosign verify failed: Error: no matching signatures: none of the expected identities matched'
    })
  })

  it('leaves a digest alone when its key already signed it, and signs otherwise', async () => {
    const pub = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
      .publicKey.export({ format: 'pem', type: 'spki' })
      .toString()
    const signed = fake({
      version: VERSION,
      'public-key': { stdout: pub },
      verify: { stdout: verified() }
    })
    const signer = new CosignSigner(new Cosign({ logger: recordingLogger(), run: signed.run }), {
      request: { key: 'awskms://alias/release', tlogUpload: true }
    })
    const again = await signer.sign(IMAGE)
    expect(again).toMatchObject({ backend: 'cosign', created: false })
    expect(again.keyFingerprint).toMatch(/^sha256:/)
    expect(signed.calls.map(c => c.args[0])).toEqual(['public-key', 'version', 'verify'])
    expect(signed.calls[0].env.COSIGN_PASSWORD).toBeUndefined()

    let verifies = 0
    const unsigned: RunFn = (bin, args, env) => {
      if (args[0] === 'verify' && verifies++ === 0)
        return Promise.resolve({ exitCode: 1, stdout: '', stderr: 'no signatures found' })
      return fake({
        version: VERSION,
        'public-key': { stdout: pub },
        verify: { stdout: verified() }
      }).run(bin, args, env)
    }
    const created = await new CosignSigner(
      new Cosign({ logger: recordingLogger(), run: unsigned }),
      {
        request: { key: 'awskms://alias/release', tlogUpload: true }
      }
    ).sign(IMAGE)
    expect(created).toMatchObject({ created: true, digest: DIGEST })
  })
})
