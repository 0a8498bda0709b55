import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/config/promotion-config.js'
import { InputError } from '../../src/errors.js'
import { parseAudit, runAudit } from './run-audit.js'

const ws = mkdtempSync(join(tmpdir(), 'audit-inputs-'))
mkdirSync(join(ws, 'gitops'))
writeFileSync(join(ws, 'file.yaml'), 'a: 1\n')
afterAll(() => rmSync(ws, { recursive: true, force: true }))

describe('audit inputs', () => {
  it('defaults to the workspace, text, promotion.yaml and no lists', () => {
    expect(parseAudit(ws)).toEqual({
      root: ws,
      format: 'text',
      protectedPaths: [],
      allowedRegistries: [],
      configPath: 'promotion.yaml',
      configRequired: false,
      pinMaxAge: { ms: 7 * 86_400_000, label: '7d' }
    })
  })

  it('reads every input', () => {
    const opts = parseAudit(ws, {
      path: 'gitops',
      format: 'sarif',
      'protected-paths': './clusters/production/**\nenvs/live/',
      'allowed-registries': 'ghcr.io,index.docker.io',
      config: 'deploy/promotion.yaml',
      'sarif-file': 'out/audit.sarif',
      'pin-max-age': '36h'
    })
    expect(opts).toEqual({
      root: join(ws, 'gitops'),
      format: 'sarif',
      protectedPaths: ['clusters/production/**', 'envs/live'],
      allowedRegistries: ['ghcr.io', 'docker.io'],
      configPath: 'deploy/promotion.yaml',
      configRequired: true,
      sarifFile: join(ws, 'out', 'audit.sarif'),
      pinMaxAge: { ms: 36 * 3_600_000, label: '36h' }
    })
  })

  it.each([
    [{ format: 'xml' }, "input 'format': expected one of text, json, sarif, got 'xml'"],
    [{ path: '../elsewhere' }, "input 'path': path '../elsewhere' is outside"],
    [{ 'sarif-file': '/tmp/x.sarif' }, "input 'sarif-file': path '/tmp/x.sarif' is outside"],
    [{ config: '../promotion.yaml' }, "input 'config': path '../promotion.yaml' is outside"],
    [
      { 'protected-paths': 'clusters/../secrets/**' },
      "input 'protected-paths': 'clusters/../secrets/**' is not a glob relative to the audited root; use paths like clusters/production/**"
    ],
    [{ 'protected-paths': '/etc/**' }, "input 'protected-paths': '/etc/**' is not a glob"],
    [
      { 'allowed-registries': 'ghcr.io, https://quay.io' },
      "input 'allowed-registries': 'https://quay.io' is not a registry domain; use a host name"
    ]
  ])('refuses %j', (values, message) => {
    let caught: unknown
    try {
      parseAudit(ws, values)
    } catch (err) {
      caught = err
    }
    expect(caught).toBeInstanceOf(InputError)
    expect((caught as Error).message.startsWith(message)).toBe(true)
    expect((caught as InputError).exitCode).toBe(2)
  })

  it('refuses a path that is not a directory', async () => {
    await expect(runAudit(ws, { path: 'file.yaml' })).rejects.toThrow(
      `input 'path': ${join(ws, 'file.yaml')} is not a directory`
    )
  })

  it('requires the config file only when the config input is set', async () => {
    await expect(runAudit(ws, { path: 'gitops', config: 'promotion.yaml' })).rejects.toThrow(
      ConfigError
    )
    const { result } = await runAudit(ws, { path: 'gitops' })
    expect(result.status).toBe('unchanged')
  })

  it('fails on an invalid promotion.yaml instead of guessing the protected environments', async () => {
    const repo = join(ws, 'bad-config')
    mkdirSync(repo)
    writeFileSync(join(repo, 'promotion.yaml'), 'environments: []\n')
    await expect(runAudit(ws, { path: 'bad-config' })).rejects.toThrow(
      'promotion.yaml: environments must NOT have fewer than 1 items'
    )
  })
})
