import type { Logger } from '../../src/logger.js'

/** A {@link Logger} that records every line and every secret it was told to mask. */
export interface RecordingLogger extends Logger {
  lines: string[]
  secrets: string[]
}

/** Records lines as written (unmasked), so a test can prove no secret was ever logged. */
export function recordingLogger(): RecordingLogger {
  const lines: string[] = []
  const secrets: string[] = []
  return {
    lines,
    secrets,
    info: m => void lines.push(m),
    warning: m => void lines.push(`warning: ${m}`),
    debug: m => void lines.push(`debug: ${m}`),
    group: async (name, fn) => {
      lines.push(`group: ${name}`)
      return fn()
    },
    setSecret: s => void secrets.push(s)
  }
}
