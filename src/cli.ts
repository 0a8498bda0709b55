#!/usr/bin/env node
import { VERSION } from './version.js'

const argv = process.argv.slice(2)
if (argv[0] === '--version' || argv[0] === '-V') {
  // The version needs no command: answer before loading the command table and its libraries.
  process.stdout.write(`${VERSION}\n`)
} else {
  const { main } = await import('./cli/program.js')
  process.exitCode = await main(argv)
}
