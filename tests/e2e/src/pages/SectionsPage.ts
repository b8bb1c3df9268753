import type { Locator, Page } from '@playwright/test';

export class SectionsPage {
  readonly tree: Locator;
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.tree = page.locator('nav.section-tree');
    this.section = page.locator('article.section-view');
  }

  async goto(sectionKey?: string): Promise<void> {
    const base = '/units/binh-thanh/reports/2021-2025/sections';
    await this.page.goto(sectionKey ? `${base}/${encodeURIComponent(sectionKey)}` : base);
    await this.tree.waitFor();
  }

  /** A link of the table of contents, by the section's URL key ("II", "II.2", "II.2.2"). */
  treeLink(sectionKey: string): Locator {
    return this.tree.locator(`a[href$="/sections/${encodeURIComponent(sectionKey)}"]`);
  }

  get heading(): Locator {
    return this.section.locator('#section-title');
  }

  /** The card of one of the section's indicators. */
  indicatorCard(code: string): Locator {
    // By its link: readers are not shown internal codes such as N.TTHC.ONLINE_FILE_RATE.
    return this.section
      .locator('.indicator-card')
      .filter({ has: this.page.locator(`.card-title a[href$="/indicators/${encodeURIComponent(code)}"]`) });
  }

  /** Figures of the narrative linked to their indicator. */
  figureLinks(code: string): Locator {
    return this.section.locator(`a.figure-link[href$="/indicators/${encodeURIComponent(code)}"], table a[href$="/indicators/${encodeURIComponent(code)}"]`);
  }
}
