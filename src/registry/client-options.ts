import type { RunContext } from '../util/run-context.js'
import { RegistryClient } from './client.js'
import { Keychain } from './keychain.js'

/** How to reach registries and whose credentials to use. */
export interface RegistryOptions {
  /** Explicit credential (the action's registry-username/registry-password). */
  explicit?: { username: string; password: string }
  /** Registry domains reached over plain HTTP. */
  insecureRegistries: string[]
  /** Token for ghcr.io. */
  githubToken?: string
}

/** The registry client for a run, with the keychain its options describe. */
export function createRegistryClient(
  opts: RegistryOptions,
  ctx: Pick<RunContext, 'env' | 'logger'>
): RegistryClient {
  const keychain = new Keychain({
    explicit: opts.explicit,
    githubToken: opts.githubToken,
    env: ctx.env,
    logger: ctx.logger
  })
  return new RegistryClient({
    keychain,
    logger: ctx.logger,
    insecureRegistries: opts.insecureRegistries
  })
}
