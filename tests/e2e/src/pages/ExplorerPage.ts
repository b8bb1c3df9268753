import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class ExplorerPage {
  readonly tools: Locator;
  readonly editor: Locator;
  readonly downloadButton: Locator;
  readonly xlsxButton: Locator;
  readonly docsButton: Locator;
  readonly nameField: Locator;

  constructor(readonly page: Page) {
    this.tools = page.locator('.explorer-tools');
    this.editor = page.locator('.graphiql-wrap');
    this.downloadButton = this.editor.getByRole('button', { name: /^(Tải CSV|Download CSV)$/ });
    this.xlsxButton = this.editor.getByRole('button', { name: /^(Tải Excel \(XLSX\)|Download Excel \(XLSX\))$/ });
    this.docsButton = this.editor.getByRole('button', { name: /^(Tài liệu lược đồ|Schema docs)$/ });
    this.nameField = this.tools.getByLabel(/^(Tên truy vấn|Query name)$/);
  }

  async goto(): Promise<void> {
    await this.page.goto('/explorer');
    await this.waitForEditor();
  }

  async waitForEditor(): Promise<void> {
    // GraphiQL (Monaco, ~3.6 MB of script) is loaded on demand; the run button appears once it is ready. With a trace
    // recording every resource on a loaded two-core machine that has been measured at 32 s.
    await this.runButton.waitFor({ timeout: 60_000 });
  }

  get runButton(): Locator {
    return this.editor.getByRole('button', { name: /execute query|run/i }).first();
  }

  savedQuery(name: string): Locator {
    return this.tools.locator('li.saved-query').filter({ hasText: name }).locator('button.saved-query-open');
  }

  async openSaved(name: string): Promise<void> {
    await this.savedQuery(name).click();
    await this.waitForEditor();
  }

  async openExample(title: RegExp): Promise<void> {
    await this.tools.getByRole('button', { name: title }).click();
    await this.waitForEditor();
  }

  /**
   * Runs the open query until its result arrives (the CSV button enables). Monaco wires the run action shortly after a
   * tab opens; on a loaded machine the first click can land before that and do nothing, so the (read-only) query is
   * run again until a result shows.
   */
  async run(): Promise<void> {
    await expect(async () => {
      await this.runButton.click();
      await expect(this.downloadButton).toBeEnabled({ timeout: 3_000 });
    }).toPass({ timeout: 60_000 });
  }

  async downloadCsv(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadButton.click()]);
    return download;
  }

  async downloadXlsx(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 30_000 }), this.xlsxButton.click()]);
    return download;
  }
}
