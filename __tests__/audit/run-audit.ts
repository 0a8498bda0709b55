import type { WalkLimits } from '../../src/audit/walk.js'
import { auditCommand, type AuditOptions } from '../../src/commands/audit.js'
import type { CommandResult, RunContext } from '../../src/commands/types.js'
import type { InputSource } from '../../src/inputs.js'
import { recordingLogger, type RecordingLogger } from '../harness/test-logger.js'

/** Inputs as the action would pass them: unset and empty values read as `undefined`. */
export function inputs(values: Record<string, string>): InputSource {
  return {
    get(name) {
      const value = values[name]?.trim()
      return value ? value : undefined
    }
  }
}

/** A run context rooted at `workspace` whose logger records every line. */
export function context(workspace: string): RunContext & { logger: RecordingLogger } {
  return { logger: recordingLogger(), env: {}, workspace, now: () => new Date(0) }
}

/** Parses `values` as the audit command's inputs against `workspace`. */
export function parseAudit(workspace: string, values: Record<string, string> = {}): AuditOptions {
  return auditCommand.parse(inputs(values), context(workspace))
}

/** Parses and runs the audit command in-process, as either shell would. */
export async function runAudit(
  workspace: string,
  values: Record<string, string> = {},
  limits?: WalkLimits
): Promise<{ result: CommandResult; logger: RecordingLogger }> {
  const ctx = context(workspace)
  const options = auditCommand.parse(inputs(values), ctx)
  const result = await auditCommand.run(limits ? { ...options, limits } : options, ctx)
  return { result, logger: ctx.logger }
}
