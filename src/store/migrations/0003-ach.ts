import { sql, type Kysely } from 'kysely';

/**
 * Tables of Analyses of Competing Hypotheses (see ach/ach-schema.ts).
 * Evidence may point at a stored event or a document span; those links are
 * set to null when the event or document goes (re-extraction replaces events).
 */
const oneOf = (column: string, values: readonly string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ach_analyses')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('question', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ach_hypotheses')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('analysis_id', 'integer', (c) => c.notNull().references('ach_analyses.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addUniqueConstraint('ach_hypotheses_label', ['analysis_id', 'label'])
    .execute();

  await db.schema
    .createTable('ach_evidence')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('analysis_id', 'integer', (c) => c.notNull().references('ach_analyses.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('credibility', 'text', (c) => c.notNull().defaultTo('medium'))
    .addColumn('relevance', 'text', (c) => c.notNull().defaultTo('medium'))
    .addColumn('event_id', 'integer', (c) => c.references('events.id').onDelete('set null'))
    .addColumn('document_id', 'integer', (c) => c.references('documents.id').onDelete('set null'))
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .addCheckConstraint('ach_evidence_credibility', oneOf('credibility', ['low', 'medium', 'high']))
    .addCheckConstraint('ach_evidence_relevance', oneOf('relevance', ['low', 'medium', 'high']))
    .addCheckConstraint('ach_evidence_span', sql`span_start is null or span_end is null or span_start <= span_end`)
    .execute();
  await db.schema.createIndex('ach_evidence_analysis').on('ach_evidence').column('analysis_id').execute();
  await db.schema.createIndex('ach_hypotheses_analysis').on('ach_hypotheses').column('analysis_id').execute();

  await db.schema
    .createTable('ach_ratings')
    .addColumn('hypothesis_id', 'integer', (c) => c.notNull().references('ach_hypotheses.id').onDelete('cascade'))
    .addColumn('evidence_id', 'integer', (c) => c.notNull().references('ach_evidence.id').onDelete('cascade'))
    .addColumn('rating', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ach_ratings_pk', ['hypothesis_id', 'evidence_id'])
    .addCheckConstraint('ach_ratings_rating', oneOf('rating', ['CC', 'C', 'N', 'I', 'II']))
    .execute();
  await db.schema.createIndex('ach_ratings_evidence').on('ach_ratings').column('evidence_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['ach_ratings', 'ach_evidence', 'ach_hypotheses', 'ach_analyses']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
