/**
 * What `init` scaffolds: the options every template reads, already validated by the command.
 */

/** Where Flux image automation authenticates to the registry. */
export const REGISTRY_PROVIDERS = ['generic', 'aws', 'gcp', 'azure'] as const

/** One of {@link REGISTRY_PROVIDERS}. */
export type RegistryProvider = (typeof REGISTRY_PROVIDERS)[number]

/** How the automated environment's tags are written, and so which ImagePolicy selects them. */
export const TAG_SCHEMES = ['timestamp', 'semver', 'sha'] as const

/** One of {@link TAG_SCHEMES}. */
export type TagScheme = (typeof TAG_SCHEMES)[number]

/** Validated options of a scaffold. */
export interface InitOptions {
  /** Repository without tag or digest, e.g. `ghcr.io/acme/app`. */
  image: string
  /** Environments in promotion order. */
  environments: string[]
  /** Environments Flux image automation updates (only with `flux`). */
  automated: string[]
  /** Environments that are protected (written through a pull request). */
  protectedEnvironments: string[]
  /** Whether to write Flux image automation objects. */
  flux: boolean
  registryProvider: RegistryProvider
  tagScheme: TagScheme
  /** `owner/name` of the application repository, for the signer identity pattern. */
  appRepository: string
}

/** The Flux namespace the generated objects live in. */
export const FLUX_NAMESPACE = 'flux-system'

/** The image's last path segment, the base of every generated object name. */
export const shortName = (image: string): string => image.slice(image.lastIndexOf('/') + 1)

/** Directory of an environment in the GitOps repository. */
export const environmentPath = (env: string): string => `clusters/${env}`

/** Name of the ImagePolicy of an automated environment. */
export const policyName = (image: string, env: string): string => `${shortName(image)}-${env}`
