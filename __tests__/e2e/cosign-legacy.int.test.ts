import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../harness/action-runner.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'
import {
  cosignFixture,
  cosignPublicKey,
  pushCosignSignatures,
  writePublicGoodRoot
} from '../signing/cosign-fixtures.js'

const ENV = { COSIGN_BIN: '/nonexistent/cosign' }
const flags = (inputs: Record<string, string>) =>
  Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value])

// The built CLI under Node 24 reads signatures cosign itself made, in cosign's legacy `.sig`
// layout, from a real registry.
describe('digest-promote verify on cosign .sig signatures (dist/cli)', () => {
  let registry: TestRegistry
  let workspace: string

  beforeAll(async () => {
    registry = await startRegistry()
    workspace = await mkdtemp(join(tmpdir(), 'cosign-legacy-e2e-'))
    writePublicGoodRoot(join(workspace, 'public-good-root.json'))
    await writeFile(join(workspace, 'cosign.pub'), cosignPublicKey('cosign.pub'))
    await writeFile(join(workspace, 'cosign2.pub'), cosignPublicKey('cosign2.pub'))
  })
  afterAll(async () => {
    await registry?.stop()
    if (workspace) await rm(workspace, { recursive: true, force: true })
  })

  it('verifies a keyless cosign signature: public-good Fulcio, SCT, Rekor SET', async () => {
    const fixture = cosignFixture('dir-img-cosign-fulcio-rekor-valid')
    await pushCosignSignatures(registry, 'cosign-signed/keyless', fixture.digest, [fixture])
    const run = await runCli(
      [
        'verify',
        registry.ref('cosign-signed/keyless', fixture.digest),
        ...flags({
          'trusted-root': 'public-good-root.json',
          'certificate-identity-regexp': '@redhat\\.com$',
          'certificate-oidc-issuer': 'https://github.com/login/oauth'
        })
      ],
      { cwd: workspace, env: ENV }
    )
    expect(run.stderr.split('\n').filter(l => l && !l.startsWith('== '))).toEqual([])
    expect(run.exitCode).toBe(0)
    const lines = run.stdout.split('\n').map(l => l.replace(/:\s+/, ': '))
    expect(lines).toContain('identity: mitr@redhat.com')
    expect(lines).toContain('issuer: https://github.com/login/oauth')
    expect(lines).toContain('rekor log index: 11605770')
    expect(lines).toContain('signed at (rekor): 2023-01-20T20:51:33.000Z')
  })

  it('refuses a cosign key signature under another key, in one line', async () => {
    const fixture = cosignFixture('dir-img-cosign-key-rekor-valid')
    await pushCosignSignatures(registry, 'cosign-signed/key', fixture.digest, [fixture])
    const ref = registry.ref('cosign-signed/key', fixture.digest)
    const ok = await runCli(
      [
        'verify',
        ref,
        ...flags({ 'public-key': 'cosign2.pub', 'trusted-root': 'public-good-root.json' })
      ],
      { cwd: workspace, env: ENV }
    )
    expect(ok.exitCode).toBe(0)
    expect(ok.stdout).toMatch(/^rekor log index: +11608800$/m)
    const run = await runCli(['verify', ref, ...flags({ 'public-key': 'cosign.pub' })], {
      cwd: workspace,
      env: ENV
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toBe('')
    const problems = run.stderr.split('\n').filter(l => l && !l.startsWith('== '))
    expect(problems).toEqual([
      expect.stringMatching(
        /^error: gate 'signature' failed: .* found: cosign signature is signed by another key, sha256:[0-9a-f]{64}, not sha256:[0-9a-f]{64}; fix: /
      )
    ])
  })
})
