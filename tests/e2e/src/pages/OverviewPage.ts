import type { Locator, Page } from '@playwright/test';

export const OVERVIEW_PATH = '/units/binh-thanh/reports/2021-2025';

/** The codes of the headline cards, in the report's own indicator codes. */
export const HEADLINE_CODES = {
  satisfaction: 'N.SATISFACTION',
} as const;

export class OverviewPage {
  readonly headlineCards: Locator;
  readonly findingsCount: Locator;

  constructor(readonly page: Page) {
    this.headlineCards = page.locator('.headline-card');
    this.findingsCount = page.getByTestId('findings-count');
  }

  async goto(path = OVERVIEW_PATH): Promise<void> {
    await this.page.goto(path);
    await this.headlineCards.first().waitFor();
  }

  /** A headline card by its title ("Hồ sơ trực tuyến", "Online filing"). */
  headline(title: string | RegExp): Locator {
    return this.headlineCards.filter({ has: this.page.locator('.card-title', { hasText: title }) });
  }

  headlineValue(title: string | RegExp): Locator {
    return this.headline(title).locator('.headline-value .figure');
  }
}
