// The benchmark's workloads W1–W3 (W4 mixes them), with the parameters every system answers the same question for.
export interface WorkloadParams {
  /** W1/W2: one indicator (a percentage, higher is better). */
  indicator: string;
  fromYear: number;
  toYear: number;
  /** W1: every commune of this province. */
  province: string;
  /** W1 at 5,000 communes: their codes (null when the loaded preset has fewer communes). */
  manyCommunes: string[] | null;
  /** W2: the ranking year and how many to return. */
  rankYear: number;
  top: number;
  /** W3: one district, its communes, these ten indicators, the years first..last. */
  district: string;
  dashboardIndicators: string[];
  firstYear: number;
  lastYear: number;
}

/** W5 (issue 12): the overview's and an indicator page's queries as the web app sends them, cold and warm (ETag). */
export type W5Workload = 'W5-overview' | 'W5-overview-warm' | 'W5-indicator' | 'W5-indicator-warm';
export type WorkloadId = 'W1' | 'W1-5000' | 'W2' | 'W3' | W5Workload;
export const W5_WORKLOADS: readonly W5Workload[] = ['W5-overview', 'W5-overview-warm', 'W5-indicator', 'W5-indicator-warm'];

/** What a load generator sends for one request of a workload to one system. */
export interface HttpRequestSpec {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body: string | null;
}

export interface SystemClient {
  /** The request for a workload, or null when the system cannot express it. */
  request(workload: WorkloadId, params: WorkloadParams): HttpRequestSpec | null;
  /** A check that a response answers the question (row counts), so a fast wrong answer does not count. */
  rows(workload: WorkloadId, body: unknown): number;
  /** Work after each start of the system's server, before its requests are built (CCHC: register the persisted
   * queries, read the current ETags). */
  prepare?(baseUrl: string): Promise<void>;
  /** The HTTP status a workload's answers have when right (default: any 2xx); W5 warm: 304. */
  expectedStatus?(workload: WorkloadId): number | undefined;
}

export const jsonPost = (path: string, payload: unknown): HttpRequestSpec => ({
  method: 'POST',
  path,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(payload),
});
