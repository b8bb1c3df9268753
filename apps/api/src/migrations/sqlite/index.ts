import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127025205 } from './Migration20261127025205.js';

export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261127025205', class: Migration20261127025205 },
];
