import { describe, expect, it } from 'vitest';
import { actorNetwork } from './actor-network.js';
import { timeline } from './timeline.js';
import { toGraphML } from './to-graphml.js';
import { ev } from './testing/hand-made-event.js';

const EVENTS = [
  ev(3, '2024-06-19', 'RUS', 'PRK', 2, 8, { cameo: '057', location: 'Pyongyang' }),
  ev(1, '2023-09-13', 'PRK', 'RUS', 1, 7, { cameo: '046' }),
  ev(2, '2023', 'CHN', 'PRK', 1, 1.9, { cameo: '042', status: 'planned' }),
  ev(4, '2023-09-13', 'RUS', 'PRK', 1, 4, { cameo: '036' }),
  ev(5, '2024-01', 'PRK', null, 4, -7.2, { cameo: '150' }),
];

describe('timeline', () => {
  it('orders by date (a year before its days), then id, with every source', () => {
    const t = timeline(EVENTS, {});
    expect(t.items.map((e) => e.id)).toEqual([2, 1, 4, 5, 3]);
    expect(t.items[0]!.sources).toEqual([{ documentId: 102, fileName: 'doc2', quote: 'quote 2', span: { start: 2, end: 7 } }]);
  });

  it('filters by dyad, actor, window, CAMEO prefix and status, and pages after counting', () => {
    expect(timeline(EVENTS, { dyad: ['PRK', 'RUS'] }).items.map((e) => e.id)).toEqual([1, 4, 3]);
    expect(timeline(EVENTS, { actor: 'CHN' }).items.map((e) => e.id)).toEqual([2]);
    expect(timeline(EVENTS, { from: '2023-10', to: '2024-03' }).items.map((e) => e.id)).toEqual([2, 5]); // 2023 overlaps 2023-10
    expect(timeline(EVENTS, { cameo: '05' }).items.map((e) => e.id)).toEqual([3]);
    expect(timeline(EVENTS, { status: 'planned' }).items.map((e) => e.id)).toEqual([2]);
    const page = timeline(EVENTS, {}, { limit: 2, offset: 1 });
    expect([page.total, page.offset, page.items.map((e) => e.id)]).toEqual([5, 1, [1, 4]]);
  });
});

describe('actorNetwork', () => {
  it('folds events into one weighted edge per direction', () => {
    const net = actorNetwork(EVENTS, {}, new Map([['PRK', 'North Korea']]));
    // PRK: events 1, 2, 3, 4, 5; RUS: 1, 3, 4; CHN: 2.
    expect(net.nodes).toEqual([
      { code: 'CHN', name: 'CHN', eventCount: 1 },
      { code: 'PRK', name: 'North Korea', eventCount: 5 },
      { code: 'RUS', name: 'RUS', eventCount: 3 },
    ]);
    // RUS→PRK: events 4 (+4, 2023-09-13) and 3 (+8, 2024-06-19): mean 6, last 2024-06-19.
    expect(net.edges).toEqual([
      { source: 'CHN', target: 'PRK', count: 1, meanGoldstein: 1.9, lastContact: '2023', eventIds: [2] },
      { source: 'PRK', target: 'RUS', count: 1, meanGoldstein: 7, lastContact: '2023-09-13', eventIds: [1] },
      { source: 'RUS', target: 'PRK', count: 2, meanGoldstein: 6, lastContact: '2024-06-19', eventIds: [4, 3] },
    ]);
  });

  it('keeps to the window', () => {
    const net = actorNetwork(EVENTS, { from: '2024' });
    expect(net.edges.map((e) => [e.source, e.target, e.eventIds])).toEqual([['RUS', 'PRK', [3]]]);
    expect(net.nodes.map((n) => [n.code, n.eventCount])).toEqual([['PRK', 2], ['RUS', 1]]);
  });
});

/** Well-formedness without a parser: every tag closes in order and no bare `&` or `<` is left in text. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g)) {
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) stack.push(m[2]!);
  }
  const text = body.replace(/<[^>]*>/g, '');
  return stack.length === 0 && !/&(?!(amp|lt|gt|quot|apos);)/.test(text) && !/<|>/.test(text);
}

describe('toGraphML', () => {
  it('declares a key for every attribute and escapes names', () => {
    const xml = toGraphML(actorNetwork(EVENTS, {}, new Map([['PRK', 'Korea <DPRK> & "friends"']])));
    expect(wellFormed(xml)).toBe(true);
    for (const key of ['name', 'eventCount', 'count', 'meanGoldstein', 'lastContact', 'eventIds']) expect(xml).toContain(`<key id="${key}"`);
    expect(xml).toContain('<data key="name">Korea &lt;DPRK&gt; &amp; &quot;friends&quot;</data>');
    expect(xml).toContain('<edge id="e2" source="RUS" target="PRK"><data key="count">2</data><data key="meanGoldstein">6</data><data key="lastContact">2024-06-19</data><data key="eventIds">4 3</data></edge>');
    expect(wellFormed('<a><b></a></b>')).toBe(false);
  });
});
