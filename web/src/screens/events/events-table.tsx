import { createColumnHelper, flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { StoredEvent } from '../../api/types.js';
import { QuadBadge, ReviewBadge, StatusLabel } from '../../components/labels.js';
import { useI18n } from '../../i18n/i18n.js';

const col = createColumnHelper<StoredEvent>();
const ROW_HEIGHT = 34;

/** A sortable table whose rows are virtualised: only the visible rows are in the DOM. */
export function EventsTable({ events, selected, onSelect }: { readonly events: readonly StoredEvent[]; readonly selected: number | null; readonly onSelect: (id: number) => void }) {
  const { t, date, num, lang } = useI18n();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'date', desc: false }]);
  const columns = useMemo(
    () => [
      col.accessor('id', { header: '#', size: 56 }),
      col.accessor('date', { header: t('events.col.date'), size: 130, cell: (c) => date(c.getValue()) }),
      col.accessor('source', { header: t('events.col.source'), size: 70 }),
      col.accessor((e) => e.target ?? '', { id: 'target', header: t('events.col.target'), size: 70 }),
      col.accessor('cameo', { header: t('events.col.cameo'), size: 76 }),
      col.accessor('quadClass', { header: t('events.col.quad'), size: 40, cell: (c) => <QuadBadge quad={c.getValue()} /> }),
      col.accessor('goldstein', { header: t('events.col.goldstein'), size: 56, cell: (c) => num(c.getValue()) }),
      col.accessor('status', { header: t('events.col.status'), size: 70, cell: (c) => <StatusLabel status={c.getValue()} /> }),
      col.accessor('reviewState', { header: t('events.col.review'), size: 84, cell: (c) => <ReviewBadge state={c.getValue()} /> }),
      col.accessor((e) => e.sources[0]?.quote ?? '', { id: 'quote', header: t('events.col.quote'), size: 420, enableSorting: false }),
    ],
    [lang],
  );
  const table = useReactTable({
    data: events as StoredEvent[],
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (e) => String(e.id),
  });
  const rows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const template = table.getVisibleLeafColumns().map((c) => (c.id === 'quote' ? 'minmax(200px, 1fr)' : `${c.getSize()}px`)).join(' ');
  const gridStyle = { gridTemplateColumns: template };
  return (
    <div className="vtable" role="grid" aria-rowcount={rows.length} data-testid="events-table">
      <div className="vtable-head" role="row" style={gridStyle}>
        {table.getFlatHeaders().map((h) => (
          <div key={h.id} role="columnheader" className={h.column.getCanSort() ? 'sortable' : ''} onClick={h.column.getToggleSortingHandler()}>
            {flexRender(h.column.columnDef.header, h.getContext())}
            {{ asc: ' ▲', desc: ' ▼' }[h.column.getIsSorted() as string] ?? ''}
          </div>
        ))}
      </div>
      <div className="vtable-body" ref={scroller}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const row = rows[v.index]!;
            return (
              <div
                key={row.id}
                role="row"
                data-event-id={row.original.id}
                className={`vtable-row${row.original.id === selected ? ' selected' : ''}${row.original.reviewState === 'rejected' ? ' rejected' : ''}`}
                style={{ ...gridStyle, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
                onClick={() => onSelect(row.original.id)}
              >
                {row.getVisibleCells().map((c) => (
                  <div key={c.id} role="gridcell" className={`cell-${c.column.id}`}>
                    {flexRender(c.column.columnDef.cell, c.getContext())}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
