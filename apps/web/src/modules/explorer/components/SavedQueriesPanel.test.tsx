import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { RENAME_SAVED_QUERY, SAVE_QUERY, SAVED_QUERIES } from '../graphql/savedQueries';
import { SavedQueriesPanel } from './SavedQueriesPanel';

const saved = (id: string, name: string) => ({ __typename: 'SavedQuery' as const, id, name, query: `{ q${id} }`, variables: null });
const list = (...items: ReturnType<typeof saved>[]) => ({ request: { query: SAVED_QUERIES }, result: { data: { savedQueries: items } } });
const current = () => ({ query: '{ programmes { code } }', variables: '' });
const input = (name: string, replace: boolean) => ({ name, query: '{ programmes { code } }', variables: null, replace });

describe('SavedQueriesPanel', () => {
  it('lists saved queries in Vietnamese alphabetical order', async () => {
    renderWithApp(<SavedQueriesPanel current={current} onOpen={vi.fn()} />, { mocks: [list(saved('1', 'Đối chiếu'), saved('2', 'Xếp hạng'), saved('3', 'Bảng'))] });
    const items = await screen.findAllByRole('button', { name: /^(Đối chiếu|Xếp hạng|Bảng)$/ });
    expect(items.map((b) => b.textContent)).toEqual(['Bảng', 'Đối chiếu', 'Xếp hạng']);
  });

  it('asks before overwriting a query of the same name, then saves with replace', async () => {
    const user = setupUser();
    const onSave = vi.fn(() => ({ data: { saveQuery: saved('1', 'Xếp hạng') } }));
    renderWithApp(<SavedQueriesPanel current={current} onOpen={vi.fn()} />, {
      mocks: [list(saved('1', 'Xếp hạng')), { request: { query: SAVE_QUERY, variables: { input: input('Xếp hạng', true) } }, result: onSave }],
    });
    await screen.findByRole('button', { name: 'Xếp hạng' });
    await user.type(screen.getByLabelText('Tên truy vấn'), 'Xếp hạng');
    await user.click(screen.getByRole('button', { name: 'Ghi đè "Xếp hạng"' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Bạn đã có truy vấn "Xếp hạng". Ghi đè bằng truy vấn đang soạn?');
    expect(onSave).not.toHaveBeenCalled();
    await user.click(within(alert).getByRole('button', { name: 'Ghi đè' }));
    expect(await screen.findByText('Đã lưu "Xếp hạng".')).toBeInTheDocument();
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('words the server refusal of a taken name in the reader’s language and offers to overwrite', async () => {
    const user = setupUser();
    renderWithApp(<SavedQueriesPanel current={current} onOpen={vi.fn()} />, {
      locale: 'en',
      mocks: [
        list(),
        {
          request: { query: SAVE_QUERY, variables: { input: input('Ranking', false) } },
          result: { errors: [new GraphQLError('You already have a saved query named "Ranking"', { extensions: { code: 'CONFLICT', reason: 'SAVED_QUERY_NAME_TAKEN', name: 'Ranking' } })] },
        },
      ],
    });
    await screen.findByText('No saved queries yet.');
    await user.type(screen.getByLabelText('Query name'), 'Ranking');
    await user.click(screen.getByRole('button', { name: 'Save the current query' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You already have a query named "Ranking". Overwrite it with the current query?');
  });

  it('renames a query and shows the coded refusal when the name is taken', async () => {
    const user = setupUser();
    renderWithApp(<SavedQueriesPanel current={current} onOpen={vi.fn()} />, {
      mocks: [
        list(saved('1', 'Xếp hạng'), saved('2', 'Phát hiện')),
        {
          request: { query: RENAME_SAVED_QUERY, variables: { id: '2', name: 'Xếp hạng' } },
          result: { errors: [new GraphQLError('taken', { extensions: { code: 'CONFLICT', reason: 'SAVED_QUERY_NAME_TAKEN', name: 'Xếp hạng' } })] },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Đổi tên truy vấn "Phát hiện"' }));
    const field = screen.getByLabelText('Tên mới cho "Phát hiện"');
    await user.clear(field);
    await user.type(field, 'Xếp hạng');
    await user.click(screen.getByRole('button', { name: 'Lưu tên' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bạn đã có truy vấn tên "Xếp hạng". Chọn tên khác, hoặc ghi đè truy vấn đó.');
  });

  it('refuses variables that are not a JSON object before sending', async () => {
    const user = setupUser();
    renderWithApp(<SavedQueriesPanel current={() => ({ query: '{ me { id } }', variables: '[1]' })} onOpen={vi.fn()} />, { mocks: [list()] });
    await screen.findByText('Chưa lưu truy vấn nào.');
    await user.type(screen.getByLabelText('Tên truy vấn'), 'Mới');
    await user.click(screen.getByRole('button', { name: 'Lưu truy vấn đang soạn' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Biến (Variables) phải là một đối tượng JSON');
  });
});
