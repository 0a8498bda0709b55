/**
 * The Go RE2 pattern inputs (certificate-identity-regexp, certificate-oidc-issuer-regexp,
 * provenance-ref) are compiled as the first step of a run, so the regular-expression engine
 * stays out of the action's start. Through the built action, a bad one must still fail in one
 * line naming its input before any request reaches the registry.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import { pushImage } from '../harness/images.js'
import { startProxy, type FaultProxy } from '../harness/proxy.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'

describe('pattern inputs through the built action', () => {
  let registry: TestRegistry
  let proxy: FaultProxy
  let workspace: string
  let digest: string

  beforeAll(async () => {
    registry = await startRegistry()
    digest = (await pushImage(registry, 'pattern/app', '1.0.0', { seed: 'pattern' })).digest
    proxy = await startProxy(registry.url)
    workspace = await mkdtemp(path.join(os.tmpdir(), 'dp-patterns-'))
  })
  afterAll(async () => {
    await proxy?.stop()
    await registry?.stop()
    if (workspace) await rm(workspace, { recursive: true, force: true })
  })

  const run = (inputs: Record<string, string>): Promise<ActionResult> =>
    runAction({ inputs, workspace })
  const verify = (inputs: Record<string, string>): Promise<ActionResult> =>
    run({ command: 'verify', image: `${proxy.host}/pattern/app@${digest}`, ...inputs })
  const capture = (inputs: Record<string, string>): Promise<ActionResult> =>
    run({
      command: 'capture',
      image: `${proxy.host}/pattern/app:1.0.0`,
      environment: 'dev',
      version: '1.0.0',
      'source-revision': 'abc1234def5678abc1234def5678abc1234def56',
      ...inputs
    })

  /** The one error line of a refused run, which asked the registry nothing. */
  function refusedBeforeRegistry(result: ActionResult): string {
    expect(result.exitCode).not.toBe(0)
    expect(result.errors).toHaveLength(1)
    expect(result.stdout).not.toMatch(/\n\s+at /)
    expect(proxy.count()).toBe(0)
    return result.errors[0]
  }

  it.each([
    [
      'certificate-identity-regexp',
      () => verify({ 'certificate-identity-regexp': '^https://(?=github)' })
    ],
    [
      'certificate-oidc-issuer-regexp',
      () =>
        verify({ 'certificate-identity': 'me@example.com', 'certificate-oidc-issuer-regexp': '(' })
    ],
    ['provenance-ref', () => verify({ 'provenance-ref': 'refs/(?=main)' })],
    [
      'provenance-ref',
      () =>
        run({
          command: 'promote',
          image: `${proxy.host}/pattern/app`,
          'from-environment': 'staging',
          'to-environment': 'production',
          'gitops-path': '.',
          'provenance-ref': 'refs/heads/(main'
        })
    ],
    [
      'certificate-identity-regexp',
      () => capture({ 'require-signature': 'true', 'certificate-identity-regexp': 'a(?<!b)' })
    ]
  ])('refuses a bad %s in one line and asks the registry nothing', async (input, start) => {
    proxy.reset()
    const line = refusedBeforeRegistry(await start())
    expect(line).toMatch(new RegExp(`^input '${input}': .+ is not a Go RE2 regular expression`))
  })

  it('reaches the registry through the same proxy once the pattern compiles', async () => {
    proxy.reset()
    const result = await capture({ 'certificate-identity-regexp': '^https://github\\.com/' })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(proxy.count()).toBeGreaterThan(0)
  })
})
