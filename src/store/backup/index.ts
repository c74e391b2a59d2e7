/** Backups (SQLite online backup), restore, and portable JSON Lines dumps of a Sokan store. */
export { backupDatabase, type BackupOptions, type BackupProgress } from './backup-database.js';
export { checkDatabaseFile, type DatabaseFileReport } from './check-database-file.js';
export { dataTables, type DataTable } from './data-tables.js';
export { dumpDatabase } from './dump-database.js';
export { copyStore, type CopySummary } from './copy-store.js';
export { loadDump } from './load-dump.js';
export { restoreDatabase, type RestoreOptions } from './restore-database.js';
