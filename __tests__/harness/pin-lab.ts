/**
 * The lab of the rollback-pin and unpin scenarios: a registry with two dev images (A, B) and
 * staging's seed, a GitOps repository whose staging files carry Flux markers, and the two
 * processes the scenarios alternate: the built action, and the CLI's `set-markers` standing in
 * for image-automation-controller.
 *
 * @module
 */

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runAction, runCli, type ActionResult } from './action-runner.js'
import type { FakeGitHub } from './github-api.js'
import type { GitServer } from './git-server.js'
import { gitopsRepo, type Pin } from './gitops-fixture.js'
import { pushImage, type PushedImage } from './images.js'
import { labEnv, startLab, stopLab } from './lab.js'
import type { TestRegistry } from './registry.js'

export const PIN_REPO = 'acme/gitops'
export const TAG_A = 'dev-v1.0.0-aaa1111-1700000001'
export const TAG_B = 'dev-v1.1.0-bbb2222-1700000002'
const SEED_TAG = 'staging-v0.9.0-ccc3333-1690000000'

export interface PinLab {
  registry: TestRegistry
  git: GitServer
  github: FakeGitHub
  /** The image repository, `<registry>/acme/app`. */
  image: string
  a: PushedImage
  b: PushedImage
  /** A scratch directory, removed by `close`. */
  work: string
  /** Runs the built action against the GitOps repository, each time as a new run id. */
  action(inputs: Record<string, string>): Promise<ActionResult>
  /** Copies `files` from main into `work/<name>`, as Flux's controller checks them out. */
  checkout(name: string, files: readonly string[]): Promise<string>
  /** What image-automation-controller does in `dir` when the policy's latest image is `ref`. */
  automation(dir: string, ref: string): ReturnType<typeof runCli>
  close(): Promise<void>
}

/**
 * Starts the lab; `seed` keeps each scenario's image bytes its own, and `stagingFiles` writes
 * staging's files from the image and staging's current pin.
 */
export async function startPinLab(
  seed: string,
  stagingFiles: (image: string, staging: Pin) => Record<string, string>,
  firstRun: number
): Promise<PinLab> {
  const { registry, github, git } = await startLab()
  const image = `${registry.host}/acme/app`
  const a = await pushImage(registry, 'acme/app', TAG_A, { seed: `${seed}A` })
  const b = await pushImage(registry, 'acme/app', TAG_B, { seed: `${seed}B` })
  const old = await pushImage(registry, 'acme/app', SEED_TAG, { seed: `${seed}Seed` })
  await git.createRepo(PIN_REPO, {
    ...gitopsRepo(image, { dev: { tag: TAG_A, digest: a.digest } }),
    ...stagingFiles(image, { tag: SEED_TAG, digest: old.digest })
  })
  const work = await mkdtemp(path.join(os.tmpdir(), `dp-${seed}-`))
  let run = firstRun
  return {
    registry,
    git,
    github,
    image,
    a,
    b,
    work,
    action(inputs) {
      run++
      return runAction({
        inputs: { image, 'gitops-repository': PIN_REPO, 'gitops-token': git.token!, ...inputs },
        env: { ...labEnv({ registry, git, github }), GITHUB_RUN_ID: String(run) }
      })
    },
    async checkout(name, files) {
      const dir = path.join(work, name)
      for (const file of files) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
        await writeFile(path.join(dir, file), (await git.readFile(PIN_REPO, 'main', file))!)
      }
      return dir
    },
    automation(dir, ref) {
      return runCli(['set-markers', 'clusters/staging', '--policy', `flux-system:app=${ref}`], {
        cwd: dir
      })
    },
    async close() {
      await stopLab({ registry, git, github })
      await rm(work, { recursive: true, force: true })
    }
  }
}
