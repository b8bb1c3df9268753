import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../api.js';

export class SignInPage {
  constructor(readonly page: Page) {}

  async goto(next?: string): Promise<void> {
    await this.page.goto(next ? `/signin?next=${encodeURIComponent(next)}` : '/signin');
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    const form = this.page.locator('form.sign-in');
    await form.locator('#email').fill(email);
    await form.locator('#password').fill(password);
    await form.locator('button[type="submit"]').click();
  }
}
