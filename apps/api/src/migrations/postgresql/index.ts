import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127025206 } from './Migration20261127025206.js';
import { Migration20261127040000 } from './Migration20261127040000.js';
import { Migration20261129230000 } from './Migration20261129230000.js';
import { Migration20261129235000 } from './Migration20261129235000.js';
import { Migration20261130020000 } from './Migration20261130020000.js';
import { Migration20261130030000 } from './Migration20261130030000.js';
import { Migration20261130050000 } from './Migration20261130050000.js';
import { Migration20261130060000 } from './Migration20261130060000.js';
import { Migration20261130070000 } from './Migration20261130070000.js';
import { Migration20261130110000 } from './Migration20261130110000.js';
import { Migration20261130120000 } from './Migration20261130120000.js';

export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261127025206', class: Migration20261127025206 },
  { name: 'Migration20261127040000', class: Migration20261127040000 },
  { name: 'Migration20261129230000', class: Migration20261129230000 },
  { name: 'Migration20261129235000', class: Migration20261129235000 },
  { name: 'Migration20261130020000', class: Migration20261130020000 },
  { name: 'Migration20261130030000', class: Migration20261130030000 },
  { name: 'Migration20261130050000', class: Migration20261130050000 },
  { name: 'Migration20261130060000', class: Migration20261130060000 },
  { name: 'Migration20261130070000', class: Migration20261130070000 },
  { name: 'Migration20261130110000', class: Migration20261130110000 },
  { name: 'Migration20261130120000', class: Migration20261130120000 },
];
