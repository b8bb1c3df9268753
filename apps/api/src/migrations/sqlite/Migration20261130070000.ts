import { Migration } from '@mikro-orm/migrations';

// Section 3.2's staffing table was stored with its two-level header flattened into one line ("Năm 2021 Cán bộ |
// Công chức | …"); the seed now writes the years over "Cán bộ | Công chức" as two header lines, the years spanning
// their two columns. A database seeded before gets the same text; a fresh one has nothing to change yet.
const FLAT =
  '| Năm 2021 Cán bộ | Công chức | Năm 2022 Cán bộ | Công chức | Năm 2023 Cán bộ | Công chức | Năm 2024 Cán bộ | Công chức | Năm 2025 Cán bộ | Công chức |';
const TWO_LEVEL =
  '| Năm 2021 || Năm 2022 || Năm 2023 || Năm 2024 || Năm 2025 ||\n| Cán bộ | Công chức | Cán bộ | Công chức | Cán bộ | Công chức | Cán bộ | Công chức | Cán bộ | Công chức |';

export class Migration20261130070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(this.replaceInBody(FLAT, TWO_LEVEL));
  }

  override async down(): Promise<void> {
    this.addSql(this.replaceInBody(TWO_LEVEL, FLAT));
  }

  private replaceInBody(from: string, to: string) {
    return this.getKnex().raw('update ?? set ?? = replace(??, ?, ?) where ?? = ?', ['section', 'body', 'body', from, to, 'key', 'II.3.2']);
  }
}
