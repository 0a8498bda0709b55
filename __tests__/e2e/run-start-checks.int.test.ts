/**
 * Checks that moved from parsing into the first step of a command's run, so that the libraries
 * they need load only with the command: select-tag's filter pattern (Go RE2) and set-values' key
 * paths (the YAML editor). Each must still fail in one line naming the input, before any request
 * reaches the registry and before any file is touched.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../harness/action-runner.js'
import { pushImage } from '../harness/images.js'
import { startProxy, type FaultProxy } from '../harness/proxy.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'

describe('select-tag through the built CLI: a bad pattern', () => {
  let registry: TestRegistry
  let proxy: FaultProxy

  beforeAll(async () => {
    registry = await startRegistry()
    await pushImage(registry, 'pattern/app', '1.0.0', { seed: 'pattern' })
    proxy = await startProxy(registry.url)
  })
  afterAll(async () => {
    await proxy?.stop()
    await registry?.stop()
  })

  it('refuses in one line naming pattern, and asks the registry nothing', async () => {
    proxy.reset()
    const result = await runCli([
      'select-tag',
      '--image',
      `${proxy.host}/pattern/app`,
      '--semver',
      '>=1.0.0',
      '--pattern',
      '^v(?<!x)1'
    ])
    expect(result.exitCode).not.toBe(0)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^error: input 'pattern': .+/)
    expect(result.stdout).toBe('')
    expect(proxy.count()).toBe(0)
  })

  it('lists the tags through the same proxy once the pattern compiles', async () => {
    proxy.reset()
    const result = await runCli([
      'select-tag',
      '--image',
      `${proxy.host}/pattern/app`,
      '--semver',
      '>=1.0.0',
      '--pattern',
      '^1\\.'
    ])
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe('1.0.0')
    expect(proxy.count()).toBeGreaterThan(0)
  })
})

describe('set-values through the built CLI: a bad key path', () => {
  let dir: string
  const original = 'image:\n  tag: "1.0" # pinned\n'

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dp-keypath-'))
    await writeFile(path.join(dir, 'values.yaml'), original)
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('refuses in one line naming values, and leaves the file as it was', async () => {
    const result = await runCli(['set-values', 'values.yaml', 'image..tag=2.0'], { cwd: dir })
    expect(result.exitCode).not.toBe(0)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^error: input 'values': key path 'image\.\.tag': .+/)
    expect(await readFile(path.join(dir, 'values.yaml'), 'utf8')).toBe(original)
  })
})
