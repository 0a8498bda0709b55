import { describe, expect, it } from 'vitest'
import { parseDuration } from '../../src/util/duration.js'
import { waitFor, type Reconciliation, type WaitClock } from '../../src/status/wait.js'

/** A clock whose sleep advances time at once, recording each pause. */
function fakeClock(): WaitClock & { pauses: number[]; at: number } {
  const clock = {
    at: 0,
    pauses: [] as number[],
    now: () => clock.at,
    sleep: (ms: number) => {
      clock.pauses.push(ms)
      clock.at += ms
      return Promise.resolve()
    }
  }
  return clock
}

/** A check that answers `pending` until poll `n`, then `final`. */
function reportsOnPoll(n: number, final: Reconciliation['state']) {
  let polls = 0
  return () =>
    Promise.resolve<Reconciliation>(
      ++polls >= n
        ? { state: final, source: 'commit status kustomization/flux-system/apps' }
        : { state: 'pending', source: 'no Flux or deployment status' }
    )
}

describe('waitFor', () => {
  it('polls at once, then backs off 2 s, 4 s, 8 s until the status arrives', async () => {
    const clock = fakeClock()
    const result = await waitFor(reportsOnPoll(4, 'success'), 600_000, clock)
    expect(result).toMatchObject({ outcome: 'success', polls: 4 })
    expect(clock.pauses).toEqual([2_000, 4_000, 8_000])
  })

  it('stops at the first failure report', async () => {
    const clock = fakeClock()
    const result = await waitFor(reportsOnPoll(2, 'failure'), 600_000, clock)
    expect(result).toMatchObject({ outcome: 'failure', polls: 2 })
    expect(result.last.source).toBe('commit status kustomization/flux-system/apps')
  })

  it('caps the pause at 30 s and checks once more at the deadline before timing out', async () => {
    const clock = fakeClock()
    const result = await waitFor(reportsOnPoll(Infinity, 'success'), 100_000, clock)
    expect(result.outcome).toBe('timeout')
    // 2+4+8+16+30+30 = 90 s, then the 10 s left, then the last check at the deadline.
    expect(clock.pauses).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 10_000])
    expect(clock.at).toBe(100_000)
    expect(result.polls).toBe(8)
  })

  it('checks exactly once with no time to wait', async () => {
    const clock = fakeClock()
    const result = await waitFor(reportsOnPoll(Infinity, 'success'), 0, clock)
    expect(result).toMatchObject({ outcome: 'timeout', polls: 1 })
    expect(clock.pauses).toEqual([])
  })
})

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['10m', 600_000],
    ['1h30m', 5_400_000],
    ['0s', 0]
  ])('reads %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it.each(['', '10', 'ten minutes', '-5s', '1.5m'])('refuses %j', text => {
    expect(parseDuration(text)).toBeUndefined()
  })
})
