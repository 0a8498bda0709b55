/**
 * The lab of the registry-record scenarios: Debian's registry behind the counting proxy, the
 * built image on dev's tag, staging's older image, and a GitOps repository naming both, so a
 * dev → staging promotion through the built action can be counted request by request.
 *
 * @module
 */

import { runAction, type ActionResult } from './action-runner.js'
import type { FakeGitHub } from './github-api.js'
import type { GitServer } from './git-server.js'
import { gitopsRepo } from './gitops-fixture.js'
import { pushImage, type PushedImage } from './images.js'
import { labEnv, startLab, stopLab } from './lab.js'
import { startProxy, type FaultProxy } from './proxy.js'
import type { TestRegistry } from './registry.js'

export interface RecordLab {
  registry: TestRegistry
  git: GitServer
  github: FakeGitHub
  proxy: FaultProxy
  /** The image repository as the action sees it: through the proxy. */
  image: string
  /** The image on dev's tag, the one promotions move. */
  built: PushedImage
  /** Runs the built action against the GitOps repository `repo`. */
  action(inputs: Record<string, string>): Promise<ActionResult>
  close(): Promise<void>
}

/** Starts the lab: `devTag` names the built image, `oldTag` what staging runs before. */
export async function startRecordLab(
  repo: string,
  devTag: string,
  oldTag: string
): Promise<RecordLab> {
  const { registry, github, git } = await startLab()
  const proxy = await startProxy(registry.url)
  const image = `${proxy.host}/acme/app`
  const built = await pushImage(registry, 'acme/app', devTag)
  const old = await pushImage(registry, 'acme/app', oldTag, { seed: 'old' })
  await git.createRepo(
    repo,
    gitopsRepo(image, {
      dev: { tag: devTag, digest: built.digest },
      staging: { tag: oldTag, digest: old.digest }
    })
  )
  return {
    registry,
    git,
    github,
    proxy,
    image,
    built,
    action: inputs =>
      runAction({
        inputs: { image, 'gitops-repository': repo, 'gitops-token': git.token!, ...inputs },
        env: labEnv({ registry, git, github })
      }),
    async close() {
      await proxy.stop()
      await stopLab({ registry, git, github })
    }
  }
}
