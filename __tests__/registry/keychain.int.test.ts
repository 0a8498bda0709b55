/**
 * The keychain with real `docker-credential-*` processes, the way Docker Desktop, ECR or ACR
 * helpers are found: by name on PATH, the server URL on stdin, JSON on stdout.
 */
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/registry/client.js'
import { retag } from '../../src/registry/copy.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference } from '../../src/registry/reference.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'
import { skopeoDigest } from '../harness/skopeo.js'
import { recordingLogger, type RecordingLogger } from '../harness/test-logger.js'
import { expectNoSecrets, userSecrets } from './secrets.js'

describe.each(['basic', 'token'] as const)('a real credential helper (%s auth)', auth => {
  let registry: TestRegistry
  let image: PushedImage
  let dir: string
  let savedPath: string | undefined
  let configs = 0

  beforeAll(async () => {
    registry = await startRegistry({ auth })
    image = await pushImage(registry, 'app', 'staging-v1.2.3-abc1234-1700000000')
    dir = await mkdtemp(join(tmpdir(), 'digest-promote-helper-'))
    const bin = join(dir, 'bin')
    await mkdir(bin)
    // Answers only for this registry, like a real store; logs each call so the test can see
    // what it was asked. The password is hex, so it needs no quoting inside JSON or sh.
    await script(join(bin, 'docker-credential-fake'), [
      'server=$(cat)',
      `printf '%s %s\\n' "$1" "$server" >> '${join(dir, 'calls.log')}'`,
      `if [ "$server" = '${registry.host}' ]; then`,
      `  printf '{"ServerURL":"%s","Username":"${registry.username}","Secret":"${registry.password}"}' "$server"`,
      '  exit 0',
      'fi',
      'echo "credentials not found in native keychain"',
      'exit 1'
    ])
    await script(join(bin, 'docker-credential-broken'), [
      'cat >/dev/null',
      'echo "keychain is locked" >&2',
      'exit 3'
    ])
    // The keychain spawns helpers by name, through this process's PATH.
    savedPath = process.env.PATH
    process.env.PATH = `${bin}${delimiter}${savedPath ?? ''}`
  })
  afterAll(async () => {
    process.env.PATH = savedPath
    await registry?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  /** A client whose only credential source is a DOCKER_CONFIG holding `config`. */
  async function clientWith(config: unknown): Promise<{
    client: RegistryClient
    logger: RecordingLogger
  }> {
    const configDir = join(dir, `config-${++configs}`)
    await mkdir(configDir)
    await writeFile(join(configDir, 'config.json'), JSON.stringify(config))
    const logger = recordingLogger()
    const keychain = new Keychain({ env: { DOCKER_CONFIG: configDir }, logger })
    return { client: new RegistryClient({ keychain, logger }), logger }
  }

  async function calls(): Promise<string[]> {
    const text = await readFile(join(dir, 'calls.log'), 'utf8').catch(() => '')
    await rm(join(dir, 'calls.log'), { force: true })
    return text.split('\n').filter(Boolean)
  }

  const creds = () => ({ username: registry.username, password: registry.password })

  it('retags with credentials from credHelpers, asking the helper once', async () => {
    const { client, logger } = await clientWith({ credHelpers: { [registry.host]: 'fake' } })
    const source = parseReference(registry.ref('app', image.tag!))
    const target = source.withoutTag().withTag('production-v1.2.3-abc1234-1700000000')
    const result = await retag(client, source, target)
    expect(result).toMatchObject({ digest: image.digest, changed: true })
    expect(await skopeoDigest(target.familiar, creds())).toBe(image.digest)
    expect(await calls()).toEqual([`get ${registry.host}`])
    expect(logger.lines).toContain(
      `debug: credentials for ${registry.host} from docker-credential-fake`
    )
    expect(logger.secrets).toContain(registry.password)
    expectNoSecrets(logger, userSecrets(registry.users))
  })

  it('uses credsStore for a registry without its own helper', async () => {
    const { client, logger } = await clientWith({
      credHelpers: { 'ghcr.io': 'broken' },
      credsStore: 'fake',
      auths: { [registry.host]: {} }
    })
    const source = parseReference(registry.ref('app', image.tag!))
    const target = source.withoutTag().withTag('production-v1.2.3-abc1234-1700000001')
    expect(await retag(client, source, target)).toMatchObject({ digest: image.digest })
    expect(await skopeoDigest(target.familiar, creds())).toBe(image.digest)
    expect(await calls()).toEqual([`get ${registry.host}`])
    expectNoSecrets(logger, userSecrets(registry.users))
  })

  it('warns when the helper fails and asks to log in', async () => {
    const { client, logger } = await clientWith({ credHelpers: { [registry.host]: 'broken' } })
    const source = parseReference(registry.ref('app', image.tag!))
    const err = await client.head(source).catch((e: unknown) => e)
    expect(logger.lines).toContain(
      `warning: docker-credential-broken gave no credential for ${registry.host}: keychain is locked`
    )
    expect((err as Error).message).toContain(`log in to ${registry.host} first`)
    expectNoSecrets(logger, userSecrets(registry.users), [err])
  })

  it('warns when the helper is not installed', async () => {
    const { client, logger } = await clientWith({ credsStore: 'absent-helper' })
    const source = parseReference(registry.ref('app', image.tag!))
    const err = await client.head(source).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Error)
    expect(logger.lines).toEqual([
      `warning: docker-credential-absent-helper gave no credential for ${registry.host}: spawn docker-credential-absent-helper ENOENT`
    ])
  })
})

async function script(path: string, lines: string[]): Promise<void> {
  await writeFile(path, ['#!/bin/sh', ...lines, ''].join('\n'))
  await chmod(path, 0o755)
}
