import type { Locator, Page } from '@playwright/test';

export const TARGETS_PATH = '/units/binh-thanh/targets/2026-2030';

/** The 2026–2030 targets: read-only cards, and for a planner an editor per card. */
export class TargetsPage {
  readonly cards: Locator;
  readonly editMode: Locator;

  constructor(readonly page: Page) {
    this.cards = page.getByTestId('target-card');
    this.editMode = page.getByTestId('edit-mode');
  }

  async goto(path = TARGETS_PATH): Promise<void> {
    await this.page.goto(path);
    await this.cards.first().waitFor();
  }

  card(id: string): TargetCard {
    return new TargetCard(this.page, this.page.locator(`article#target-${id}`));
  }
}

export class TargetCard {
  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {}

  get goal(): Locator {
    return this.root.getByTestId('target-goal');
  }

  get owner(): Locator {
    return this.root.getByTestId('target-owner');
  }

  get editButton(): Locator {
    return this.root.locator('.actions').getByRole('button', { name: /^(Sửa|Edit)/ });
  }

  async edit(): Promise<TargetEditor> {
    await this.editButton.click();
    const editor = new TargetEditor(this.page, this.root.locator('form.target-editor'));
    await editor.root.waitFor();
    return editor;
  }

  /** Opens the change-history disclosure and returns its table. */
  async history(): Promise<Locator> {
    const details = this.root.locator('details.history');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    return details.getByTestId('target-history');
  }
}

export class TargetEditor {
  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {}

  field(label: string | RegExp): Locator {
    return this.root.getByLabel(label, { exact: typeof label === 'string' });
  }

  get value(): Locator {
    return this.field(/^(Giá trị|Value)$/);
  }

  get owner(): Locator {
    return this.field(/^(Bộ phận chủ trì|Owner)/);
  }

  get saveButton(): Locator {
    return this.root.locator('.actions').last().locator('button[type="submit"]');
  }

  get conflict(): Locator {
    return this.root.getByTestId('conflict-panel');
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
