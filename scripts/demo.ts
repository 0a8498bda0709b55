// `npm run demo`: the whole path on this machine, with real parts. A Debian
// docker-registry and a git server on loopback ports stand in for ghcr.io and
// GitHub; the built CLI (what `npx digest-promote` runs) does the work.
import { spawn } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  gitTestEnv,
  runGitOk,
  startGitServer,
  type GitServer
} from '../__tests__/harness/git-server.js'
import { gitopsRepo, promotionYaml } from '../__tests__/harness/gitops-fixture.js'
import { MANIFEST_ACCEPT, pushImage } from '../__tests__/harness/images.js'
import { REPO_ROOT, node24 } from '../__tests__/harness/node24.js'
import { startRegistry, type TestRegistry } from '../__tests__/harness/registry.js'

const REPO = 'demo/gitops'

function step(title: string): void {
  process.stdout.write(`\n\x1b[1m== ${title}\x1b[0m\n`)
}

/** Runs the built CLI under Node 24 with output streaming to the terminal; throws on failure. */
function cli(args: string[], env: Record<string, string>, cwd: string): Promise<void> {
  process.stdout.write(`$ digest-promote ${args.join(' ')}\n`)
  return new Promise((resolve, reject) => {
    const child = spawn(node24(), [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), ...args], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? os.tmpdir(),
        ...env
      },
      stdio: 'inherit'
    })
    child.on('error', reject)
    child.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`digest-promote ${args[0] ?? ''} exited ${code}`))
    )
  })
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'digest-promote-demo-'))
  let registry: TestRegistry | undefined
  let git: GitServer | undefined
  try {
    step(
      'Start a registry (Debian docker-registry) and a git server (git http-backend) on loopback'
    )
    registry = await startRegistry()
    git = await startGitServer({ token: 'demo-token' })
    const image = `${registry.host}/acme/app`
    process.stdout.write(`registry ${registry.url}, git ${git.url}\n`)

    step('Build: push a two-platform image, as docker/build-push-action would')
    const built = await pushImage(registry, 'acme/app', 'sha-abc1234', {
      platforms: [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' }
      ]
    })
    const old = await pushImage(registry, 'acme/app', 'production-v1.2.2-fff0000-1690000000', {
      seed: 'last release'
    })
    process.stdout.write(`built ${image}@${built.digest}\n`)

    const files = gitopsRepo(image, {
      staging: { tag: 'staging-v1.2.2-fff0000-1690000000', digest: old.digest },
      production: { tag: 'production-v1.2.2-fff0000-1690000000', digest: old.digest }
    })
    files['promotion.yaml'] = promotionYaml()
    files['clusters/dev/kustomization.yaml'] = files['clusters/dev/kustomization.yaml'].replace(
      /\n$/,
      '\nimages:\n  - name: app\n    newName: ' + image + '\n'
    )
    await git.createRepo(REPO, files)
    const summary = path.join(work, 'summary.md')
    await writeFile(summary, '')
    // A signing key, as `cosign generate-key-pair` would make; production requires signatures.
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    await writeFile(
      path.join(work, 'cosign.key'),
      privateKey.export({ format: 'pem', type: 'pkcs8' })
    )
    await writeFile(
      path.join(work, 'cosign.pub'),
      publicKey.export({ format: 'pem', type: 'spki' })
    )
    const signing = ['--signing', 'sigstore', '--tlog-upload=false']
    const trust = [...signing, '--public-key', 'cosign.pub']
    const env = {
      GITHUB_SERVER_URL: git.url,
      GITHUB_SHA: 'abc1234def5678abc1234def5678abc1234def56',
      GITHUB_STEP_SUMMARY: summary
    }
    // The GitOps checkout a workflow would have from actions/checkout.
    const gitEnv = gitTestEnv()
    await runGitOk(['clone', '--quiet', git.authedUrl(REPO), path.join(work, 'gitops')], {
      env: gitEnv
    })
    const gitops = ['--gitops-path', 'gitops']

    step('Capture: resolve the built digest, push the immutable dev tag, and sign the digest')
    await cli(
      [
        'capture',
        `${image}:sha-abc1234`,
        '--digest',
        built.digest,
        '--environment',
        'dev',
        '--version',
        '1.2.3',
        '--sign',
        '--cosign-key',
        'cosign.key',
        ...signing
      ],
      env,
      work
    )
    const devTag = (await registryTags(registry, 'acme/app')).find(t =>
      t.startsWith('dev-v1.2.3-')
    )!

    step('Dev: pin the digest in clusters/dev (what Flux image automation or a deploy job does)')
    const checkout = path.join(work, 'gitops')
    await cli(
      ['set-image', 'clusters/dev', `app=${image}:${devTag}@${built.digest}`],
      env,
      checkout
    )
    await runGitOk(
      [
        '-c',
        'user.name=demo',
        '-c',
        'user.email=demo@example.invalid',
        'commit',
        '--quiet',
        '-am',
        'deploy to dev'
      ],
      { cwd: checkout, env: gitEnv }
    )
    await runGitOk(['push', '--quiet', 'origin', 'HEAD:main'], { cwd: checkout, env: gitEnv })

    step('Promote dev -> staging: same bytes, new tag, one commit with the ledger event')
    await cli(
      [
        'promote',
        '--from-environment',
        'dev',
        '--to-environment',
        'staging',
        '--image',
        image,
        ...gitops
      ],
      env,
      work
    )

    step('Plan staging -> production: gates, tags, diff and pull request text; writes nothing')
    await cli(
      [
        'plan',
        '--from-environment',
        'staging',
        '--to-environment',
        'production',
        '--image',
        image,
        ...gitops,
        ...trust
      ],
      env,
      work
    )

    step(
      'Promote staging -> production: a branch and a pull request (no GitHub here, so its text is printed)'
    )
    await cli(
      [
        'promote',
        '--from-environment',
        'staging',
        '--to-environment',
        'production',
        '--image',
        image,
        ...gitops,
        ...trust
      ],
      env,
      work
    )

    step('Registry: every environment tag names the same digest')
    for (const tag of (await registryTags(registry, 'acme/app')).sort()) {
      const res = await fetch(`${registry.url}/v2/acme/app/manifests/${tag}`, {
        method: 'HEAD',
        headers: { accept: MANIFEST_ACCEPT }
      })
      process.stdout.write(
        `  ${tag.padEnd(40)} ${res.headers.get('docker-content-digest') ?? '?'}\n`
      )
    }
    process.stdout.write(`branches in ${REPO}: ${(await git.branches(REPO)).join(', ')}\n`)

    step('Job summary (what GitHub shows on the run page)')
    process.stdout.write(await readFile(summary, 'utf8'))
    step('Done: the demo cleans up everything it started')
  } finally {
    await Promise.all([registry?.stop(), git?.stop()])
    await rm(work, { recursive: true, force: true })
  }
}

async function registryTags(registry: TestRegistry, repo: string): Promise<string[]> {
  const res = await fetch(`${registry.url}/v2/${repo}/tags/list`)
  return ((await res.json()) as { tags: string[] | null }).tags ?? []
}

main().catch((err: unknown) => {
  process.stderr.write(`demo failed: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
})
