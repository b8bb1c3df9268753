import type { Download, Locator, Page } from '@playwright/test';

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

  async run(): Promise<void> {
    await this.runButton.click();
  }

  async downloadCsv(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadButton.click()]);
    return download;
  }
}
