export const TASK_STATUSES = ['PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'HELD'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type RunStatus = TaskStatus;

export const TERMINAL_STATUSES: readonly TaskStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];
export const isTerminal = (status: string) => (TERMINAL_STATUSES as readonly string[]).includes(status);

export const RUN_SOURCES = ['LIVE', 'CACHED'] as const;
export type RunSource = (typeof RUN_SOURCES)[number];

export const SAMPLE_STATUSES = ['correct', 'incorrect', 'ambiguous', 'unparsed', 'unscored', 'error'] as const;
export type SampleStatus = (typeof SAMPLE_STATUSES)[number];
/** Samples that count in n (accuracy's denominator): ambiguous and unparsed answers earn no credit. */
export const SCORED_SAMPLE_STATUSES: ReadonlySet<string> = new Set<SampleStatus>(['correct', 'incorrect', 'ambiguous', 'unparsed']);

export const ENDPOINT_KINDS = ['OPENAI_COMPATIBLE', 'BASELINE'] as const;
export type EndpointKind = (typeof ENDPOINT_KINDS)[number];
