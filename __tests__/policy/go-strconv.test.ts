import { describe, expect, it } from 'vitest'
import { parseGoFloat } from '../../src/policy/go-strconv.js'

describe('parseGoFloat (Go strconv.ParseFloat, bitSize 64)', () => {
  it.each([
    ['1700000000', 1700000000],
    ['-62', -62],
    ['+1.5', 1.5],
    ['.5', 0.5],
    ['5.', 5],
    ['007', 7],
    ['1e3', 1000],
    ['1E-2', 0.01],
    ['1_000', 1000],
    ['1_23.50_0_0e+1_2', 1.235e14],
    ['0x1p-2', 0.25],
    ['0X1.8P1', 3],
    ['0x_1p0', 1],
    ['inf', Infinity],
    ['-Infinity', -Infinity],
    ['+INF', Infinity],
    ['1e-400', 0],
    ['0x1p-1074', 5e-324],
    ['0x1.fffffffffffffp1023', Number.MAX_VALUE]
  ])('%j -> %d', (input, value) => {
    expect(parseGoFloat(input)).toEqual({ ok: true, value })
  })

  it('parses NaN in any case, but not signed', () => {
    for (const s of ['nan', 'NaN', 'NAN']) {
      const r = parseGoFloat(s)
      expect(r.ok && Number.isNaN(r.value)).toBe(true)
    }
    expect(parseGoFloat('+nan')).toEqual({ ok: false, error: 'invalid syntax' })
  })

  it('rounds hexadecimal mantissas to nearest, ties to even', () => {
    // 2^53 + 1 is halfway between 2^53 and 2^53 + 2: ties to the even mantissa 2^53.
    expect(parseGoFloat('0x20000000000001p0')).toEqual({ ok: true, value: 2 ** 53 })
    expect(parseGoFloat('0x20000000000003p0')).toEqual({ ok: true, value: 2 ** 53 + 4 })
  })

  it.each([
    '',
    'abc',
    'latest',
    '1a',
    '1.2.3',
    '1e',
    '1e+',
    '0x1',
    '0x',
    '0b101',
    '0o17',
    '_1',
    '1_',
    '1__0',
    '1_.5',
    ' 1',
    '1 ',
    'infinit',
    'infx',
    '..1',
    'e5'
  ])('rejects %j as invalid syntax', input => {
    expect(parseGoFloat(input)).toEqual({ ok: false, error: 'invalid syntax' })
  })

  // The last one is halfway past the largest float64 and rounds (to even) up to 2^1024.
  it.each(['1e400', '-1e309', '1.8e308', '0x1p1024', '0x1.fffffffffffff8p1023'])(
    'rejects %j as out of range',
    input => {
      expect(parseGoFloat(input)).toEqual({ ok: false, error: 'value out of range' })
    }
  )
})
