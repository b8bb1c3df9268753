// A planner of Bình Thành signs in through the form, changes a 2026–2030 target, reloads, and finds the change
// saved, with a history entry naming them.
import { targetsOf } from '../../src/api.js';
import { expect, test } from '../../src/fixtures.js';
import { AppShell } from '../../src/pages/AppShell.js';
import { SignInPage } from '../../src/pages/SignInPage.js';
import { TARGETS_PATH, TargetsPage } from '../../src/pages/TargetsPage.js';

// "Tối thiểu 95% hồ sơ công việc … được xử lý trên môi trường mạng" — the conflict spec uses another target.
const TARGET_TEXT = /^Tối thiểu 95% hồ sơ công việc/;

test('a planner edits a target; after a reload the new value and owner are there with their history', async ({ page, shot }) => {
  const target = (await targetsOf()).find((t) => TARGET_TEXT.test(t.text));
  if (!target) throw new Error('the seeded targets have no "Tối thiểu 95% hồ sơ công việc…" target');
  expect(target.value).toBe(95);

  await new SignInPage(page).goto(TARGETS_PATH);
  await new SignInPage(page).signIn('planner.binhthanh@demo.cchc');
  await expect(new AppShell(page).sessionUser).toContainText('planner.binhthanh@demo.cchc');
  await expect(page).toHaveURL(new RegExp(`${TARGETS_PATH}$`));

  const targets = new TargetsPage(page);
  await expect(targets.editMode).toHaveText('Bạn có thể cập nhật các mục tiêu của đơn vị này.');
  const card = targets.card(target.id);
  await expect(card.goal).toContainText('95%');

  const editor = await card.edit();
  await expect(editor.value).toHaveValue('95');
  await editor.value.fill('96,5');
  await editor.owner.fill('Văn phòng HĐND và UBND xã');
  await shot('targets-editing');
  await editor.save();
  await expect(editor.root).toBeHidden();
  await expect(card.goal).toContainText('96,5%');

  await page.reload();
  await expect(card.goal).toContainText('96,5%');
  await expect(card.owner).toHaveText('Văn phòng HĐND và UBND xã');
  const history = await card.history();
  // One row per changed field, numbers written the Vietnamese way; the save's version, time and author head its rows.
  const valueChange = history.locator('tbody tr', { hasText: '96,5' });
  await expect(valueChange).toHaveCount(1);
  await expect(valueChange).toContainText('planner.binhthanh@demo.cchc');
  await expect(valueChange.locator('td', { hasText: /^95$/ })).toHaveCount(1);
  await expect(history.locator('tbody tr', { hasText: 'Văn phòng HĐND và UBND xã' })).toHaveCount(1);
  await shot('targets-after-edit');

  // The server agrees: one new version, and the change recorded against the planner.
  const saved = (await targetsOf()).find((t) => t.id === target.id);
  expect(saved?.version).toBe(target.version + 1);
  expect(saved?.value).toBe(96.5);
  expect(saved?.history.filter((h) => h.field === 'value')).toEqual([
    expect.objectContaining({ before: '95', after: '96.5', by: 'planner.binhthanh@demo.cchc' }),
  ]);
});
