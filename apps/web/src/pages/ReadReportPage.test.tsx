import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type * as AuthModule from '../modules/auth/hooks/useAuth';
import { ACCEPT_REPORT_READING, READ_REPORT_DOCUMENT } from '../modules/reader/graphql/readReport';
import { textToBase64 } from '../modules/reader/utils/documentFile';
import { renderWithApp } from '../test/render';
import { setupUser } from '../test/user';
import ReadReportPage from './ReadReportPage';

vi.mock('../modules/auth/hooks/useAuth', async (importOriginal) => {
  const original = await importOriginal<typeof AuthModule>();
  return {
    ...original,
    useAuth: () => ({
      user: { email: 'planner.binhthanh@demo.cchc', role: 'PLANNER', orgUnitCodes: ['binh-thanh'] },
      loading: false,
      signIn: vi.fn(),
      signOut: vi.fn(),
      canEditTargetsOf: () => true,
    }),
  };
});

const TEXT = 'PHỤ LỤC I\n6.1. Tỷ lệ thực hiện kế hoạch giải ngân vốn đầu tư công % 98,37\n1.5. Tổ chức đối thoại Không = 0 Có = 1 6';
const base = { orgUnitCode: 'binh-thanh', programme: '2021-2025', format: 'TEXT', contentBase64: textToBase64(TEXT) };
const quote = (lines: number[], text: string) => ({ __typename: 'SourceQuote' as const, lines, text });
const row = (code: string, raw: string, confidence: string, issues: string[], line: number) => ({
  __typename: 'AppendixRowProposal' as const,
  code,
  name: `Dòng ${code}`,
  unit: '%',
  unitAsWritten: '%',
  raw,
  value: Number(raw.replace(',', '.')),
  readable: true,
  note: null,
  confidence,
  issues,
  source: quote([line], TEXT.split('\n')[line - 1]!),
});
const reading = {
  __typename: 'ReportReading' as const,
  pages: null,
  lines: TEXT.split('\n'),
  missingRows: [],
  appendix: [row('6.1', '98,37', 'HIGH', [], 2), row('1.5', '6', 'MEDIUM', ['NOT_IN_LEGEND'], 3)],
  series: [],
  tasks: [],
  targets: [],
};

async function readPasted(locale: 'vi' | 'en', mocks: NonNullable<Parameters<typeof renderWithApp>[1]>['mocks']) {
  const user = setupUser();
  renderWithApp(<ReadReportPage />, { locale, mocks });
  await user.click(screen.getByLabelText(locale === 'vi' ? 'Hoặc dán văn bản của báo cáo' : "Or paste the report's text"));
  await user.paste(TEXT);
  await user.click(screen.getByRole('button', { name: locale === 'vi' ? 'Đọc tài liệu' : 'Read the document' }));
  return user;
}

describe('ReadReportPage', () => {
  it('shows proposals beside the source, accepts every HIGH one, corrects another and writes them', async () => {
    const accepted = {
      request: {
        query: ACCEPT_REPORT_READING,
        variables: { ...base, decisions: [{ code: '6.1', decision: 'ACCEPT' }, { code: '1.5', decision: 'CORRECT', raw: '1', note: null }] },
      },
      result: { data: { acceptReportReading: { __typename: 'AppendixImportResult' as const, ok: true, rowsWritten: 2, problems: [], warnings: [] } } },
    };
    const user = await readPasted('vi', [{ request: { query: READ_REPORT_DOCUMENT, variables: base }, result: { data: { readReportDocument: reading } } }, accepted]);
    const table = await screen.findByTestId('reader-appendix');
    expect(within(table).getByText('ngoài chú giải')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: '6.1' }));
    const marked = within(screen.getByTestId('reader-source')).getByText(/98,37/).closest('li')!;
    expect(marked).toHaveAttribute('aria-current', 'true');

    await user.click(screen.getByRole('button', { name: 'Nhận mọi đề xuất tin cậy cao' }));
    expect(screen.getByTestId('reader-tally')).toHaveTextContent('Nhận 1, bỏ 0, chưa duyệt 1');
    const row15 = table.querySelector('tr[data-code="1.5"]') as HTMLElement;
    await user.click(within(row15).getByRole('button', { name: 'Sửa' }));
    const input = within(row15).getByLabelText('Giá trị đúng cho dòng 1.5');
    await user.clear(input);
    await user.type(input, '1');
    await user.click(within(row15).getByRole('button', { name: 'Lưu' }));
    await user.click(screen.getByRole('button', { name: 'Ghi vào Phụ lục I' }));
    expect(await screen.findByText('Đã ghi 2 số liệu; mỗi số liệu trích dẫn đúng dòng của tài liệu.')).toBeInTheDocument();
  });

  it('words a document that cannot be read in the reader’s language', async () => {
    const failed = {
      request: { query: READ_REPORT_DOCUMENT, variables: base },
      result: {
        errors: [
          new GraphQLError('The document cannot be read: NOT_PHU_LUC_I', {
            extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64', reason: 'NOT_PHU_LUC_I', params: { rowsFound: 2, rowsExpected: 86 } },
          }),
        ],
      },
    };
    await readPasted('en', [failed]);
    expect(await screen.findByTestId('reader-error')).toHaveTextContent(
      "This document does not look like the province's Appendix I: only 2/86 template rows found.",
    );
  });
});
