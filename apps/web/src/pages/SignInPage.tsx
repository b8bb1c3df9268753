import { useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '../modules/auth/components/SignInForm';

export default function SignInPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  // Only same-site paths: a crafted ?next= must not send the user elsewhere.
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  return <SignInForm onSignedIn={() => void navigate(target, { replace: true })} />;
}
