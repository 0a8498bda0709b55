import { InputError } from '../errors.js'
import { getInteger, getList, type InputSource } from '../inputs.js'
import type { RegistryOptions } from '../registry/client-options.js'
import {
  InvalidReferenceError,
  parseReference,
  type ImageReference
} from '../registry/reference.js'
import type { InputSpec, RunContext } from './types.js'

export type { RegistryOptions } from '../registry/client-options.js'

/** Inputs of every command that talks to a registry. */
export const REGISTRY_INPUTS: InputSpec[] = [
  {
    name: 'registry-username',
    description: 'Username for the registry; docker/login-action credentials are used when unset.'
  },
  {
    name: 'registry-password',
    description: 'Password or token for registry-username.',
    secret: true
  },
  {
    name: 'insecure-registries',
    description:
      'Registries reached over plain HTTP (loopback always is), comma or newline separated.',
    kind: 'list'
  },
  {
    name: 'github-token',
    description:
      'GitHub token, used for ghcr.io when no other credential matches (defaults to GITHUB_TOKEN).',
    secret: true
  }
]

/** Reads {@link REGISTRY_INPUTS}. */
export function parseRegistryOptions(src: InputSource, ctx: RunContext): RegistryOptions {
  const username = src.get('registry-username')
  const password = src.get('registry-password')
  if (password) ctx.logger.setSecret(password)
  if (username && password) ctx.logger.setSecret(`${username}:${password}`)
  if ((username === undefined) !== (password === undefined)) {
    const missing = username === undefined ? 'registry-username' : 'registry-password'
    throw new InputError(
      missing,
      'required when the other of registry-username and registry-password is set'
    )
  }
  const githubToken = src.get('github-token') ?? ctx.env.GITHUB_TOKEN
  if (githubToken) ctx.logger.setSecret(githubToken)
  return {
    ...(username && password ? { explicit: { username, password } } : {}),
    insecureRegistries: getList(src, 'insecure-registries'),
    ...(githubToken ? { githubToken } : {})
  }
}

/** Parses an image reference from an input, naming the input when it is invalid. */
export function parseImageInput(
  value: string,
  input: string,
  opts: { strict?: boolean } = {}
): ImageReference {
  try {
    return parseReference(value, opts)
  } catch (err) {
    if (err instanceof InvalidReferenceError) throw new InputError(input, err.message)
    throw err
  }
}

/** The `concurrency` input: images handled at once. */
export const CONCURRENCY_INPUT: InputSpec = {
  name: 'concurrency',
  description: 'How many images to handle at once (1-32, default 8).'
}

/** Reads {@link CONCURRENCY_INPUT}. */
export function parseConcurrency(src: InputSource): number {
  return getInteger(src, 'concurrency', { min: 1, max: 32 }, 8)
}
