import { lazy, Suspense } from 'react';
import { Loading } from '../../ui/components/Status';
import type { EChartProps } from './EChart';

const EChart = lazy(() => import('./EChart'));

export function LazyChart(props: EChartProps) {
  return (
    <Suspense fallback={<Loading />}>
      <EChart {...props} />
    </Suspense>
  );
}
