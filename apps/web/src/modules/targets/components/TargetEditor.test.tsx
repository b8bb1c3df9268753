import { screen, within } from '@testing-library/react';
import { setupUser } from '../../../test/user';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../../test/render';
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
  owner: null,
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

function setup(locale: 'vi' | 'en' = 'vi') {
  const onDone = vi.fn();
  const user = setupUser();
  const view = renderWithApp(
    <TargetEditor target={target} orgUnitCode="binh-thanh" programme="2026-2030" onDone={onDone} />,
    { locale },
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
    expect(text).toHaveAccessibleDescription('Cần nhập.');
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
