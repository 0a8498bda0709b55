import { InputError } from '../errors.js'
import { isRepositoryName } from '../github/repository-name.js'
import { resolveInside, type InputSource } from '../inputs.js'
import type { InputSpec, RunContext } from './types.js'

/**
 * Where the GitOps repository is and how to reach it: promote, plan and rollback always use
 * one; capture only when asked to (see {@link parseOptionalRepositoryInputs}).
 */
export const GITOPS_REPOSITORY_INPUTS: InputSpec[] = [
  {
    name: 'gitops-repository',
    description:
      'owner/name of the GitOps repository to clone; default: use the checkout at gitops-path.'
  },
  {
    name: 'gitops-token',
    description:
      'Token to clone, push and open pull requests in gitops-repository (contents and pull-requests: write).',
    secret: true
  },
  {
    name: 'gitops-path',
    description:
      'Checkout of the GitOps repository in the workspace (default: the workspace; capture uses none unless set).'
  },
  {
    name: 'gitops-branch',
    description:
      "Base branch (default: the environment's branch in promotion.yaml, else the default branch)."
  }
]

/** The GitOps repository inputs, read and checked. */
export interface RepositoryInputs {
  /** `owner/name` to clone; absent to use the checkout at {@link gitopsPath}. */
  gitopsRepository?: string
  gitopsToken?: string
  /** Absolute path of the checkout (gitops-path, inside the workspace). */
  gitopsPath: string
  gitopsBranch?: string
}

/** Reads {@link GITOPS_REPOSITORY_INPUTS}; gitops-path defaults to the workspace. */
export function parseRepositoryInputs(src: InputSource, ctx: RunContext): RepositoryInputs {
  const repository = src.get('gitops-repository')
  if (repository !== undefined && !isRepositoryName(repository)) {
    throw new InputError(
      'gitops-repository',
      `'${repository}' is not owner/name`,
      "use GitHub's owner/name, e.g. acme/gitops"
    )
  }
  const token = src.get('gitops-token')
  if (token) ctx.logger.setSecret(token)
  return {
    gitopsRepository: repository,
    gitopsToken: token,
    gitopsPath: resolveInside(ctx.workspace, src.get('gitops-path') ?? '.', 'gitops-path'),
    gitopsBranch: src.get('gitops-branch')
  }
}

/**
 * Reads {@link GITOPS_REPOSITORY_INPUTS} for a command that needs no GitOps repository:
 * undefined unless gitops-repository or gitops-path is set (the workspace is never assumed).
 * A token or branch without either is refused, since it would silently do nothing.
 */
export function parseOptionalRepositoryInputs(
  src: InputSource,
  ctx: RunContext
): RepositoryInputs | undefined {
  if (src.get('gitops-repository') !== undefined || src.get('gitops-path') !== undefined)
    return parseRepositoryInputs(src, ctx)
  const token = src.get('gitops-token')
  if (token) ctx.logger.setSecret(token)
  const stray = token !== undefined ? 'gitops-token' : src.get('gitops-branch') && 'gitops-branch'
  if (stray) {
    throw new InputError(
      stray,
      'set without gitops-repository or gitops-path, so there is no GitOps repository to use it with',
      'set gitops-repository (or gitops-path), or leave it out'
    )
  }
  return undefined
}
