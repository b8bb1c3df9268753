import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class ExplorerPage {
  readonly side: Locator;
  readonly editor: Locator;
  readonly downloadButton: Locator;

  constructor(readonly page: Page) {
    this.side = page.locator('aside.explorer-side');
    this.editor = page.locator('.graphiql-wrap');
    this.downloadButton = this.side.getByRole('button', { name: /^(Tải CSV|Download CSV)$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/explorer');
    await this.waitForEditor();
  }

  async waitForEditor(): Promise<void> {
    // GraphiQL (Monaco) is loaded on demand; the run button appears once it is ready.
    await this.runButton.waitFor({ timeout: 30_000 });
  }

  get runButton(): Locator {
    return this.editor.getByRole('button', { name: /execute query|run/i }).first();
  }

  savedQuery(name: string): Locator {
    return this.side.locator('li.saved-query').filter({ hasText: name }).locator('button.link-button');
  }

  async openSaved(name: string): Promise<void> {
    await this.savedQuery(name).click();
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
    }).toPass({ timeout: 30_000 });
  }

  async downloadCsv(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadButton.click()]);
    return download;
  }
}
