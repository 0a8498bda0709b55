import { GateError } from '../errors.js'
import { echo } from '../util/text.js'

/** Tags that name "whatever was pushed last": never a source or a target of a promotion. */
export const FLOATING_TAGS = new Set(['latest'])

/**
 * Refuses a floating tag (`latest`) as the source or target of a promotion, since
 * it names no fixed digest. `aliases` lists floating aliases the configuration
 * allows to move (each move is recorded).
 */
export function refuseFloating(
  tag: string | undefined,
  role: 'source' | 'target',
  aliases: string[] = []
): void {
  if (tag === undefined || !FLOATING_TAGS.has(tag) || aliases.includes(tag)) return
  throw new GateError(
    'tag-policy',
    `${echo(tag)} is a floating tag and cannot be a promotion ${role}`,
    role === 'source'
      ? 'name the source by digest or by its immutable environment tag'
      : 'promote to an immutable environment tag (tag-template)'
  )
}
