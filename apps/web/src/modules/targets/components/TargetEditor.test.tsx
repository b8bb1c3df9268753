import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { setupUser } from '../../../test/user';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { TARGET_FOR_EDITOR, TARGET_LAST_SAVED, UPDATE_TARGET } from '../graphql/targets';
import { TargetEditor } from './TargetEditor';

// The chart is a lazily loaded canvas of ECharts: not what these tests are about.
vi.mock('../../charts/components/LazyChart', () => ({ LazyChart: () => null }));

const target = {
  __typename: 'Target' as const,
  id: '7',
  code: 'T.SIPAS',
  version: 3,
  text: 'Chỉ số hài lòng của người dân đạt trên 90%',
  comparator: 'MORE_THAN' as const,
  value: 90,
  unit: '%',
  owner: null as string | null,
  status: 'ON_TRACK' as const,
  programme: '2026-2030',
  indicator: {
    __typename: 'Indicator' as const,
    code: 'N.SIPAS.SATISFACTION',
    name: 'Chỉ số hài lòng',
    nameEn: null,
    unit: '%',
    valueType: 'PERCENT' as const,
    direction: 'HIGHER_BETTER' as const,
    observations: [],
  },
  baseline: { __typename: 'YearValue' as const, year: 2024, value: 91.88 },
  milestones: [],
  history: [],
  measureUnit: '%',
  statusDetail: {
    __typename: 'TargetStatusDetail' as const,
    status: 'ON_TRACK' as const,
    reason: { __typename: 'TargetStatusReason' as const, code: 'NO_ACTUAL', year: null, actual: null, milestone: null, baselineYear: 2024, baseline: null, target: null, percent: null },
  },
  actuals: [],
  draftActual: null,
};

const lastSavedMock = (version: number) => ({
  request: { query: TARGET_LAST_SAVED, variables: { id: '7' } },
  result: { data: { target: { __typename: 'Target', id: '7', lastSaved: { __typename: 'TargetSaved', version, by: 'Nguyễn Thị Lan', at: '2026-11-30T02:05:00.000Z' } } } },
});

type Mocks = NonNullable<NonNullable<Parameters<typeof renderWithApp>[1]>['mocks']>;

function setup(locale: 'vi' | 'en' = 'vi', mocks: Mocks = []) {
  const onDone = vi.fn();
  const user = setupUser();
  const view = renderWithApp(
    <TargetEditor target={target} orgUnitCode="binh-thanh" programme="2026-2030" onDone={onDone} />,
    // The editor asks once on opening whether a newer version was saved: by default, none was.
    { locale, mocks: [...mocks, lastSavedMock(3)] },
  );
  return { user, onDone, ...view };
}

describe('TargetEditor validation', () => {
  it('shows the saved values in Vietnamese format', () => {
    setup('vi');
    expect(screen.getByLabelText('Giá trị năm gốc')).toHaveValue('91,88');
    expect(screen.getByLabelText('Giá trị')).toHaveValue('90');
  });

  it('marks a value that is not a Vietnamese number at its field and does not save', async () => {
    const { user, onDone } = setup('vi');
    const value = screen.getByLabelText('Giá trị');
    await user.clear(value);
    await user.type(value, '90.5');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(value).toHaveAccessibleDescription(/"90\.5" không phải là số/);
    expect(screen.getByRole('alert')).toHaveTextContent('Còn 1 ô cần sửa');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('reports a percentage over 100 and a bad milestone, each at its own field', async () => {
    const { user } = setup('vi');
    const value = screen.getByLabelText('Giá trị');
    await user.clear(value);
    await user.type(value, '120');
    await user.type(screen.getByLabelText('Mốc năm 2028'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(value).toHaveAccessibleDescription(/Tỷ lệ phải từ 0 đến 100\./);
    expect(screen.getByLabelText('Mốc năm 2028')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Mốc năm 2027')).not.toHaveAttribute('aria-invalid');
  });

  it('clears an error once the field is corrected', async () => {
    const { user } = setup('vi');
    const text = screen.getByLabelText('Nội dung mục tiêu');
    await user.clear(text);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(text).toHaveAccessibleDescription('Bắt buộc nhập.');
    await user.type(text, 'Trên 90%');
    expect(text).not.toHaveAttribute('aria-invalid');
  });

  it('reads English decimals in English', async () => {
    const { user } = setup('en');
    const value = screen.getByLabelText('Value');
    expect(screen.getByLabelText('Baseline value')).toHaveValue('91.88');
    await user.clear(value);
    await user.type(value, '90,5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(value).toHaveAccessibleDescription(/"90,5" is not a number/);
  });

  it('offers every comparator of the fixed set', () => {
    setup('vi');
    const select = screen.getByLabelText('So sánh');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['', 'AT_LEAST', 'MORE_THAN', 'EQUAL', 'AT_MOST', 'LESS_THAN', 'REDUCE_BY_AT_LEAST']);
  });
});

// Version 4, saved by someone else while this user edits version 3: they changed the value to 92, the owner, the text
// to what this user types too, and the 2026 milestone.
const savedByOther = {
  id: '7',
  version: 4,
  code: 'T.SIPAS',
  text: 'Chỉ số hài lòng đạt trên 92%',
  comparator: 'MORE_THAN',
  value: 92,
  unit: '%',
  indicatorCode: 'N.SIPAS.SATISFACTION',
  baseline: { year: 2024, value: 91.88 },
  owner: 'Văn phòng UBND xã',
  milestones: [{ year: 2026, value: 91 }],
  savedBy: 'Nguyễn Thị Lan',
  savedAt: '2026-11-30T02:05:00.000Z',
};
const conflictMock = {
  request: { query: UPDATE_TARGET, variables: { id: '7', expectedVersion: 3, input: { text: 'Chỉ số hài lòng đạt trên 92%', value: 95, milestones: [{ year: 2027, value: 93 }] }, orgUnitCode: 'binh-thanh' } },
  result: {
    errors: [new GraphQLError('Target 7 was changed by someone else', { extensions: { code: 'CONFLICT', currentVersion: 4, currentTarget: savedByOther } })],
  },
};
const savedTarget = (version: number, change: Partial<typeof target>) => ({ ...target, version, ...change });

describe('TargetEditor conflict panel', () => {
  async function editAndConflict(mocks: unknown[]) {
    const s = setup('vi', [conflictMock, ...mocks] as Mocks);
    const text = screen.getByLabelText('Nội dung mục tiêu');
    await s.user.clear(text);
    await s.user.type(text, 'Chỉ số hài lòng đạt trên 92%');
    const value = screen.getByLabelText('Giá trị');
    await s.user.clear(value);
    await s.user.type(value, '95');
    await s.user.type(screen.getByLabelText('Mốc năm 2027'), '93');
    await s.user.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByTestId('conflict-panel');
    return s;
  }

  it('says who saved and when, merges what one side changed and asks only where both changed the same field', async () => {
    await editAndConflict([]);
    expect(screen.getByTestId('conflict-who')).toHaveTextContent(/^Nguyễn Thị Lan đã lưu mục tiêu này lúc .+ \(phiên bản 4\) trong khi bạn đang sửa\.$/);
    const outcome = (field: string) => screen.getByTestId(`merge-${field}`).getAttribute('data-outcome');
    expect(outcome('value')).toBe('CONFLICT');
    expect(outcome('text')).toBe('SAME');
    expect(outcome('owner')).toBe('THEIRS');
    expect(outcome('milestones.2026')).toBe('THEIRS');
    expect(outcome('milestones.2027')).toBe('MINE');
    expect(screen.queryByTestId('merge-unit')).toBeNull();
    expect(screen.getByTestId('theirs-value')).toHaveTextContent('92');
    expect(screen.getByTestId('mine-value')).toHaveTextContent('95');
    expect(screen.getByRole('button', { name: 'Lưu bản hợp nhất' })).toBeDisabled();
    expect(screen.getByTestId('conflict-unchosen')).toHaveTextContent('Còn 1 ô cả hai cùng sửa');
  });

  it('saves the merge with my choice over the version the other person saved, without fetching it again', async () => {
    const merged = {
      request: { query: UPDATE_TARGET, variables: { id: '7', expectedVersion: 4, input: { value: 95, milestones: [{ year: 2026, value: 91 }, { year: 2027, value: 93 }] }, orgUnitCode: 'binh-thanh' } },
      result: { data: { updateTarget: savedTarget(5, { value: 95 }) } },
    };
    const { user, onDone } = await editAndConflict([merged]);
    const row = screen.getByTestId('merge-value');
    await user.click(within(row).getByRole('radio', { name: 'Giữ của tôi' }));
    await user.click(screen.getByRole('button', { name: 'Lưu bản hợp nhất' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  it('takes their value where I choose theirs, and their whole version when I drop my edits', async () => {
    const { user } = await editAndConflict([]);
    await user.click(within(screen.getByTestId('merge-value')).getByRole('radio', { name: 'Lấy của họ' }));
    expect(screen.getByRole('button', { name: 'Lưu bản hợp nhất' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Dùng giá trị đã lưu' }));
    expect(screen.queryByTestId('conflict-panel')).toBeNull();
    expect(screen.getByLabelText('Giá trị')).toHaveValue('92');
    expect(screen.getByLabelText('Bộ phận chủ trì')).toHaveValue('Văn phòng UBND xã');
    expect(screen.getByLabelText('Mốc năm 2027')).toHaveValue('');
  });
});

describe('TargetEditor learns the target changed elsewhere', () => {
  const polled = lastSavedMock;

  it('stays quiet while the version it edits is the latest', async () => {
    setup('vi', [polled(3)]);
    await screen.findByLabelText('Giá trị');
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByTestId('changed-elsewhere')).toBeNull();
  });

  it('says who saved a newer version and when; keep editing hides it', async () => {
    const { user } = setup('vi', [polled(4)]);
    const notice = await screen.findByTestId('changed-elsewhere');
    expect(notice).toHaveTextContent(/Nguyễn Thị Lan vừa lưu mục tiêu này lúc .* \(phiên bản 4\)/);
    await user.click(within(notice).getByRole('button', { name: /Tiếp tục sửa/ }));
    expect(screen.queryByTestId('changed-elsewhere')).toBeNull();
  });

  it('loads their version into the form on request', async () => {
    const latest = {
      request: { query: TARGET_FOR_EDITOR, variables: { id: '7', orgUnitCode: 'binh-thanh' } },
      result: { data: { target: savedTarget(4, { value: 92, owner: 'Văn phòng UBND xã' }) } },
    };
    const { user } = setup('vi', [polled(4), latest]);
    const notice = await screen.findByTestId('changed-elsewhere');
    await user.click(within(notice).getByRole('button', { name: /Tải phiên bản của họ/ }));
    await vi.waitFor(() => expect(screen.getByLabelText('Giá trị')).toHaveValue('92'));
    expect(screen.queryByTestId('changed-elsewhere')).toBeNull();
  });

  it('asks again when the window regains focus', async () => {
    // Focus only once the opening question has been answered, so the focus is what asks for version 4 (no timing).
    let answered = 0;
    const opening = { ...polled(3), result: () => ((answered += 1), polled(3).result) };
    setup('vi', [opening, polled(4)]);
    await screen.findByLabelText('Giá trị');
    await vi.waitFor(() => expect(answered).toBe(1));
    expect(screen.queryByTestId('changed-elsewhere')).toBeNull();
    fireEvent.focus(window);
    expect(await screen.findByTestId('changed-elsewhere')).toBeInTheDocument();
  });
});
