// An analyst reads everything and changes nothing: the targets page offers no control that edits, and a mutation
// forced from the analyst's own browser session (cookie + CSRF header, as the app sends them) is refused with
// FORBIDDEN. The session cookie is out of the page script's reach.
import { targetById, targetsOf } from '../../src/api.js';
import { expect, test } from '../../src/fixtures.js';
import { AppShell } from '../../src/pages/AppShell.js';
import { TargetsPage } from '../../src/pages/TargetsPage.js';

test.use({ user: 'analyst' });

test('an analyst sees the targets read-only and a forced updateTarget is FORBIDDEN', async ({ page, shot }) => {
  const targets = new TargetsPage(page);
  await targets.goto();
  await expect(new AppShell(page).sessionUser).toContainText('analyst@demo.cchc · Chuyên viên phân tích');
  await expect(targets.editMode).toHaveText('Bạn chỉ được xem các mục tiêu này.');
  await expect(targets.cards).toHaveCount(7);

  const main = page.locator('main');
  await expect(main.getByRole('button', { name: /^(Sửa|Xoá|Thêm mục tiêu)/ })).toHaveCount(0);
  await expect(main.locator('form.target-editor')).toHaveCount(0);
  await expect(main.locator('input, textarea, select')).toHaveCount(0);
  await shot('targets-analyst-read-only');

  // The import page is an admin's: not in the analyst's navigation.
  await expect(new AppShell(page).navLink(/Nhập Phụ lục I/)).toHaveCount(0);

  // A target no other spec edits, so a parallel run cannot change it between the two reads.
  const target = (await targetsOf()).find((t) => t.text.startsWith('Giảm tối thiểu 20% biên chế'));
  if (!target) throw new Error('the seeded targets have no "Giảm tối thiểu 20% biên chế…" target');
  const response = await page.evaluate(
    async ({ id, version }) => {
      const csrf = /(?:^|; )cchc_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '';
      if (document.cookie.includes('cchc_session')) throw new Error('the session cookie is readable by the page');
      const result = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({
          query: 'mutation Force($id: ID!, $v: Int!) { updateTarget(id: $id, expectedVersion: $v, input: { value: 1 }) { id value } }',
          variables: { id, v: version },
        }),
      });
      return (await result.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    },
    { id: target.id, version: target.version },
  );
  expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);

  expect(await targetById(target.id)).toEqual(target);
});
