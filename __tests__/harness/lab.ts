import { startGitHubApi, type FakeGitHub } from './github-api.js'
import { startGitServer, type GitServer } from './git-server.js'
import { startRegistry, type TestRegistry } from './registry.js'

/** The real parts a promotion talks to: a registry, a git server and the GitHub API. */
export interface Lab {
  registry: TestRegistry
  git: GitServer
  github: FakeGitHub
}

/**
 * Starts Debian's registry, the OpenAPI-checked GitHub API, and a git http-backend
 * server that takes the same token, as a GitHub token works for Git and the API.
 */
export async function startLab(): Promise<Lab> {
  const [registry, github] = await Promise.all([startRegistry(), startGitHubApi()])
  const git = await startGitServer({ token: github.token })
  return { registry, git, github }
}

/** Stops whatever {@link startLab} started (parts may be missing after a failed start). */
export async function stopLab(lab: Partial<Lab>): Promise<void> {
  await Promise.all([lab.registry?.stop(), lab.git?.stop(), lab.github?.stop()])
}

/** The runner variables that point the action at the lab's git server and API. */
export function labEnv(lab: Lab): Record<string, string> {
  return { GITHUB_SERVER_URL: lab.git.url, GITHUB_API_URL: lab.github.url }
}
