/**
 * Label positions that do not overlap: the heaviest places first, each tried right-above, right-below, left-above,
 * left-below of its point; a label that fits nowhere is left out (the point keeps its tooltip). Pure.
 */
export function placeLabels(items: readonly { key: string; xy: readonly [number, number]; text: string; weight: number }[]): Map<string, [number, number, 'start' | 'end']> {
  const boxes: [number, number, number, number][] = [];
  const out = new Map<string, [number, number, 'start' | 'end']>();
  const overlaps = (b: [number, number, number, number]) => boxes.some((o) => b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]);
  for (const it of [...items].sort((a, b) => b.weight - a.weight)) {
    const w = [...it.text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 12 : 7), 0);
    const [x, y] = it.xy;
    for (const [dx, dy, anchor] of [[7, -7, 'start'], [7, 15, 'start'], [-7, -7, 'end'], [-7, 15, 'end']] as const) {
      const x0 = anchor === 'start' ? x + dx : x + dx - w;
      const box: [number, number, number, number] = [x0, y + dy - 12, x0 + w, y + dy + 2];
      if (!overlaps(box)) {
        boxes.push(box);
        out.set(it.key, [x + dx, y + dy, anchor]);
        break;
      }
    }
  }
  return out;
}
