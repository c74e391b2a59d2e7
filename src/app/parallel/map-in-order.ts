/** How one task ended: its value, or what it threw. */
export type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/**
 * Runs `run` over `items`, up to `limit` at once, and yields the results in
 * INPUT order as the consumer asks for them. A task is started only when
 * there is room: at most `limit` tasks are started and not yet consumed, so a
 * slow consumer (the writer) holds the producers back and memory stays
 * bounded however many items there are. Breaking out early leaves started
 * tasks to finish on their own; their failures are caught, never unhandled.
 *
 * Input order, not completion order, because the store's result depends on
 * the order documents are written (an event stated by several documents
 * keeps the first one's names), and ingest must store the same thing with
 * any number of workers.
 */
export async function* mapInOrder<I, T>(
  items: readonly I[],
  limit: number,
  run: (item: I) => Promise<T>,
): AsyncGenerator<{ readonly item: I; readonly result: Settled<T> }> {
  const started: Promise<Settled<T>>[] = [];
  let next = 0;
  const launch = (): void => {
    const item = items[next++]!;
    started.push(
      Promise.resolve()
        .then(() => run(item))
        .then(
          (value): Settled<T> => ({ ok: true, value }),
          (error: unknown): Settled<T> => ({ ok: false, error }),
        ),
    );
  };
  const cap = Math.max(1, Math.floor(limit));
  while (next < items.length && started.length < cap) launch();
  for (let i = 0; i < items.length; i++) {
    const result = await started.shift()!;
    yield { item: items[i]!, result };
    if (next < items.length) launch();
  }
}
