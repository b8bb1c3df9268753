import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { ErrorNotice } from './Status';

describe('ErrorNotice', () => {
  it('explains a failed HTTP response in words and keeps the technical message as a detail', () => {
    const error = new ServerError('Response not successful: Received status code 502', {
      response: new Response('Bad gateway', { status: 502 }),
      bodyText: 'Bad gateway',
    });
    renderWithApp(<ErrorNotice error={error} />, { locale: 'vi' });
    expect(screen.getByRole('alert')).toHaveTextContent('Máy chủ không trả lời được (mã 502)');
    expect(screen.getByRole('alert')).toHaveTextContent('Received status code 502');
  });

  it('says the server cannot be reached when the request never got an answer', () => {
    renderWithApp(<ErrorNotice error={new TypeError('Failed to fetch')} />, { locale: 'en' });
    expect(screen.getByRole('alert')).toHaveTextContent('Cannot reach the server.');
  });

  it('shows the API message of a GraphQL error as it is', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'Không tìm thấy đơn vị "x"' }] });
    renderWithApp(<ErrorNotice error={error} />, { locale: 'vi' });
    expect(screen.getByRole('alert')).toHaveTextContent('Có lỗi: Không tìm thấy đơn vị "x"');
  });
});

describe('ErrorNotice of an API error', () => {
  it("words the reason in the reader's language and hides the server's English message", () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Planner p@x may not change targets or data of org unit "binh-thanh"',
          extensions: { code: 'FORBIDDEN', reason: 'NOT_YOUR_ORG_UNIT', params: { orgUnitCode: 'binh-thanh', action: 'CHANGE_DATA' } },
        },
      ],
    });
    renderWithApp(<ErrorNotice error={error} />, { locale: 'vi' });
    expect(screen.getByRole('alert')).toHaveTextContent('đây không phải xã của bạn');
    expect(screen.getByRole('alert')).not.toHaveTextContent('may not change');
  });
});
