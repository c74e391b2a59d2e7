/** Minimal SVG axes over d3 scales (ticks and labels only; d3-scale computes them). */

export function BottomAxis({ ticks, y, x0, x1 }: { readonly ticks: readonly { readonly x: number; readonly label: string }[]; readonly y: number; readonly x0: number; readonly x1: number }) {
  return (
    <g className="axis" aria-hidden="true">
      <line x1={x0} x2={x1} y1={y} y2={y} />
      {ticks.map((t, i) => (
        <g key={i} transform={`translate(${t.x},${y})`}>
          <line y2={5} />
          <text y={17} textAnchor="middle">{t.label}</text>
        </g>
      ))}
    </g>
  );
}

export function LeftAxis({ ticks, x, y0, y1, grid }: { readonly ticks: readonly { readonly y: number; readonly label: string }[]; readonly x: number; readonly y0: number; readonly y1: number; readonly grid?: number }) {
  return (
    <g className="axis" aria-hidden="true">
      <line x1={x} x2={x} y1={y0} y2={y1} />
      {ticks.map((t, i) => (
        <g key={i} transform={`translate(${x},${t.y})`}>
          <line x2={-5} />
          {grid !== undefined && <line className="grid-line" x2={grid} />}
          <text x={-8} dy="0.32em" textAnchor="end">{t.label}</text>
        </g>
      ))}
    </g>
  );
}
