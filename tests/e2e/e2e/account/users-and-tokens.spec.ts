// Admins manage users in the app, and every user names, sees once and revokes personal API tokens for scripts.
import { graphql, graphqlOk, login } from '../../src/api.js';
import { expect, test } from '../../src/fixtures.js';

test.describe('users page', () => {
  test.use({ user: 'admin' });

  test('an admin creates a planner, and disabling them ends their session at its next request', async ({ page, shot }) => {
    const email = `planner-${Date.now()}@example.org`;
    await page.goto('/admin/users');
    const form = page.getByTestId('create-user');
    await form.getByLabel('Thư điện tử').fill(email);
    await form.getByLabel('Mật khẩu').fill('a-long-password');
    await form.getByRole('combobox').selectOption('PLANNER');
    await form.getByLabel(/Đơn vị/).fill('binh-thanh');
    await form.getByRole('button', { name: 'Tạo người dùng' }).click();
    const row = page.getByTestId('users').getByRole('row', { name: new RegExp(email) });
    await expect(row).toBeVisible();
    await shot('users-admin');

    const token = (
      await graphqlOk<{ login: { token: string } }>('mutation($e: String!) { login(email: $e, password: "a-long-password") { token } }', { e: email })
    ).login.token;
    expect((await graphqlOk<{ me: { role: string } | null }>('{ me { role } }', {}, token)).me?.role).toBe('PLANNER');

    // The box shows the server's answer (a controlled input): click, then wait for the saved state.
    await row.getByRole('checkbox').click();
    await expect(row.getByRole('checkbox')).toBeChecked();
    await expect.poll(async () => (await graphql<{ me: unknown }>('{ me { role } }', {}, token)).data?.me ?? null).toBeNull();
  });
});

test.describe('account page', () => {
  test.use({ user: 'analyst' });

  test('an analyst creates an API token, uses it from a script, and revokes it', async ({ page }) => {
    await page.goto('/account');
    await page.getByLabel('Tên khoá').fill('nightly export');
    await page.getByRole('button', { name: 'Tạo khoá' }).click();
    const shown = (await page.getByTestId('new-api-token').locator('code').textContent()) ?? '';
    expect((await graphqlOk<{ me: { email: string } }>('{ me { email } }', {}, shown)).me.email).toBe('analyst@demo.cchc');

    const row = page.getByTestId('api-tokens').getByRole('row', { name: /nightly export/ });
    await row.getByRole('button', { name: 'Thu hồi' }).click();
    await expect(row).toHaveCount(0);
    expect((await graphql<{ me: unknown }>('{ me { email } }', {}, shown)).data?.me).toBeNull();
    // The analyst's own bearer session is untouched.
    expect((await graphqlOk<{ me: { email: string } }>('{ me { email } }', {}, await login('analyst'))).me.email).toBe('analyst@demo.cchc');
  });
});
