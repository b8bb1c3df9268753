import type { Locator, Page } from '@playwright/test';

export interface ValueRow {
  period: string;
  value: string;
  raw: string;
}

export class IndicatorPage {
  readonly root: Locator;
  readonly heading: Locator;
  readonly valuesTable: Locator;
  readonly yoyTable: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('article.indicator-page');
    this.heading = this.root.locator('h1');
    this.valuesTable = this.root.locator('section[aria-labelledby="values-title"] table');
    this.yoyTable = this.root.locator('section[aria-labelledby="yoy-title"] table');
  }

  async goto(code: string, orgUnitCode = 'binh-thanh'): Promise<void> {
    await this.page.goto(`/units/${orgUnitCode}/indicators/${encodeURIComponent(code)}`);
    await this.heading.waitFor();
  }

  /** The "values and sources" table: period label, value as formatted, text as written in the report. */
  async valueRows(): Promise<ValueRow[]> {
    await this.valuesTable.locator('tbody tr').first().waitFor();
    return this.valuesTable.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        period: row.querySelector('th')?.textContent?.trim() ?? '',
        value: row.querySelector('td:nth-of-type(1)')?.textContent?.replace(/\u00a0/g, ' ').trim() ?? '',
        raw: row.querySelector('td:nth-of-type(2) code')?.textContent?.trim() ?? '',
      })),
    );
  }
}
