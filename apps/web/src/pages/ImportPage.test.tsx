import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { setupUser } from '../test/user';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as AuthModule from '../modules/auth/hooks/useAuth';
import { IMPORT_APPENDIX, IMPORT_CONTEXT, IMPORT_YEAR_STATUS } from '../modules/import/graphql/importAppendix';
import { renderWithApp } from '../test/render';
import ImportPage from './ImportPage';

// The signed-in user each test sets: the commune's own planner unless a test says otherwise.
const session = vi.hoisted(() => ({ user: { email: 'planner.binhthanh@demo.cchc', role: 'PLANNER', orgUnitCodes: ['binh-thanh'] } }));
vi.mock('../modules/auth/hooks/useAuth', async (importOriginal) => {
  const original = await importOriginal<typeof AuthModule>();
  return {
    ...original,
    useAuth: () => ({ user: session.user, loading: false, signIn: vi.fn(), signOut: vi.fn(), canEditTargetsOf: () => true }),
  };
});

beforeEach(() => {
  session.user = { email: 'planner.binhthanh@demo.cchc', role: 'PLANNER', orgUnitCodes: ['binh-thanh'] };
});

const csv = 'STT,Các chỉ tiêu,Đơn vị tính,Số liệu,Ghi chú\n1.3.1.,Số văn bản,Văn bản,51,\n';
const contentBase64 = Buffer.from(csv).toString('base64');

const params = (p: Record<string, string>) => Object.entries(p).map(([name, value]) => ({ __typename: 'ProblemParam' as const, name, value }));
const problem = (rowNumber: number, column: string, text: string, code: string, p: Record<string, string>, reason = 'in English') => ({
  __typename: 'AppendixProblem' as const,
  rowNumber,
  column,
  text,
  code,
  params: params(p),
  reason,
});
const change = (
  indicatorCode: string,
  name: string,
  rowNumber: number | null,
  kind: string,
  oldRaw: string | null,
  newRaw: string | null,
  notes: { oldNote?: string | null; newNote?: string | null } = {},
) => ({
  __typename: 'AppendixChange' as const,
  indicatorCode,
  name,
  rowNumber,
  kind,
  oldRaw,
  newRaw,
  oldNote: notes.oldNote ?? null,
  newNote: notes.newNote ?? null,
  noteChanged: (notes.oldNote ?? null) !== (notes.newNote ?? null),
});

type Answer = {
  ok: boolean;
  dryRun: boolean;
  valuesWritten?: number;
  blanks?: number;
  changes?: ReturnType<typeof change>[];
  problems?: ReturnType<typeof problem>[];
  warnings?: ReturnType<typeof problem>[];
  recorded?: unknown;
};

function importMock(answer: Answer, year: number | null = null) {
  return {
    request: {
      query: IMPORT_APPENDIX,
      variables: { orgUnitCode: 'binh-thanh', programme: '2021-2025', format: 'CSV', contentBase64, year, dryRun: answer.dryRun, fileName: 'phu-luc.csv' },
    },
    result: {
      data: {
        importAppendix: {
          __typename: 'AppendixImportResult' as const,
          ok: answer.ok,
          dryRun: answer.dryRun,
          rowsWritten: answer.dryRun || !answer.ok ? 0 : (answer.valuesWritten ?? 0) + (answer.blanks ?? 0),
          valuesWritten: answer.valuesWritten ?? 0,
          blanks: answer.blanks ?? 0,
          changes: answer.changes ?? [],
          recorded: answer.recorded ?? null,
          problems: answer.problems ?? [],
          problemCount: answer.problems?.length ?? 0,
          warnings: answer.warnings ?? [],
          warningCount: answer.warnings?.length ?? 0,
        },
      },
    },
  };
}

const lastImport = {
  __typename: 'AppendixImport' as const,
  id: 3,
  importedBy: 'admin@demo.cchc',
  importedAt: '2026-11-20T03:15:00.000Z',
  fileName: 'binh-thanh.xlsx',
  format: 'XLSX',
  year: null,
  valuesWritten: 88,
  blanks: 10,
};
function contextMock(year: number | null = null, last: typeof lastImport | null = lastImport) {
  return {
    request: { query: IMPORT_CONTEXT, variables: { orgUnitCode: 'binh-thanh', programme: '2021-2025', year } },
    result: {
      data: {
        orgUnit: { __typename: 'OrgUnit' as const, code: 'binh-thanh', name: 'xã Bình Thành' },
        lastAppendixImport: last,
      },
    },
    maxUsageCount: 5,
  };
}
const yearStatusMock = (year: number, status: string, editable: boolean) => ({
  request: { query: IMPORT_YEAR_STATUS, variables: { orgUnitCode: 'binh-thanh', year } },
  result: { data: { submission: { __typename: 'Submission' as const, status, editable } } },
});

async function choose(locale: 'vi' | 'en', mocks: unknown[]) {
  const user = setupUser();
  renderWithApp(<ImportPage />, { locale, mocks: mocks as never });
  const fileLabel = locale === 'vi' ? 'Tệp Phụ lục I (.csv, .xlsx)' : 'Appendix I file (.csv, .xlsx)';
  await user.upload(screen.getByLabelText(fileLabel), new File([csv], 'phu-luc.csv', { type: 'text/csv' }));
  return user;
}
const previewButton = (locale: 'vi' | 'en') =>
  screen.getByRole('button', { name: locale === 'vi' ? 'Xem trước thay đổi' : 'Preview the changes' });

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

describe('ImportPage: who may import', () => {
  it("offers the form to the commune's own planner, naming the commune and the last import", async () => {
    renderWithApp(<ImportPage />, { mocks: [contextMock()] });
    expect(await screen.findByText('Nhập vào: xã Bình Thành')).toBeInTheDocument();
    expect(screen.getByTestId('import-last')).toHaveTextContent(/^Lần nhập gần nhất: admin@demo\.cchc, .*2026.* \(tệp "binh-thanh\.xlsx"\)\.$/);
    expect(screen.queryByText(/Chỉ quản trị viên/)).not.toBeInTheDocument();
  });

  it("tells a planner of another commune that only an admin or this commune's planner may import", () => {
    session.user = { email: 'planner.phudinh@demo.cchc', role: 'PLANNER', orgUnitCodes: ['phu-dinh'] };
    renderWithApp(<ImportPage />, { locale: 'en' });
    expect(screen.getByText("Only an administrator or this commune's planner may import its figures.")).toBeInTheDocument();
    expect(screen.queryByLabelText('Appendix I file (.csv, .xlsx)')).not.toBeInTheDocument();
  });
});

describe('ImportPage: preview, then commit', () => {
  const changes = [
    change('1.3.1', 'Số văn bản', 2, 'CHANGED', '50', '51'),
    change('1.3.2', 'Số văn bản đúng hạn', 3, 'NEW', null, '12'),
    change('3.4.2.b', 'Số hồ sơ đúng hạn', 4, 'UNCHANGED', '16.807', '16.807'),
    change('4.2.4', 'Số biên chế tinh giản', 5, 'BLANK', null, null),
    change('6.1', 'Kinh phí', null, 'CLEARED', '17759,7', null),
  ];

  it('shows what will change, writing nothing, and counts values and blanks apart after the commit', async () => {
    const user = await choose('vi', [
      contextMock(),
      importMock({ ok: true, dryRun: true, valuesWritten: 3, blanks: 97, changes }),
      importMock({ ok: true, dryRun: false, valuesWritten: 3, blanks: 97, changes }),
    ]);
    await user.click(previewButton('vi'));
    expect(await screen.findByText('Xem trước: chưa có gì được ghi')).toBeInTheDocument();
    expect(screen.getByTestId('import-preview-summary')).toHaveTextContent(
      'Tệp có 3 giá trị và 97 dòng để trống. So với số liệu hiện có: 1 mới, 1 thay đổi, 1 không đổi, 1 sẽ bị xoá.',
    );
    expect(rowsOf(screen.getByTestId('import-changes'))).toEqual([
      ['2', '1.3.1 Số văn bản', 'Thay đổi', '50', '51', ''],
      ['3', '1.3.2 Số văn bản đúng hạn', 'Mới', '∅', '12', ''],
      ['không có trong tệp', '6.1 Kinh phí', 'Sẽ bị xoá', '17759,7', '∅', ''],
    ]);
    await user.click(await screen.findByRole('button', { name: 'Nhập vào xã Bình Thành' }));
    expect(await screen.findByText('Đã nhập 3 số liệu vào xã Bình Thành; 97 dòng để trống được giữ trống.')).toBeInTheDocument();
  });

  it('shows the note (Ghi chú) of each row beside its change, and a row whose note alone changes', async () => {
    const withNotes = [
      change('1.3.1', 'Số văn bản', 2, 'CHANGED', '50', '51', { oldNote: 'Theo báo cáo quý III', newNote: 'Theo báo cáo quý III' }),
      change('1.3.2', 'Số văn bản đúng hạn', 3, 'UNCHANGED', '12', '12', { oldNote: 'Số liệu tạm tính', newNote: 'Đã rà soát' }),
      change('3.4.2.b', 'Số hồ sơ đúng hạn', 4, 'UNCHANGED', '16.807', '16.807'),
      change('4.2.4', 'Số biên chế tinh giản', 5, 'BLANK', null, null, { newNote: 'Chưa có số liệu' }),
      change('6.1', 'Kinh phí', 6, 'NEW', null, '17759,7', { oldNote: 'Ước tính' }),
    ];
    const user = await choose('vi', [contextMock(), importMock({ ok: true, dryRun: true, valuesWritten: 3, blanks: 1, changes: withNotes })]);
    await user.click(previewButton('vi'));
    expect(await screen.findByText('Xem trước: chưa có gì được ghi')).toBeInTheDocument();
    expect(screen.getByTestId('import-preview-summary')).toHaveTextContent('3 dòng có ghi chú thay đổi.');
    expect(rowsOf(screen.getByTestId('import-changes'))).toEqual([
      ['2', '1.3.1 Số văn bản', 'Thay đổi', '50', '51', 'Theo báo cáo quý III'],
      ['3', '1.3.2 Số văn bản đúng hạn', 'Không đổi', '12', '12', 'Sửa ghi chú Đã rà soát (trước đây: "Số liệu tạm tính")'],
      ['5', '4.2.4 Số biên chế tinh giản', 'Để trống', '∅', '∅', 'Thêm ghi chú Chưa có số liệu'],
      ['6', '6.1 Kinh phí', 'Mới', '∅', '17759,7', 'Xoá ghi chú (trước đây: "Ước tính")'],
    ]);
  });

  it('cancels a preview without writing', async () => {
    const user = await choose('en', [contextMock(), importMock({ ok: true, dryRun: true, valuesWritten: 1, blanks: 0, changes: changes.slice(0, 1) })]);
    await user.click(previewButton('en'));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText('Preview: nothing has been written yet')).not.toBeInTheDocument();
  });
});

describe('ImportPage: problems worded in the reader\'s language', () => {
  const refused = {
    ok: false,
    dryRun: true,
    problems: [
      problem(9, 'Số liệu', '98,3,7', 'BAD_NUMBER', { code: '3.4.2.a', reason: 'COMMA_TWICE' }, 'Cannot read "98,3,7" as a Vietnamese number'),
      problem(4, 'Các chỉ tiêu', 'Số nhiệm vụ', 'COMPONENT_NAME', { parent: '1.1', position: '1', expected: 'Số nhiệm vụ đề ra', found: 'Số nhiệm vụ' }),
    ],
    warnings: [problem(12, 'Số liệu', '104,5', 'PERCENT_OUT_OF_RANGE', { code: '1.2.1' })],
  };

  it('in Vietnamese, with row and column, and never the server\'s English', async () => {
    const user = await choose('vi', [contextMock(), importMock(refused)]);
    await user.click(previewButton('vi'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tệp bị từ chối: 2 lỗi');
    expect(rowsOf(screen.getByTestId('import-problems'))).toEqual([
      ['9', 'Số liệu', '98,3,7', 'Dòng 3.4.2.a: không đọc được thành số viết kiểu Việt Nam — dấu phẩy là dấu thập phân và chỉ được có một lần.'],
      ['4', 'Các chỉ tiêu', 'Số nhiệm vụ', 'Dòng "Trong đó" thứ 1 của mục 1.1 trong mẫu là "Số nhiệm vụ đề ra", không phải "Số nhiệm vụ".'],
    ]);
    expect(rowsOf(screen.getByTestId('import-warnings'))).toEqual([
      ['12', 'Số liệu', '104,5', 'Dòng 1.2.1: tỷ lệ phải nằm trong khoảng 0–100; được giữ nguyên như đã ghi.'],
    ]);
    expect(screen.queryByText(/Cannot read/)).not.toBeInTheDocument();
  });

  it('in English', async () => {
    const user = await choose('en', [contextMock(), importMock(refused)]);
    await user.click(previewButton('en'));
    const table = await screen.findByTestId('import-problems');
    expect(rowsOf(table)[0]).toEqual(['9', 'Số liệu', '98,3,7', 'Row 3.4.2.a: not a Vietnamese number — a comma is the decimal mark and may appear only once.']);
  });
});

describe('ImportPage: hostile files', () => {
  it('refuses a huge file before reading or sending it', async () => {
    const user = setupUser();
    renderWithApp(<ImportPage />, { locale: 'en', mocks: [contextMock()] });
    const huge = new File([new Uint8Array(8 * 1024 * 1024)], 'huge.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Appendix I file (.csv, .xlsx)'), huge);
    expect(screen.getByRole('alert')).toHaveTextContent('The file is larger than 7 MB');
    expect(previewButton('en')).toBeDisabled();
  });
});

describe('ImportPage: a year of the reporting cycle', () => {
  it('offers one year, and refuses to import into an approved (locked) year before sending anything', async () => {
    const user = await choose('vi', [contextMock(), contextMock(2021, null), yearStatusMock(2021, 'APPROVED', false)]);
    await user.click(screen.getByRole('radio', { name: 'Một năm' }));
    expect(screen.getByRole('combobox', { name: 'Năm' })).toHaveValue('2021');
    expect(await screen.findByTestId('import-year-status')).toHaveTextContent(
      'Số liệu năm 2021 đã được phê duyệt và bị khoá: cần đơn vị thẩm định mở khoá trước khi nhập.',
    );
    expect(previewButton('vi')).toBeDisabled();
  });

  it('words the LOCKED refusal of the server in the reader\'s language', async () => {
    const locked = {
      request: importMock({ ok: true, dryRun: true }, 2021).request,
      // As the server sends it (submission.service.ts refusalError): a code, a reason and its parameters.
      result: {
        errors: [
          new GraphQLError('the 2021 figures are approved and locked', {
            extensions: { code: 'LOCKED', status: 'APPROVED', reason: 'APPROVED_LOCKED', params: { status: 'APPROVED' } },
          }),
        ],
      },
    };
    const user = await choose('en', [contextMock(), contextMock(2021, null), yearStatusMock(2021, 'DRAFT', true), locked]);
    await user.click(screen.getByRole('radio', { name: 'One year' }));
    expect(await screen.findByTestId('import-year-status')).toHaveTextContent('Figures of 2021: a draft, open to import.');
    await user.click(previewButton('en'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Approved and locked: a reviewer must unlock it before any change.',
    );
  });
});
