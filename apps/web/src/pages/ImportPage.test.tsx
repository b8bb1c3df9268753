import { screen, within } from '@testing-library/react';
import { setupUser } from '../test/user';
import { describe, expect, it, vi } from 'vitest';
import type * as AuthModule from '../modules/auth/hooks/useAuth';
import { IMPORT_APPENDIX } from '../modules/import/graphql/importAppendix';
import { renderWithApp } from '../test/render';
import ImportPage from './ImportPage';

// Only administrators see the form; the signed-in user is not what these tests are about.
vi.mock('../modules/auth/hooks/useAuth', async (importOriginal) => {
  const original = await importOriginal<typeof AuthModule>();
  return {
    ...original,
    useAuth: () => ({
      user: { email: 'admin@demo.cchc', role: 'ADMIN', orgUnitCodes: [] },
      loading: false,
      signIn: vi.fn(),
      signOut: vi.fn(),
      canEditTargetsOf: () => true,
    }),
  };
});

const csv = 'STT,Nội dung,2021\n1.5,Có bộ phận một cửa,6\n';
const problem = (rowNumber: number, column: string, text: string, reason: string) => ({
  __typename: 'AppendixProblem' as const,
  rowNumber,
  column,
  text,
  reason,
});
const legendWarning = problem(7, '2021', '6', 'Ngoài chú giải "Không = 0; Có = 1"');
const percentWarning = problem(12, '2023', '104,5', 'Tỷ lệ ngoài 0–100');

function mockImport(result: {
  ok: boolean;
  rowsWritten: number;
  problems: ReturnType<typeof problem>[];
  warnings: ReturnType<typeof problem>[];
}) {
  return {
    request: {
      query: IMPORT_APPENDIX,
      variables: {
        orgUnitCode: 'binh-thanh',
        programme: '2021-2025',
        format: 'CSV',
        contentBase64: Buffer.from(csv).toString('base64'),
      },
    },
    result: { data: { importAppendix: { __typename: 'AppendixImportResult' as const, ...result } } },
  };
}

async function upload(locale: 'vi' | 'en', result: Parameters<typeof mockImport>[0]) {
  const user = setupUser();
  renderWithApp(<ImportPage />, { locale, mocks: [mockImport(result)] });
  const fileLabel = locale === 'vi' ? 'Tệp Phụ lục I (.csv, .xlsx)' : 'Appendix I file (.csv, .xlsx)';
  await user.upload(screen.getByLabelText(fileLabel), new File([csv], 'phu-luc.csv', { type: 'text/csv' }));
  await user.click(
    screen.getByRole('button', { name: locale === 'vi' ? 'Tải lên và kiểm tra' : 'Upload and check' }),
  );
}

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

describe('ImportPage warnings', () => {
  it('says how many values were kept as written and lists them by row and column after a successful import', async () => {
    await upload('vi', {
      ok: true,
      rowsWritten: 42,
      problems: [],
      warnings: [legendWarning, percentWarning],
    });
    expect(
      await screen.findByText('Đã nhập 42 số liệu; 2 giá trị được giữ nguyên như đã ghi và bị đánh dấu:'),
    ).toBeInTheDocument();
    expect(rowsOf(screen.getByTestId('import-warnings'))).toEqual([
      ['7', '2021', '6', 'Ngoài chú giải "Không = 0; Có = 1"'],
      ['12', '2023', '104,5', 'Tỷ lệ ngoài 0–100'],
    ]);
    expect(screen.queryByTestId('import-problems')).not.toBeInTheDocument();
  });

  it('says so in English with singular forms', async () => {
    await upload('en', { ok: true, rowsWritten: 1, problems: [], warnings: [legendWarning] });
    expect(
      await screen.findByText('Imported 1 figure; 1 value kept as written and flagged:'),
    ).toBeInTheDocument();
    expect(rowsOf(screen.getByTestId('import-warnings'))).toEqual([
      ['7', '2021', '6', 'Ngoài chú giải "Không = 0; Có = 1"'],
    ]);
  });

  it('keeps the plain success message when nothing was flagged', async () => {
    await upload('vi', { ok: true, rowsWritten: 42, problems: [], warnings: [] });
    expect(await screen.findByText('Đã nhập 42 số liệu.')).toBeInTheDocument();
    expect(screen.queryByTestId('import-warnings')).not.toBeInTheDocument();
  });

  it('shows the warnings beside the problems of a rejected file', async () => {
    await upload('vi', {
      ok: false,
      rowsWritten: 0,
      problems: [problem(9, '2022', 'abc', '"abc" không phải là số')],
      warnings: [percentWarning],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Tệp bị từ chối: 1 lỗi');
    expect(rowsOf(screen.getByTestId('import-problems'))).toEqual([
      ['9', '2022', 'abc', '"abc" không phải là số'],
    ]);
    expect(
      screen.getByText('Ngoài ra 1 giá trị sẽ được giữ nguyên như đã ghi nhưng bị đánh dấu:'),
    ).toBeInTheDocument();
    expect(rowsOf(screen.getByTestId('import-warnings'))).toEqual([
      ['12', '2023', '104,5', 'Tỷ lệ ngoài 0–100'],
    ]);
  });
});
