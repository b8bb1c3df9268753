import type { Locator, Page } from '@playwright/test';

/** The frame around every view: main navigation, language switch, who is signed in. */
export class AppShell {
  readonly nav: Locator;
  readonly sessionUser: Locator;

  constructor(readonly page: Page) {
    this.nav = page.locator('nav.main-nav');
    this.sessionUser = page.getByTestId('session-user');
  }

  navLink(name: string | RegExp): Locator {
    return this.nav.getByRole('link', { name });
  }

  async switchLanguage(language: 'vi' | 'en'): Promise<void> {
    await this.page.locator(`.language-switch button[lang="${language}"]`).click();
  }

  /** The header's commune selector: the communes the server holds. */
  get communeSelect(): Locator {
    return this.page.getByLabel(/^(Xã đang xem|Commune shown)$/);
  }

  languageButton(language: 'vi' | 'en'): Locator {
    return this.page.locator(`.language-switch button[lang="${language}"]`);
  }
}
