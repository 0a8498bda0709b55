import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseSigningOptions } from '../../src/commands/signing-inputs.js'
import { signDigest } from '../../src/signing/signature-gate.js'
import { RegistryClient } from '../../src/registry/client.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference } from '../../src/registry/reference.js'
import { runCli } from '../harness/action-runner.js'
import { pushImage } from '../harness/images.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'
import { recordingLogger } from '../harness/test-logger.js'
import { CONFORMANCE_DIR, conformanceCases } from '../signing/conformance-cases.js'
import { startSigstoreMock, unsignedJwt, type SigstoreMock } from '../signing/sigstore-mock.js'

const ISSUER = 'https://token.actions.githubusercontent.com'
const IDENTITY = 'https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main'

/** `--name value` pairs for the CLI. */
const flags = (inputs: Record<string, string>) =>
  Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value])

const ENV = { COSIGN_BIN: '/nonexistent/cosign' }

/** stderr without the phase headers (`== signature gate`) the CLI logger prints. */
const problems = (stderr: string) =>
  stderr.split('\n').filter(l => l !== '' && !l.startsWith('== '))

// The built CLI under Node 24 on a few sigstore-conformance cases: the same core as the unit
// suite, through argv, stdout, stderr and the exit code.
describe('digest-promote verify --bundle (dist/cli)', () => {
  const pick = [
    'happy-path-v0.3',
    'rekor2-dsse-happy-path',
    'managed-key-happy-path',
    'signature-mismatch_fail',
    'bundle-with-root-cert_fail',
    'managed-key-wrong-key_fail'
  ]
  const cases = conformanceCases().filter(c => pick.includes(c.name))

  it('finds the picked cases', () => expect(cases.map(c => c.name).sort()).toEqual(pick.sort()))

  for (const c of cases) {
    it(`${c.mustFail ? 'refuses' : 'verifies'} ${c.name}`, async () => {
      const run = await runCli(['verify', ...flags(c.inputs)], { cwd: CONFORMANCE_DIR, env: ENV })
      if (c.mustFail) {
        expect(run.exitCode).not.toBe(0)
        expect(run.stdout).toBe('')
        expect(run.stderr.trim().split('\n')).toHaveLength(1)
        expect(run.stderr).toMatch(/^error: (gate 'signature' failed|input 'public-key')/)
      } else {
        expect(run.stderr).toBe('')
        expect(run.exitCode).toBe(0)
        expect(run.stdout).toMatch(new RegExp(`^verified: +${c.inputs.digest} `, 'm'))
      }
    })
  }
})

describe('digest-promote verify <image>@<digest> (dist/cli)', () => {
  let registry: TestRegistry
  let sigstore: SigstoreMock
  let workspace: string

  beforeAll(async () => {
    registry = await startRegistry()
    sigstore = await startSigstoreMock()
    workspace = await mkdtemp(join(tmpdir(), 'verify-workspace-'))
    await copyFile(sigstore.trustedRootPath, join(workspace, 'trusted_root.json'))
  })
  afterAll(async () => {
    await sigstore?.stop()
    await registry?.stop()
    if (workspace) await rm(workspace, { recursive: true, force: true })
  })

  const signer = {
    'trusted-root': 'trusted_root.json',
    'certificate-identity-regexp': '.*/build\\.yml@refs/heads/main',
    'certificate-oidc-issuer': ISSUER
  }

  it('prints who signed a digest the signature gate passes', async () => {
    const pushed = await pushImage(registry, 'app', 'signed')
    const image = parseReference(registry.ref('app', pushed.digest))
    const logger = recordingLogger()
    const values: Record<string, string> = {
      'fulcio-url': sigstore.fulcioUrl,
      'rekor-url': sigstore.rekorUrl,
      'trusted-root': 'trusted_root.json',
      'certificate-identity': IDENTITY,
      sign: 'true'
    }
    const env = { ...ENV, SIGSTORE_ID_TOKEN: unsignedJwt({ iss: ISSUER, sub: IDENTITY }) }
    const opts = parseSigningOptions(
      { get: n => values[n] },
      { logger, env, workspace, now: () => new Date() }
    )
    const client = new RegistryClient({
      keychain: new Keychain({ env: { HOME: '/nonexistent' }, logger }),
      logger
    })
    const signed = await signDigest(client, image, opts, logger)

    const run = await runCli(['verify', image.normalized, ...flags(signer)], {
      cwd: workspace,
      env: ENV
    })
    expect(problems(run.stderr)).toEqual([])
    expect(run.exitCode).toBe(0)
    const lines = run.stdout.split('\n').map(l => l.replace(/:\s+/, ': '))
    expect(lines).toContain(`identity: ${IDENTITY}`)
    expect(lines).toContain(`issuer: ${ISSUER}`)
    expect(lines).toContain(`rekor log index: ${signed?.rekorLogIndex}`)
    expect(lines).toContainEqual(expect.stringMatching(/^signed at \(rekor\): \d{4}-\d\d-\d\dT/))
    expect(lines).toContain(
      `signature gate: passed: sigstore: ${IDENTITY}, rekor ${signed?.rekorLogIndex}`
    )
  })

  it('refuses an unsigned digest with the gate line and nothing on stdout', async () => {
    const pushed = await pushImage(registry, 'app', 'unsigned')
    const ref = registry.ref('app', pushed.digest)
    const run = await runCli(['verify', ref, ...flags(signer)], { cwd: workspace, env: ENV })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toBe('')
    expect(problems(run.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^error: gate 'signature' failed: ${pushed.digest} has no signature from .*found: no Sigstore bundle is attached; fix: `
        )
      )
    ])
  })

  it('refuses a reference without a digest before touching the registry', async () => {
    const run = await runCli(['verify', `${registry.host}/app:signed`, ...flags(signer)], {
      cwd: workspace,
      env: ENV
    })
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toBe(
      `error: input 'image': '${registry.host}/app:signed' has no digest; verify name@sha256:<digest>\n`
    )
  })
})
