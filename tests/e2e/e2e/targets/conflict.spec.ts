// Two people edit the same target in two browsers. The one who saves second is told who saved and when, sees what each
// changed, keeps the other's change to a field only they touched, chooses where both changed the same field, and saves.
import { targetById, targetsOf } from '../../src/api.js';
import { expect, signedInState, test } from '../../src/fixtures.js';
import { TargetsPage } from '../../src/pages/TargetsPage.js';

// "Tối thiểu 90% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 4…" — untouched by other specs.
const TARGET_TEXT = /^Tối thiểu 90% thủ tục hành chính/;

test('the second of two concurrent editors is told of the conflict and sees both values', async ({ browser, shot }) => {
  const target = (await targetsOf()).find((t) => TARGET_TEXT.test(t.text));
  if (!target) throw new Error('the seeded targets have no "Tối thiểu 90% thủ tục hành chính…" target');
  expect(target.value).toBe(90);

  const plannerContext = await browser.newContext({ storageState: await signedInState('planner') });
  const adminContext = await browser.newContext({ storageState: await signedInState('admin') });
  try {
    const first = new TargetsPage(await plannerContext.newPage());
    const second = new TargetsPage(await adminContext.newPage());
    await Promise.all([first.goto(), second.goto()]);

    // Both open the editor on version 1.
    const firstEditor = await first.card(target.id).edit();
    const secondEditor = await second.card(target.id).edit();

    await firstEditor.value.fill('92');
    await firstEditor.owner.fill('Văn phòng - Thống kê');
    await firstEditor.save();
    await expect(firstEditor.root).toBeHidden();
    await expect(first.card(target.id).goal).toContainText('92%');

    await secondEditor.value.fill('93');
    await secondEditor.save();

    const conflict = secondEditor.conflict;
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText('Người khác đã lưu trước');
    await expect(conflict.getByTestId('conflict-who')).toContainText('planner.binhthanh@demo.cchc đã lưu mục tiêu này lúc');
    await expect(conflict.getByTestId('conflict-who')).toContainText(`phiên bản ${target.version + 1}`);
    // Both changed the value: a choice. Only the first person changed the owner: kept without asking.
    await expect(conflict.getByTestId('merge-value')).toHaveAttribute('data-outcome', 'CONFLICT');
    await expect(conflict.getByTestId('theirs-value')).toHaveText('92');
    await expect(conflict.getByTestId('mine-value')).toHaveText('93');
    await expect(conflict.getByTestId('merge-owner')).toHaveAttribute('data-outcome', 'THEIRS');
    await expect(conflict.getByTestId('theirs-owner')).toHaveText('Văn phòng - Thống kê');
    // Nothing was written by the rejected save.
    expect((await targetById(target.id)).value).toBe(92);
    await shot('targets-conflict', second.page);

    const saveMerged = conflict.getByRole('button', { name: 'Lưu bản hợp nhất' });
    await expect(saveMerged).toBeDisabled();
    await conflict.getByTestId('merge-value').getByRole('radio', { name: 'Giữ của tôi' }).check();
    await saveMerged.click();
    await expect(secondEditor.root).toBeHidden();
    await expect(second.card(target.id).goal).toContainText('93%');
    await expect(second.card(target.id).owner).toHaveText('Văn phòng - Thống kê');

    const saved = await targetById(target.id);
    expect(saved).toMatchObject({ version: target.version + 2, value: 93, owner: 'Văn phòng - Thống kê' });
    expect(saved.history.filter((h) => h.field === 'value').map((h) => [h.before, h.after, h.by])).toEqual(
      expect.arrayContaining([
        ['90', '92', 'planner.binhthanh@demo.cchc'],
        ['92', '93', 'admin@demo.cchc'],
      ]),
    );

    await first.page.reload();
    await expect(first.card(target.id).goal).toContainText('93%');
  } finally {
    await plannerContext.close();
    await adminContext.close();
  }
});
