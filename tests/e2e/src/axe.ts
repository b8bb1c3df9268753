// The accessibility pass: axe-core, read from this package's node_modules (never the internet) and injected into the
// page, run with the WCAG 2.1 A and AA rules. A view passes when no violation is serious or critical.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, ImpactValue, Result } from 'axe-core';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

/** A violation in a form that reads well in a failed assertion: rule, impact, and where. */
export interface Violation {
  rule: string;
  impact: ImpactValue | null | undefined;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * The serious and critical WCAG 2.1 A/AA violations on the page as it is now. The page's CSP forbids inline scripts,
 * so the context running this needs `bypassCSP: true`.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_SOURCE });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_TAGS,
  );
  return results.violations.filter((v: Result) => v.impact != null && BLOCKING.includes(v.impact)).map((v: Result) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200) })),
  }));
}
