import { InputError } from '../errors.js'
import { getBoolean, type InputSource } from '../inputs.js'
import type { DeploymentRequest } from '../promote/deployment.js'
import type { GitOpsOptions } from '../promote/options.js'
import type { InputSpec, RunContext } from './types.js'

/** The inputs of `promote`, `rollback` and `adopt` that record a GitHub deployment. */
export const DEPLOYMENT_INPUTS: InputSpec[] = [
  {
    name: 'deployment',
    description:
      "Record a GitHub deployment of the environment when the change lands (or its pull request opens); needs 'deployments: write'.",
    kind: 'flag'
  },
  {
    name: 'environment-url',
    description: "The environment's address, shown on the deployment (with deployment: true)."
  }
]

/** Input names {@link DEPLOYMENT_INPUTS} declares, for commands that leave them out. */
export const DEPLOYMENT_INPUT_NAMES = new Set(DEPLOYMENT_INPUTS.map(i => i.name))

function httpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/**
 * Where to record the deployment, or undefined when `deployment` is false. Refused at parse
 * time, before anything is written: no token, no repository to record it in, a bad URL.
 */
export function parseDeploymentRequest(
  src: InputSource,
  ctx: RunContext,
  gitops: Pick<GitOpsOptions, 'githubToken' | 'gitopsRepository' | 'apiUrl'>
): DeploymentRequest | undefined {
  const url = src.get('environment-url')
  if (url !== undefined && !httpUrl(url)) {
    throw new InputError(
      'environment-url',
      `'${url}' is not an http(s) URL`,
      'give the address the environment serves, e.g. https://staging.example.com'
    )
  }
  if (!getBoolean(src, 'deployment', false)) return undefined
  if (!gitops.githubToken) {
    throw new InputError(
      'deployment',
      'true needs a GitHub token to create the deployment',
      "set github-token (with 'permissions: deployments: write') or gitops-token"
    )
  }
  const [owner, repo] = (gitops.gitopsRepository ?? ctx.env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) {
    throw new InputError(
      'deployment',
      'true needs the GitOps repository on GitHub, and none is known',
      'set gitops-repository (owner/name)'
    )
  }
  return { owner, repo, token: gitops.githubToken, apiUrl: gitops.apiUrl, environmentUrl: url }
}
