export type MigrationDialect = 'sqlite' | 'postgres';
