#!/usr/bin/env node
// Makes sure the real parts the tests, the demo and the benchmark need are on this
// machine: Debian's docker-registry, skopeo and git, and Node 24 (the runtime the
// Actions runner uses for `runs.using: node24`). Installs them when it can (root on
// Debian, or from the npm registry for Node 24); otherwise says how, and fails.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const NODE24_VERSION = '24.21.0'
const NODE24_DIR = path.join(root, '.cache', 'node24')
const APT_TOOLS = [
  { bin: 'docker-registry', pkg: 'docker-registry' },
  { bin: 'skopeo', pkg: 'skopeo' },
  { bin: 'git', pkg: 'git' },
  // The token server's signing certificate is made with the openssl CLI.
  { bin: 'openssl', pkg: 'openssl' }
]

function onPath(bin) {
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', bin], { encoding: 'utf8' }).status === 0
}

function ensureAptTools() {
  const missing = APT_TOOLS.filter(t => !onPath(t.bin))
  if (missing.length === 0) return
  const pkgs = missing.map(t => t.pkg)
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot || !onPath('apt-get')) {
    console.error(
      `missing tools: ${missing.map(t => t.bin).join(', ')}; install them with: ` +
        `sudo apt-get install -y ${pkgs.join(' ')} (Debian/Ubuntu)`
    )
    process.exit(1)
  }
  console.error(`installing ${pkgs.join(', ')} with apt-get`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env })
}

function ensureNode24() {
  const bin = path.join(NODE24_DIR, 'node_modules', '.bin', 'node')
  if (existsSync(bin)) return
  console.error(
    `installing Node ${NODE24_VERSION} (npm package node@${NODE24_VERSION}) into .cache/node24`
  )
  execFileSync(
    'npm',
    ['install', '--prefix', NODE24_DIR, '--no-save', '--no-package-lock', `node@${NODE24_VERSION}`],
    { stdio: ['ignore', 'ignore', 'inherit'] }
  )
  if (!existsSync(bin)) {
    console.error(
      `Node 24 install did not produce ${bin}; run: npm install --prefix .cache/node24 node@${NODE24_VERSION}`
    )
    process.exit(1)
  }
}

ensureAptTools()
ensureNode24()
