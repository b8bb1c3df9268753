import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as AuthModule from '../modules/auth/hooks/useAuth';
import { PLAN_SUBMISSION } from '../modules/cycle/graphql/cycle';
import { TARGETS_PAGE } from '../modules/targets/graphql/targets';
import type { SessionUser } from '../modules/auth/utils/permissions';
import { canEditTargetsOf } from '../modules/auth/utils/permissions';
import { renderWithApp } from '../test/render';
import TargetsPage from './TargetsPage';

const session: { user: SessionUser | null } = { user: null };
vi.mock('../modules/auth/hooks/useAuth', async (importOriginal) => {
  const original = await importOriginal<typeof AuthModule>();
  return {
    ...original,
    useAuth: () => ({
      user: session.user,
      loading: false,
      signIn: vi.fn(),
      signOut: vi.fn(),
      canEditTargetsOf: (code: string) => canEditTargetsOf(session.user, code),
    }),
  };
});

const PLANNER: SessionUser = { email: 'planner.binhthanh@demo.cchc', role: 'PLANNER', orgUnitCodes: ['binh-thanh'] };
const REVIEWER: SessionUser = { email: 'reviewer.thainguyen@demo.cchc', role: 'REVIEWER', orgUnitCodes: ['thai-nguyen'] };
const variables = { orgUnitCode: 'binh-thanh', programme: '2026-2030' };

function plan(status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED', events: { action: string; comment: string | null }[] = []) {
  return {
    __typename: 'Submission' as const,
    id: '3',
    kind: 'PLAN' as const,
    orgUnitCode: 'binh-thanh',
    year: 2026,
    programme: '2026-2030',
    status,
    editable: status === 'DRAFT' || status === 'RETURNED',
    version: 2,
    updatedAt: '2026-11-30T02:00:00.000Z',
    updatedBy: 'planner.binhthanh@demo.cchc',
    reviewerUnitCode: 'thai-nguyen',
    reviewerUnit: { __typename: 'OrgUnit' as const, code: 'thai-nguyen', name: 'Sở Nội vụ tỉnh Thái Nguyên' },
    events: events.map((e) => ({
      __typename: 'SubmissionEvent' as const,
      action: e.action,
      fromStatus: null,
      toStatus: e.action === 'RETURN' ? 'RETURNED' : 'SUBMITTED',
      at: '2026-11-30T02:00:00.000Z',
      by: 'reviewer.thainguyen@demo.cchc',
      comment: e.comment,
      findingKey: null,
    })),
    findings: [],
  };
}

// The chart is a lazily loaded canvas of ECharts: not what these tests are about.
vi.mock('../modules/charts/components/LazyChart', () => ({ LazyChart: () => null }));

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

function render(user: SessionUser | null, submission: ReturnType<typeof plan>, targets: (typeof target)[] = []) {
  session.user = user;
  return renderWithApp(<TargetsPage />, {
    mocks: [
      { request: { query: TARGETS_PAGE, variables }, result: { data: { orgUnit: { __typename: 'OrgUnit', code: 'binh-thanh', name: 'Xã Bình Thành' }, targets } } },
      { request: { query: PLAN_SUBMISSION, variables }, result: { data: { submission } } },
    ],
  });
}

describe('TargetsPage: the commune plan is submitted and reviewed as a whole', () => {
  it("offers the commune's planner to submit a draft plan and to add targets", async () => {
    render(PLANNER, plan('DRAFT'));
    expect(await screen.findByRole('heading', { name: 'Kế hoạch mục tiêu 2026-2030: gửi và phê duyệt' })).toBeInTheDocument();
    expect(screen.getByTestId('submission-status')).toHaveTextContent('Bản nháp');
    expect(screen.getByRole('button', { name: 'Gửi thẩm định' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Thêm mục tiêu' })).toBeInTheDocument();
  });

  it('asks to save first while a target is being edited in its card, as for a new target', async () => {
    const user = userEvent.setup();
    render(PLANNER, plan('DRAFT'), [target]);
    const submit = await screen.findByRole('button', { name: 'Gửi thẩm định' });
    expect(submit).toBeEnabled();
    await user.click(await screen.findByRole('button', { name: /Sửa mục tiêu/ }));
    expect(submit).toBeDisabled();
    expect(screen.getByText('Hãy lưu nháp trước khi gửi.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Huỷ' }));
    expect(submit).toBeEnabled();
    expect(screen.queryByText('Hãy lưu nháp trước khi gửi.')).toBeNull();
  });

  it('locks the targets of a submitted plan for its planner and says why', async () => {
    render(PLANNER, plan('SUBMITTED'));
    expect(await screen.findByTestId('submission-status')).toHaveTextContent('Đã gửi');
    expect(screen.getByTestId('edit-mode')).toHaveTextContent('Kế hoạch đã gửi thẩm định: các mục tiêu bị khoá');
    expect(screen.queryByRole('button', { name: 'Thêm mục tiêu' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gửi thẩm định' })).toBeNull();
  });

  it("shows a returned plan's comment and lets the planner submit again", async () => {
    render(PLANNER, plan('RETURNED', [{ action: 'RETURN', comment: 'Mốc 2027 quá thấp' }]));
    expect(await screen.findByTestId('audit-log')).toHaveTextContent('Mốc 2027 quá thấp');
    expect(screen.getByRole('button', { name: 'Gửi thẩm định' })).toBeEnabled();
  });

  it("gives the province's reviewer approve and return on a submitted plan", async () => {
    render(REVIEWER, plan('SUBMITTED'));
    expect(await screen.findByRole('button', { name: 'Phê duyệt' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Trả lại' })).toBeInTheDocument();
  });
});
