import type { Locator, Page } from '@playwright/test';

export const yearEntryPath = (org: string, year: number) => `/units/${org}/data/${year}`;

/** A commune's figures of one year (PHỤ LỤC I) with its submission panel. */
export class YearEntryPage {
  readonly status: Locator;
  readonly liveFindings: Locator;
  readonly saveDraft: Locator;
  readonly panel: Locator;
  readonly comment: Locator;
  readonly auditLog: Locator;

  constructor(readonly page: Page) {
    this.status = page.locator('h1').getByTestId('submission-status');
    this.liveFindings = page.getByTestId('live-findings');
    this.saveDraft = page.getByRole('button', { name: /^(Lưu nháp|Save draft)$/ });
    this.panel = page.getByTestId('submission-panel');
    this.comment = this.panel.locator('#submission-comment');
    this.auditLog = page.getByTestId('audit-log');
  }

  async goto(org: string, year: number): Promise<void> {
    await this.page.goto(yearEntryPath(org, year));
    await this.page.locator('table.entry-table').waitFor();
  }

  /** The value cell of a template row, by its code ("3.2.1.a"). */
  cell(code: string): Locator {
    return this.page.locator(`tr[data-code="${code}"]`).locator('input, select');
  }

  row(code: string): Locator {
    return this.page.locator(`tr[data-code="${code}"]`);
  }

  button(name: RegExp): Locator {
    return this.panel.getByRole('button', { name });
  }
}
