import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FindingList_FindingFragment } from '../../../gql/graphql';
import { renderWithApp } from '../../../test/render';
import { createFormatter } from '../../ui/hooks/useFormat';
import { FindingList } from './FindingList';

const conflicting: FindingList_FindingFragment = {
  rule: 'CONFLICTING_VALUES',
  severity: 'ERROR',
  indicatorCodes: ['N.TTHC.DIGITISATION_RATE'],
  indicators: [{ code: 'N.TTHC.DIGITISATION_RATE', codeAsWritten: '', name: 'Tỷ lệ số hoá hồ sơ, kết quả giải quyết TTHC', nameEn: 'Case files and results digitised' }],
  period: '2024',
  values: [
    { label: 'II.2.2 / Kết quả một số chỉ số Cải cách TTHC 2021–2024 / 4 / 2024', value: 100, raw: '100%', sectionKey: 'II.2.2' },
    { label: 'DM / DANH MỤC / Nhiệm vụ 6', value: 97.54, raw: '97,54%', sectionKey: 'DM' },
  ],
  message: { vi: 'được nêu với các giá trị khác nhau', en: 'is stated with different values' },
  explanation: null,
};

describe('FindingList', () => {
  it('links a value read in the report to the section it was read in', () => {
    renderWithApp(<FindingList findings={[conflicting]} orgUnitCode="binh-thanh" />);
    const link = screen.getByRole('link', { name: /II\.2\.2 \/ Kết quả/ });
    expect(link).toHaveAttribute('href', '/units/binh-thanh/reports/2021-2025/sections/II.2.2');
    expect(screen.getByRole('link', { name: 'DM / DANH MỤC / Nhiệm vụ 6' })).toHaveAttribute('href', '/units/binh-thanh/reports/2021-2025/sections/DM');
  });

  it('links each indicator by its printed code and name in the reader\'s language, never its internal key', () => {
    const shares: FindingList_FindingFragment = {
      rule: 'SHARES_OVER_100',
      severity: 'ERROR',
      indicatorCodes: ['7.5.2', '7.5.2.a'],
      indicators: [
        { code: '7.5.2', codeAsWritten: '7.5.2.', name: 'Tỷ lệ văn bản trao đổi dưới dạng điện tử', nameEn: 'Documents exchanged electronically' },
        { code: '7.5.2.a', codeAsWritten: '', name: 'Văn bản đi', nameEn: 'Outgoing documents' },
      ],
      period: '2024',
      values: [{ label: '7.5.2.a', value: 100, raw: '100%', sectionKey: null }],
      message: { vi: '…', en: '…' },
      explanation: null,
    };
    const { unmount } = renderWithApp(<FindingList findings={[conflicting, shares]} orgUnitCode="binh-thanh" />);
    expect(screen.getByRole('link', { name: 'Xem chỉ tiêu Tỷ lệ số hoá hồ sơ, kết quả giải quyết TTHC' }).getAttribute('href')).toMatch(
      /^\/units\/binh-thanh\/indicators\/N\.TTHC\.DIGITISATION_RATE#/,
    );
    expect(screen.getByRole('link', { name: 'Xem chỉ tiêu 7.5.2. Tỷ lệ văn bản trao đổi dưới dạng điện tử' })).toBeInTheDocument();
    // A value of a component row is named, not keyed.
    expect(screen.getByText('Văn bản đi')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/N\.TTHC|7\.5\.2\.a/);
    unmount();
    renderWithApp(<FindingList findings={[shares]} orgUnitCode="binh-thanh" />, { locale: 'en' });
    expect(screen.getByRole('link', { name: 'See indicator 7.5.2. Documents exchanged electronically' })).toBeInTheDocument();
    expect(screen.getByText('Outgoing documents')).toBeInTheDocument();
  });

  it('shows the commune\'s explanation and the reviewer\'s verdict with who and when', () => {
    renderWithApp(
      <FindingList
        findings={[
          {
            ...conflicting,
            explanation: {
              kind: 'EXPLAINED',
              text: 'Bảng 2.2 tính đến hết quý III',
              explainedBy: 'planner.binhthanh@demo.cchc',
              explainedAt: '2026-03-02T03:00:00.000Z',
              review: 'QUESTIONED',
              reviewComment: 'Nêu rõ nguồn số liệu quý IV',
              reviewedBy: 'reviewer.thainguyen@demo.cchc',
              reviewedAt: '2026-03-05T03:00:00.000Z',
            },
          },
        ]}
        orgUnitCode="binh-thanh"
      />,
    );
    const box = within(screen.getByTestId('finding-explanation'));
    expect(box.getByText('Giải trình')).toBeInTheDocument();
    expect(box.getByText(/Bảng 2.2 tính đến hết quý III/)).toBeInTheDocument();
    const when = createFormatter('vi').dateTime;
    expect(box.getByText(`(planner.binhthanh@demo.cchc, ${when('2026-03-02T03:00:00.000Z')})`)).toBeInTheDocument();
    expect(box.getByText('Cần làm rõ')).toBeInTheDocument();
    expect(box.getByText(/Nêu rõ nguồn số liệu quý IV/)).toBeInTheDocument();
    expect(box.getByText(`(Đơn vị thẩm định: reviewer.thainguyen@demo.cchc, ${when('2026-03-05T03:00:00.000Z')})`)).toBeInTheDocument();
  });

  it('marks a finding confirmed "as in the source" without a text', () => {
    renderWithApp(
      <FindingList
        findings={[
          {
            ...conflicting,
            explanation: {
              kind: 'AS_IN_SOURCE',
              text: '',
              explainedBy: 'planner.binhthanh@demo.cchc',
              explainedAt: '2026-03-02T03:00:00.000Z',
              review: 'PENDING',
              reviewComment: null,
              reviewedBy: null,
              reviewedAt: null,
            },
          },
        ]}
        orgUnitCode="binh-thanh"
      />,
    );
    const box = within(screen.getByTestId('finding-explanation'));
    expect(box.getByText('Đúng như nguồn')).toBeInTheDocument();
    expect(box.getByText('Chờ xem xét')).toBeInTheDocument();
  });
});
