import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Logger } from '../logger.js'

/**
 * A registry credential: a username and password (or token), or an OAuth2
 * identity (refresh) token as Docker stores it for some registries.
 */
export type Credential = { username: string; password: string } | { identityToken: string }

/** A credential and where it came from, for debug logs (never the secret itself). */
export interface FoundCredential {
  credential: Credential
  source: string
}

/** Where a {@link Keychain} looks, first non-anonymous answer wins. */
export interface KeychainOptions {
  /** `registry-username` / `registry-password` inputs. */
  explicit?: { username: string; password: string }
  /** Registries the explicit credential is for; every registry when absent. */
  explicitRegistries?: string[]
  /** The GitHub token, used for ghcr.io when nothing else matched. */
  githubToken?: string
  env: NodeJS.ProcessEnv
  logger: Logger
  /** Seam: runs `docker-credential-<helper> get` for `serverUrl`. */
  runHelper?: (helper: string, serverUrl: string) => Promise<string>
}

/** Docker's config.json, the parts that hold credentials. */
interface DockerConfig {
  auths?: Record<
    string,
    { auth?: string; username?: string; password?: string; identitytoken?: string }
  >
  credsStore?: string
  credHelpers?: Record<string, string>
}

const DOCKER_HUB_KEY = 'https://index.docker.io/v1/'

/** Maps the ways a registry is written in config.json to the reference domain. */
export function normalizeRegistryKey(key: string): string {
  let k = key.trim().replace(/^https?:\/\//, '')
  k = k.replace(/\/(v1|v2)\/?$/, '').replace(/\/+$/, '')
  if (/^(index\.docker\.io|registry-1\.docker\.io)(\/|$)/.test(k))
    k = k.replace(/^[^/]+/, 'docker.io')
  return k
}

/**
 * Finds credentials like go-containerregistry's default keychain: explicit
 * inputs, Docker's config.json (`credHelpers`, `auths` with repository keys
 * before registry keys, `credsStore`), the GitHub token for ghcr.io, else
 * anonymous. Every secret found is masked through the logger.
 */
export class Keychain {
  private readonly opts: KeychainOptions
  private config: Promise<DockerConfig | undefined> | undefined

  constructor(opts: KeychainOptions) {
    this.opts = opts
    if (opts.explicit) this.mask(opts.explicit)
    if (opts.githubToken) opts.logger.setSecret(opts.githubToken)
  }

  /** The credential for `registry` (a reference domain) and `repository` path, if any. */
  async resolve(registry: string, repository?: string): Promise<FoundCredential | undefined> {
    const { explicit, explicitRegistries } = this.opts
    if (explicit && (!explicitRegistries || explicitRegistries.includes(registry))) {
      return { credential: explicit, source: 'registry-username input' }
    }
    const fromConfig = await this.fromDockerConfig(registry, repository)
    if (fromConfig) return fromConfig
    if (registry === 'ghcr.io' && this.opts.githubToken) {
      const username = this.opts.env.GITHUB_ACTOR ?? 'x-access-token'
      return { credential: { username, password: this.opts.githubToken }, source: 'github-token' }
    }
    return undefined
  }

  private async fromDockerConfig(
    registry: string,
    repository?: string
  ): Promise<FoundCredential | undefined> {
    const config = await (this.config ??= this.loadConfig())
    if (!config) return undefined
    const serverUrl = registry === 'docker.io' ? DOCKER_HUB_KEY : registry
    const helper = Object.entries(config.credHelpers ?? {}).find(
      ([k]) => normalizeRegistryKey(k) === registry
    )?.[1]
    if (helper) return this.fromHelper(helper, serverUrl)
    const entries = Object.entries(config.auths ?? {}).map(([k, v]) => ({
      key: normalizeRegistryKey(k),
      v
    }))
    const full = repository ? `${registry}/${repository}` : registry
    const match = entries
      .filter(
        e =>
          e.key === registry ||
          (repository !== undefined && (full === e.key || full.startsWith(`${e.key}/`)))
      )
      .sort((a, b) => b.key.length - a.key.length)[0]
    if (match) {
      const credential = this.decodeAuth(match.v)
      if (credential) return { credential, source: `docker config auths["${match.key}"]` }
    }
    if (config.credsStore) return this.fromHelper(config.credsStore, serverUrl)
    return undefined
  }

  private decodeAuth(entry: NonNullable<DockerConfig['auths']>[string]): Credential | undefined {
    if (entry.identitytoken) {
      this.opts.logger.setSecret(entry.identitytoken)
      return { identityToken: entry.identitytoken }
    }
    if (entry.auth) {
      this.opts.logger.setSecret(entry.auth)
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
      const colon = decoded.indexOf(':')
      if (colon > 0)
        return this.mask({ username: decoded.slice(0, colon), password: decoded.slice(colon + 1) })
    }
    if (entry.username && entry.password)
      return this.mask({ username: entry.username, password: entry.password })
    return undefined
  }

  private async fromHelper(
    helper: string,
    serverUrl: string
  ): Promise<FoundCredential | undefined> {
    if (!/^[A-Za-z0-9._-]+$/.test(helper)) {
      this.opts.logger.warning(
        `docker config names an invalid credential helper '${helper}'; ignoring it`
      )
      return undefined
    }
    try {
      const out = await (this.opts.runHelper ?? runCredentialHelper)(helper, serverUrl)
      let parsed: { Username?: string; Secret?: string }
      try {
        parsed = JSON.parse(out) as { Username?: string; Secret?: string }
      } catch {
        // JSON.parse quotes the text it refused, and a helper's output is a secret.
        throw new Error('its output is not JSON')
      }
      if (!parsed.Secret) return undefined
      const credential: Credential =
        parsed.Username === '<token>'
          ? { identityToken: parsed.Secret }
          : { username: parsed.Username ?? '', password: parsed.Secret }
      this.opts.logger.setSecret(parsed.Secret)
      return { credential, source: `docker-credential-${helper}` }
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err)
      this.opts.logger.warning(
        `docker-credential-${helper} gave no credential for ${serverUrl}: ${why}`
      )
      return undefined
    }
  }

  private async loadConfig(): Promise<DockerConfig | undefined> {
    const dir =
      this.opts.env.DOCKER_CONFIG ?? path.join(this.opts.env.HOME ?? os.homedir(), '.docker')
    const file = path.join(dir, 'config.json')
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch {
      return undefined
    }
    try {
      return JSON.parse(text) as DockerConfig
    } catch {
      this.opts.logger.warning(`${file} is not valid JSON; ignoring it`)
      return undefined
    }
  }

  private mask<T extends { username: string; password: string }>(c: T): T {
    this.opts.logger.setSecret(c.password)
    this.opts.logger.setSecret(Buffer.from(`${c.username}:${c.password}`).toString('base64'))
    return c
  }
}

/**
 * Runs a Docker credential helper (docker-credential-helpers protocol: the server
 * URL on stdin, JSON on stdout). Its output is a secret, so it is never logged.
 */
export function runCredentialHelper(helper: string, serverUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(`docker-credential-${helper}`, ['get'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 30_000
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', err => reject(err))
    child.on('close', code => {
      if (code === 0) resolve(stdout)
      else reject(new Error(stdout.trim() || stderr.trim() || `exit code ${code}`))
    })
    child.stdin.end(serverUrl)
  })
}
