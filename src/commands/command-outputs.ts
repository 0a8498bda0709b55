/**
 * The outputs each command sets, for the README's output table. The sub-actions' lists are the
 * everyday commands'; the tools only ship in the top-level action.
 *
 * @module
 */

import { SUB_ACTIONS } from './sub-actions.js'

/** Outputs of the commands that ship only in the top-level action (the keys their results set). */
const TOOL_OUTPUTS: Readonly<Record<string, readonly string[]>> = {
  ref: ['image-ref', 'tag', 'digest'],
  retag: ['digest', 'image-ref', 'target-tag', 'changed'],
  'select-tag': ['tag'],
  'set-image': ['changed'],
  'set-values': ['changed'],
  'set-markers': ['changed', 'files'],
  init: ['changed', 'files']
}

/** The outputs command `name` can set; `undefined` for a command this table does not know. */
export function commandOutputs(name: string): readonly string[] | undefined {
  return SUB_ACTIONS[name] ?? TOOL_OUTPUTS[name]
}
