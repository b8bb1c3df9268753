import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CommuneListQuery } from '../../../gql/graphql';
import { renderWithApp } from '../../../test/render';
import { COMMUNE_LIST } from '../graphql/communes';
import { CommuneSelector, FILTER_FROM } from './CommuneSelector';

const district = { __typename: 'OrgUnit' as const, code: 'dinh-hoa', name: 'Định Hóa' };
const commune = (code: string, name: string) => ({ __typename: 'OrgUnit' as const, code, name, kind: 'xã', level: 'COMMUNE' as const, parent: district });
const mock = (orgUnits: CommuneListQuery['orgUnits']) => [{ request: { query: COMMUNE_LIST }, result: { data: { orgUnits } } }];

describe('CommuneSelector', () => {
  it('lists the communes in Vietnamese alphabetical order (Bảo Cường before Bình Yên, Đ after D), without districts or provinces', async () => {
    renderWithApp(<CommuneSelector current="binh-thanh" onSelect={() => {}} />, {
      mocks: mock([
        commune('binh-yen', 'Bình Yên'),
        commune('diem-mac', 'Điềm Mặc'),
        commune('binh-thanh', 'Bình Thành'),
        { ...commune('dinh-hoa', 'Định Hóa'), kind: 'huyện', level: 'DISTRICT' },
        commune('bao-cuong', 'Bảo Cường'),
        commune('duong-thanh', 'Dương Thành'),
      ]),
    });
    const select = await screen.findByLabelText('Xã đang xem');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Bảo Cường', 'Bình Thành', 'Bình Yên', 'Dương Thành', 'Điềm Mặc']);
    expect(select).toHaveValue('binh-thanh');
  });

  it('calls onSelect with the chosen commune', async () => {
    const onSelect = vi.fn();
    renderWithApp(<CommuneSelector current="binh-thanh" onSelect={onSelect} />, { mocks: mock([commune('binh-thanh', 'Bình Thành'), commune('phu-dinh', 'Phú Đình')]) });
    fireEvent.change(await screen.findByLabelText('Xã đang xem'), { target: { value: 'phu-dinh' } });
    expect(onSelect).toHaveBeenCalledWith('phu-dinh');
  });

  it('offers a filter, accents optional, when the server holds many communes', async () => {
    const many = Array.from({ length: FILTER_FROM + 5 }, (_, i) => commune(`xa-${i}`, `Xã số ${i}`));
    renderWithApp(<CommuneSelector current="phu-dinh" onSelect={() => {}} />, { mocks: mock([...many, commune('phu-dinh', 'Phú Đình'), commune('phuong-tien', 'Phượng Tiến')]) });
    const filter = await screen.findByLabelText('Lọc danh sách xã');
    fireEvent.change(filter, { target: { value: 'phuong' } });
    expect(within(screen.getByLabelText('Xã đang xem')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Phú Đình', 'Phượng Tiến']);
  });
});
