// When a cheap operation may skip the worker pool: only while nothing else executes, and not for
// a while after one that ran on the HTTP thread took long.
import { describe, expect, it } from 'vitest';
import { INLINE_GATE, InlineGate } from '../../src/execution/inline-gate.js';

describe('the inline gate', () => {
  it('admits a cheap, priced operation when nothing executes', () => {
    const gate = new InlineGate();
    expect(gate.admits(2_950, 0)).toBe(true);
    expect(gate.admits(INLINE_GATE.maxCost + 1, 0)).toBe(false);
    expect(gate.admits(undefined, 0)).toBe(false);
  });

  it('sends everything to the pool while another operation executes, wherever it runs', async () => {
    const gate = new InlineGate();
    let finish!: () => void;
    const running = gate.track(new Promise<void>((resolve) => (finish = resolve)));
    expect(gate.admits(10, 0)).toBe(false);
    finish();
    await running;
    expect(gate.admits(10, 0)).toBe(true);
  });

  it('counts a failed operation as finished too', async () => {
    const gate = new InlineGate();
    await gate.track(Promise.reject(new Error('boom'))).catch(() => undefined);
    expect(gate.admits(10, 0)).toBe(true);
  });

  it('sends everything to the pool while another request is in flight at the HTTP layer', () => {
    const gate = new InlineGate();
    gate.load(1);
    expect(gate.admits(10, 0)).toBe(true);
    gate.load(2);
    expect(gate.admits(10, 0)).toBe(false);
  });

  it('closes for the cool-off after an inline operation took longer than slowMs', () => {
    const gate = new InlineGate({ maxCost: 5_000, slowMs: 25, coolOffMs: 60_000 });
    gate.ranInline(25, 1_000);
    expect(gate.admits(10, 1_000)).toBe(true);
    gate.ranInline(26, 1_000);
    expect(gate.admits(10, 1_001)).toBe(false);
    expect(gate.admits(10, 60_999)).toBe(false);
    expect(gate.admits(10, 61_000)).toBe(true);
  });
});
