import { sql, type Kysely } from 'kysely';

/**
 * The initial schema (see schema.ts for what each column means).
 * Uses only the portable schema builder; the full-text index is dialect
 * specific and created by 0002-text-index.
 * Note for PostgreSQL: `offsets` will need `bytea` instead of `blob`.
 */

const oneOf = (column: string, values: readonly string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('source_path', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('author', 'text')
    .addColumn('publisher', 'text')
    .addColumn('published_date', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('original_text', 'text', (c) => c.notNull())
    .addColumn('normalised_text', 'text', (c) => c.notNull())
    .addColumn('offsets', 'blob', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('extractor_version', 'text', (c) => c.notNull())
    .addCheckConstraint('documents_language', oneOf('language', ['ja', 'en']))
    .addCheckConstraint('documents_format', oneOf('format', ['txt', 'md', 'html', 'pdf']))
    .execute();
  await db.schema.createIndex('documents_file_name').on('documents').column('file_name').execute();

  await db.schema
    .createTable('citations')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('marker', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('access_date', 'text')
    .addColumn('publisher', 'text')
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addCheckConstraint('citations_span', sql`span_start <= span_end`)
    .execute();
  await db.schema.createIndex('citations_document').on('citations').column('document_id').execute();

  await db.schema
    .createTable('actors')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ja', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('actor_aliases')
    .addColumn('actor_code', 'text', (c) => c.notNull().references('actors.code').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('actor_aliases_pk', ['actor_code', 'alias'])
    .execute();
  await db.schema.createIndex('actor_aliases_alias').on('actor_aliases').column('alias').execute();

  await db.schema
    .createTable('mentions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('actor_code', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('surface', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addCheckConstraint('mentions_span', sql`span_start <= span_end`)
    .execute();
  await db.schema.createIndex('mentions_document').on('mentions').column('document_id').execute();
  await db.schema.createIndex('mentions_actor').on('mentions').column('actor_code').execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('date_end', 'text')
    .addColumn('precision', 'text', (c) => c.notNull())
    .addColumn('cameo', 'text', (c) => c.notNull())
    .addColumn('quad_class', 'integer', (c) => c.notNull())
    .addColumn('goldstein', 'real', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('target', 'text')
    .addColumn('source_name', 'text')
    .addColumn('target_name', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('review_state', 'text', (c) => c.notNull().defaultTo('unreviewed'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('dedup_key', 'text', (c) => c.notNull())
    .addCheckConstraint('events_precision', oneOf('precision', ['year', 'month', 'day']))
    .addCheckConstraint('events_status', oneOf('status', ['occurred', 'planned', 'cancelled', 'alleged']))
    .addCheckConstraint(
      'events_review_state',
      oneOf('review_state', ['unreviewed', 'confirmed', 'corrected', 'rejected']),
    )
    .addCheckConstraint('events_quad_class', sql`quad_class between 1 and 4`)
    .execute();
  await db.schema.createIndex('events_date').on('events').column('date').execute();
  await db.schema.createIndex('events_dyad').on('events').columns(['source', 'target']).execute();
  await db.schema.createIndex('events_target').on('events').column('target').execute();
  await db.schema.createIndex('events_cameo').on('events').column('cameo').execute();
  await db.schema.createIndex('events_dedup_key').on('events').column('dedup_key').execute();

  await db.schema
    .createTable('event_sources')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('extractor_version', 'text', (c) => c.notNull())
    .addCheckConstraint('event_sources_span', sql`span_start <= span_end`)
    .execute();
  await db.schema.createIndex('event_sources_event').on('event_sources').column('event_id').execute();
  await db.schema
    .createIndex('event_sources_document')
    .on('event_sources')
    .columns(['document_id', 'span_start'])
    .execute();

  await db.schema
    .createTable('claims')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('low', 'real', (c) => c.notNull())
    .addColumn('high', 'real')
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('claimant', 'text')
    .addColumn('claimant_name', 'text')
    .addColumn('date', 'text')
    .addColumn('period', 'text')
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('extractor_version', 'text', (c) => c.notNull())
    .addCheckConstraint('claims_span', sql`span_start <= span_end`)
    .execute();
  await db.schema
    .createIndex('claims_document')
    .on('claims')
    .columns(['document_id', 'span_start'])
    .execute();
  await db.schema.createIndex('claims_date').on('claims').column('date').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_entity')
    .on('audit_log')
    .columns(['entity', 'entity_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_log',
    'claims',
    'event_sources',
    'events',
    'mentions',
    'actor_aliases',
    'actors',
    'citations',
    'documents',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
