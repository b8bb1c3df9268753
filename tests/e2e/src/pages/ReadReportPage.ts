import type { Locator, Page } from '@playwright/test';

/** Reading a commune's report document: proposals beside the source text, then writing the accepted rows. */
export class ReadReportPage {
  readonly file: Locator;
  readonly read: Locator;
  readonly summary: Locator;
  readonly proposals: Locator;
  readonly source: Locator;
  readonly acceptHigh: Locator;
  readonly tally: Locator;
  readonly commit: Locator;

  constructor(readonly page: Page) {
    this.file = page.getByLabel('Tài liệu báo cáo (.pdf, .docx, .txt)');
    this.read = page.getByRole('button', { name: 'Đọc tài liệu' });
    this.summary = page.getByRole('status').filter({ hasText: 'dòng Phụ lục I được đề xuất' });
    this.proposals = page.getByTestId('reader-appendix');
    this.source = page.getByTestId('reader-source');
    this.acceptHigh = page.getByRole('button', { name: 'Nhận mọi đề xuất tin cậy cao' });
    this.tally = page.getByTestId('reader-tally');
    this.commit = page.getByRole('button', { name: 'Ghi vào Phụ lục I' });
  }

  async goto(orgUnitCode: string): Promise<void> {
    await this.page.goto(`/units/${orgUnitCode}/import/document`);
    await this.read.waitFor();
  }

  row(code: string): Locator {
    return this.proposals.locator(`tr[data-code="${code}"]`);
  }

  markedLines(): Locator {
    return this.source.locator('li[aria-current="true"]');
  }
}
