import { PartialRunError, errorMessage } from '../errors.js'

/**
 * What a promotion has written so far. A failure after the first write is reported
 * with it (the tag is in the registry, the branch is pushed) and with what a re-run
 * does next, so the user knows the run can be resumed and what resuming does.
 */
export class Progress {
  private readonly done: string[] = []
  private next = 'finish the promotion'

  /** Records a step that wrote something; `next` is what a re-run does after it. */
  did(step: string, next: string): void {
    this.done.push(step)
    this.next = next
  }

  /** The error to throw for `err`: itself before the first write, else naming what is done. */
  failed(err: unknown): unknown {
    if (this.done.length === 0 || err instanceof PartialRunError) return err
    return new PartialRunError(errorMessage(err), [...this.done], this.next)
  }
}
