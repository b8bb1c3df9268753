// Renders a component with the app's providers: i18n in a chosen language, a mocked Apollo client, a router.
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { createI18n, type Locale } from '../i18n';
import { en } from '../i18n/en';
import { AuthProvider } from '../modules/auth/hooks/useAuth';

export function renderWithApp(ui: React.ReactElement, options: { locale?: Locale; mocks?: MockedProviderProps['mocks']; route?: string } = {}) {
  const i18n = createI18n(options.locale ?? 'vi', { en });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={options.mocks ?? []}>
        <AuthProvider>
          <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
        </AuthProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
  return { ...result, i18n };
}
