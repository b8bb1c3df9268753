import { describe, expect, it } from 'vitest';
import { paths } from '../../ui/utils/paths';
import { communePath } from './communePath';

const go = (pathname: string, search = '') => communePath({ pathname, search }, 'phu-dinh', (c) => paths.overview(c));

describe('communePath', () => {
  it('keeps the kind of page: a section, an indicator, the findings with their filters, a year form', () => {
    expect(go('/units/binh-thanh/reports/2021-2025/sections/II.2.2')).toBe('/units/phu-dinh/reports/2021-2025/sections/II.2.2');
    expect(go('/units/binh-thanh/indicators/N.PAR.SCORE')).toBe('/units/phu-dinh/indicators/N.PAR.SCORE');
    expect(go('/units/binh-thanh/findings', '?severity=ERROR')).toBe('/units/phu-dinh/findings?severity=ERROR');
    expect(go('/units/binh-thanh/data/2026')).toBe('/units/phu-dinh/data/2026');
  });

  it("opens the commune's overview from a page that belongs to no commune", () => {
    expect(go('/compare', '?indicators=x')).toBe('/units/phu-dinh/reports/2021-2025');
    expect(go('/explorer')).toBe('/units/phu-dinh/reports/2021-2025');
  });
});
