#!/usr/bin/env node
// `npm test`: makes sure the real parts are installed, runs every test project
// (unit and integration) in one vitest run, and prints the closing line CI
// reads. Extra arguments go to vitest (e.g. a file filter).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const report = path.join(root, '.cache', 'vitest.json')
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1

if (run(process.execPath, [path.join(root, 'scripts', 'ensure-tools.mjs')]) !== 0) process.exit(1)
mkdirSync(path.dirname(report), { recursive: true })
rmSync(report, { force: true })
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs')
const code = run(process.execPath, [
  vitest,
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${report}`,
  ...process.argv.slice(2)
])

let result
try {
  result = JSON.parse(readFileSync(report, 'utf8'))
} catch {
  console.log(`tests: 0 passed, 1 failed (vitest exited ${code} without a report)`)
  process.exit(1)
}
if (!process.env.COSIGN_BIN) {
  console.log('cosign e2e: not run (no cosign binary on this machine; set COSIGN_BIN to run it)')
}
const skipped = result.numPendingTests + result.numTodoTests
console.log(
  `tests: ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${skipped} skipped`
)
process.exit(code === 0 && result.numFailedTests === 0 && result.numTotalTests > 0 ? 0 : 1)
