import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { COMMUNE_SEARCH, CURRENT_COMMUNE } from '../graphql/communes';
import { CommuneSelector } from './CommuneSelector';

const dinhHoa = { __typename: 'OrgUnit' as const, code: 'dinh-hoa', name: 'Định Hóa', kind: 'huyện' };
const daiTu = { __typename: 'OrgUnit' as const, code: 'dai-tu', name: 'Đại Từ', kind: 'huyện' };
const commune = (code: string, name: string, parent = dinhHoa) => ({ __typename: 'OrgUnit' as const, code, name, kind: 'xã', parent });

const current = (code: string, name: string) => ({
  request: { query: CURRENT_COMMUNE, variables: { code } },
  result: { data: { orgUnit: { __typename: 'OrgUnit' as const, code, name } } },
});
const search = (text: string, units: ReturnType<typeof commune>[], hasMore = false) => ({
  request: { query: COMMUNE_SEARCH, variables: { text } },
  result: { data: { orgUnitSearch: { __typename: 'OrgUnitSearch' as const, hasMore, units } } },
});

const binhThanh = commune('binh-thanh', 'Bình Thành');
const binhThanhDaiTu = commune('binh-thanh-dai-tu', 'Bình Thành', daiTu);
const firstPage = [commune('bao-cuong', 'Bảo Cường'), commune('bao-linh', 'Bảo Linh'), binhThanh];

describe('CommuneSelector', () => {
  it('shows the commune being shown, and asks the server for what is typed once the typing pauses', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    // A text typed half-way may be asked if the machine stalls between keys (the pause itself is tested in
    // useDebounced.test.tsx with a fake clock); its answer must not be what the list ends on.
    const halfWay = ['b', 'bi', 'binh', 'binh t'].map((text) => {
      const asked = vi.fn(() => search(text, []).result);
      return { asked, mock: { request: search(text, []).request, result: asked } };
    });
    renderWithApp(<CommuneSelector current="phu-dinh" onSelect={onSelect} />, {
      mocks: [current('phu-dinh', 'Phú Đình'), search('', firstPage, true), ...halfWay.map((h) => h.mock), search('binh thanh', [binhThanh, binhThanhDaiTu])],
    });
    const box = await screen.findByRole('combobox', { name: 'Xã đang xem' });
    await waitFor(() => expect(box).toHaveValue('Phú Đình'));
    expect(box).toHaveAttribute('aria-expanded', 'false');

    await user.click(box);
    await user.clear(box);
    await user.type(box, 'binh thanh');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox');
    // Namesakes told apart by their district.
    await waitFor(() => expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['Bình Thànhhuyện Định Hóa', 'Bình Thànhhuyện Đại Từ']));
    expect(screen.getByRole('status')).toHaveTextContent('2 xã khớp');

    await user.click(within(list).getAllByRole('option')[1]!);
    expect(onSelect).toHaveBeenCalledWith('binh-thanh-dai-tu');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('is worked from the keyboard: arrows move the active option, Enter opens it, Escape closes the list', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderWithApp(<CommuneSelector current="phu-dinh" onSelect={onSelect} />, {
      mocks: [current('phu-dinh', 'Phú Đình'), search('', firstPage, true), search('', firstPage, true)],
    });
    const box = await screen.findByRole('combobox', { name: 'Xã đang xem' });
    box.focus();
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    expect(screen.getByText('Chỉ hiện 3 xã đầu tiên; gõ thêm tên để thu hẹp.')).toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    const active = screen.getAllByRole('option')[1]!;
    expect(box).toHaveAttribute('aria-activedescendant', active.id);
    expect(active).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('Phú Đình');
    expect(onSelect).not.toHaveBeenCalled();

    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('binh-thanh');
  });

  it('says when no commune matches', async () => {
    const user = userEvent.setup();
    renderWithApp(<CommuneSelector current="phu-dinh" onSelect={() => {}} />, {
      locale: 'en',
      mocks: [current('phu-dinh', 'Phú Đình'), search('', firstPage), search('zz', [])],
    });
    const box = await screen.findByRole('combobox', { name: 'Commune shown' });
    await waitFor(() => expect(box).toHaveValue('Phú Đình'));
    await user.click(box);
    await user.clear(box);
    await user.type(box, 'zz');
    expect(await screen.findByText('No commune matches.')).toBeInTheDocument();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });
});
