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

  /** The header's commune selector: a search box (combobox) showing the commune being shown. */
  get communeSelect(): Locator {
    return this.page.getByRole('combobox', { name: /^(Xã đang xem|Commune shown)$/ });
  }

  /** The communes the selector lists for what has been typed. */
  get communeOptions(): Locator {
    return this.page.getByRole('listbox', { name: /^(Xã đang xem|Commune shown)$/ }).getByRole('option');
  }

  /** Types `text` into the selector and picks the first commune listed whose text starts with `name`. */
  async chooseCommune(text: string, name: string): Promise<void> {
    await this.communeSelect.fill(text);
    await this.communeOptions.filter({ hasText: new RegExp(`^${name}`) }).first().click();
  }

  languageButton(language: 'vi' | 'en'): Locator {
    return this.page.locator(`.language-switch button[lang="${language}"]`);
  }
}
