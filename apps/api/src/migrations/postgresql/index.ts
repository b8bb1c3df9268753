import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127025206 } from './Migration20261127025206.js';

export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261127025206', class: Migration20261127025206 },
];
