// The reporting cycle in the browser: Bình Thành's planner enters the 2026 figures and submits; the province's
// reviewer returns them with a comment; the planner explains the finding and resubmits; the reviewer approves; the
// target on 3.2.1 changes status on the overview.
import { expect, signedInState, test } from '../../src/fixtures.js';
import { YearEntryPage } from '../../src/pages/YearEntryPage.js';

const OVERVIEW = '/units/binh-thanh/reports/2021-2025';

test('enter, submit, return, explain, resubmit, approve — and the target status moves', async ({ browser, shot }) => {
  // Two people and five hand-offs in one scenario (about twenty page loads): the default budget is for one screen.
  test.slow();
  const plannerContext = await browser.newContext({ storageState: await signedInState('planner') });
  const reviewerContext = await browser.newContext({ storageState: await signedInState('reviewer') });
  try {
    const planner = new YearEntryPage(await plannerContext.newPage());
    const reviewerPage = await reviewerContext.newPage();

    // Before: no approved 2026 figure, so no target is achieved.
    await planner.page.goto(OVERVIEW);
    await expect(planner.page.getByTestId('overview-targets-NO_DATA')).toBeVisible();
    await expect(planner.page.getByTestId('overview-targets-ACHIEVED')).toHaveCount(0);

    // The planner types the 2026 figures the Vietnamese way; the ratio is derived and checked as they type.
    await planner.goto('binh-thanh', 2026);
    await expect(planner.status).toHaveText('Bản nháp');
    await planner.cell('3.2.1.a').fill('40');
    await planner.cell('3.2.1.b').fill('36');
    await expect(planner.row('3.2.1').getByTestId('derived')).toHaveText('Tính từ thành phần: 90%');
    await planner.cell('3.2.1').fill('95,5');
    await expect(planner.liveFindings).toContainText('khác tỷ lệ tính từ thành phần');
    await planner.cell('3.2.1').fill('95.5');
    await expect(planner.row('3.2.1')).toContainText('không phải số viết kiểu Việt Nam');
    await expect(planner.saveDraft).toBeDisabled();
    await planner.cell('3.2.1').fill('95');
    await planner.saveDraft.click();
    await expect(planner.page.getByRole('status').filter({ hasText: 'Đã lưu nháp' })).toBeVisible();

    // The saved ratio disagrees with its components: an error that must be explained before submitting.
    const finding = planner.panel.getByTestId('submission-finding').filter({ hasText: '3.2.1' });
    await expect(finding).toBeVisible();
    await expect(planner.button(/^Gửi thẩm định$/)).toBeDisabled();
    await finding.getByRole('textbox').fill('Tỷ lệ lấy theo Cổng DVCQG');
    await finding.getByRole('button', { name: 'Giải trình' }).click();
    await expect(finding.getByTestId('finding-explanation')).toContainText('Tỷ lệ lấy theo Cổng DVCQG');
    await planner.button(/^Gửi thẩm định$/).click();
    await expect(planner.status).toHaveText('Đã gửi');
    await expect(planner.cell('3.2.1')).toBeDisabled();

    // The reviewer sees it in the queue and returns it with a comment.
    await reviewerPage.goto('/review');
    const row = reviewerPage.getByTestId('review-row').filter({ hasText: 'Bình Thành' });
    await expect(row).toContainText('Đã gửi');
    await row.getByRole('link', { name: 'Bình Thành' }).click();
    const reviewer = new YearEntryPage(reviewerPage);
    await expect(reviewer.status).toHaveText('Đã gửi');
    await reviewer.comment.fill('Đề nghị nêu rõ nguồn số DVC');
    await reviewer.button(/^Trả lại$/).click();
    await expect(reviewer.status).toHaveText('Bị trả lại');
    await shot('cycle-returned', reviewerPage);

    // The planner reads the comment, marks the finding "as in the source" and resubmits.
    await planner.page.reload();
    await expect(planner.status).toHaveText('Bị trả lại');
    await expect(planner.auditLog).toContainText('Đề nghị nêu rõ nguồn số DVC');
    await finding.getByRole('button', { name: 'Đúng như nguồn' }).click();
    await expect(finding.getByTestId('finding-explanation')).toContainText('Đúng như nguồn');
    await planner.button(/^Gửi thẩm định$/).click();
    await expect(planner.status).toHaveText('Đã gửi');

    // The reviewer approves from the queue, choosing the commune.
    await reviewerPage.goto('/review');
    await row.getByRole('checkbox').check();
    await reviewerPage.getByRole('button', { name: 'Phê duyệt (1)' }).click();
    await expect(row).toContainText('Đã phê duyệt');

    // The figures are locked, and the target on 3.2.1 is achieved from the approved 2026 figure.
    await planner.page.reload();
    await expect(planner.status).toHaveText('Đã phê duyệt');
    await expect(planner.cell('3.2.1')).toBeDisabled();
    await planner.page.goto(OVERVIEW);
    await expect(planner.page.getByTestId('overview-targets-ACHIEVED')).toContainText('1');
    await planner.page.goto('/units/binh-thanh/targets/2026-2030');
    const card = planner.page.getByTestId('target-card').filter({ hasText: 'Tối thiểu 90% thủ tục hành chính' });
    await expect(card.getByTestId('target-status')).toHaveText('Đã đạt');
    await expect(card.getByTestId('target-status-explanation')).toContainText('Số liệu đã phê duyệt năm 2026 = 95%');
  } finally {
    await plannerContext.close();
    await reviewerContext.close();
  }
});
