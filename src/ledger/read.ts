import { lstat, readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { confine } from '../util/confine.js'
import { LEDGER_DIR, type PromotionEvent } from './event.js'
import { eventProblem } from './validate.js'

/** A ledger file that could not be used; reported, never fatal. */
export interface LedgerProblem {
  file: string
  message: string
}

/** Events of one or every environment, oldest first, and the files that were skipped. */
export interface Ledger {
  events: PromotionEvent[]
  problems: LedgerProblem[]
}

const MAX_EVENTS = 20_000
const MAX_EVENT_BYTES = 256 * 1024

/**
 * Reads `.promotions/<environment>/*.json` from a checkout. Each file is checked
 * against the event schema; unknown fields are kept, a malformed file becomes a
 * problem (not a crash), and events are sorted by timestamp, then id. The ledger directory is
 * confined to the repository: a symlink that leads out of it is refused (ConfinementError), and
 * symlinked event files are not read.
 */
export async function readLedger(root: string, environment?: string): Promise<Ledger> {
  const base = (await confine(root, LEDGER_DIR)).abs
  const ledger: Ledger = { events: [], problems: [] }
  let envs: string[]
  try {
    envs = environment
      ? [environment]
      : (await readdir(base, { withFileTypes: true })).filter(d => d.isDirectory()).map(d => d.name)
  } catch {
    return ledger
  }
  for (const env of envs) {
    // Listed subdirectories are real directories already; a named one may be a link.
    const dir = environment
      ? (await confine(root, `${LEDGER_DIR}/${env}`)).abs
      : path.join(base, env)
    let files: string[]
    try {
      // `<image>.current.json` is an alias environment's desired state, not an event.
      files = (await readdir(dir))
        .filter(f => f.endsWith('.json') && !f.endsWith('.current.json'))
        .sort()
    } catch {
      continue
    }
    for (const f of files) {
      const rel = `${LEDGER_DIR}/${env}/${f}`
      const abs = path.join(dir, f)
      const stat = await lstat(abs)
      if (!stat.isFile()) continue
      if (stat.size > MAX_EVENT_BYTES) {
        ledger.problems.push({ file: rel, message: `larger than ${MAX_EVENT_BYTES} bytes` })
        continue
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(await readFile(abs, 'utf8'))
      } catch (err) {
        ledger.problems.push({ file: rel, message: `not valid JSON${jsonErrorPlace(err)}` })
        continue
      }
      const problem = eventProblem(parsed)
      if (problem) {
        ledger.problems.push({ file: rel, message: problem })
        continue
      }
      const event = parsed as PromotionEvent
      if (event.environment !== env) {
        ledger.problems.push({
          file: rel,
          message: `records environment '${event.environment.slice(0, 60)}' but sits under '${env}'`
        })
        continue
      }
      ledger.events.push(event)
      if (ledger.events.length > MAX_EVENTS) break
    }
  }
  ledger.events.sort((a, b) => a.timestamp.localeCompare(b.timestamp) || a.id.localeCompare(b.id))
  return ledger
}

/**
 * Where JSON.parse stopped (` at position 7 (line 1 column 8)`), without the snippet of the
 * file that its message quotes: ledger files are untrusted, and their text is not echoed.
 */
function jsonErrorPlace(err: unknown): string {
  const place = /at position \d+(?: \(line \d+ column \d+\))?/.exec(String((err as Error)?.message))
  return place ? ` (${place[0]})` : ''
}
