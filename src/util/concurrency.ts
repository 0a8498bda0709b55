/**
 * Maps `items` through `fn` with at most `limit` calls in flight, keeping order.
 * Every item settles: one failure does not stop the others, so each image's
 * result can be reported on its own.
 */
export async function mapSettled<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array<PromiseSettledResult<R>>(items.length)
  let next = 0
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++
      try {
        results[index] = { status: 'fulfilled', value: await fn(items[index], index) }
      } catch (reason) {
        results[index] = { status: 'rejected', reason }
      }
    }
  }
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, () => worker())
  )
  return results
}

/**
 * The values of `results` in order, or the first failure in item order, so which error a run
 * reports does not depend on which item happened to finish first.
 */
export function settledOrThrow<R>(results: readonly PromiseSettledResult<R>[]): R[] {
  const failed = results.find(r => r.status === 'rejected')
  if (failed) throw failed.reason
  return results.map(r => (r as PromiseFulfilledResult<R>).value)
}
