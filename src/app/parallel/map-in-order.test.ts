import { describe, expect, it } from 'vitest';
import { mapInOrder } from './map-in-order.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mapInOrder', () => {
  it('runs tasks at once but yields in input order, failures included', async () => {
    const delays = [30, 5, 15];
    const finished: number[] = [];
    const seen: string[] = [];
    for await (const { item, result } of mapInOrder([0, 1, 2], 3, async (i) => {
      await sleep(delays[i]!);
      finished.push(i);
      if (i === 2) throw new Error('boom');
      return i * 10;
    })) {
      seen.push(result.ok ? `${item}=${String(result.value)}` : `${item}!${(result.error as Error).message}`);
    }
    expect(finished).toEqual([1, 2, 0]); // they did run concurrently
    expect(seen).toEqual(['0=0', '1=10', '2!boom']);
  });

  it('never has more than `limit` tasks started and not consumed', async () => {
    let live = 0;
    let peak = 0;
    let count = 0;
    const items = Array.from({ length: 20 }, (_, i) => i);
    for await (const { item, result } of mapInOrder(items, 3, async (i) => {
      live++;
      peak = Math.max(peak, live);
      await sleep((i * 7) % 5);
      return i;
    })) {
      expect(result).toEqual({ ok: true, value: item });
      await sleep(2); // a slow consumer (the writer)
      live--;
      count++;
    }
    expect(count).toBe(20);
    expect(peak).toBe(3);
  });

  it('with limit 1 runs one task at a time', async () => {
    let live = 0;
    let peak = 0;
    for await (const _ of mapInOrder([3, 1, 2], 1, async (i) => {
      live++;
      peak = Math.max(peak, live);
      await sleep(i);
      live--;
      return i;
    })) void _;
    expect(peak).toBe(1);
  });

  it('yields nothing for no items', async () => {
    const out: unknown[] = [];
    for await (const x of mapInOrder([], 4, async () => 1)) out.push(x);
    expect(out).toEqual([]);
  });
});
