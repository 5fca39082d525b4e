/**
 * GET /export/leaderboard.csv and /export/leaderboard.json: any leaderboard view as a file.
 *
 * Query parameters (all optional, same meaning as the GraphQL LeaderboardFilter):
 *   language=Korean|English (or ko/en), subject=Science | Science/Math, taskType=Knowledge|Reasoning|Value/Alignment
 *   (also task_type), model=<substring> (also modelSearch), includeQuarantined=true, orderBy=SCORE_DESC|SCORE_ASC|MODEL_ASC|SUBJECT_ASC|UPDATED_DESC
 * Rows: { model, language, subject, taskType, score, n, ciLow, ciHigh, source }; the CSV has a header row
 * and re-imports with `benchhub import-leaderboard`.
 *
 * Returns null for any other path so the caller can fall through to GraphQL.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrismaClient } from '@benchhub/db';
import { DomainError } from '../errors';
import { exportLeaderboardRows, leaderboardCsv, parseLeaderboardOrder, type LeaderboardFilter } from '../services/leaderboard';

export interface LeaderboardExportDeps {
  db: PrismaClient;
}

const PATHS: Record<string, 'csv' | 'json'> = {
  '/export/leaderboard.csv': 'csv',
  '/export/leaderboard.json': 'json',
};

const first = (params: URLSearchParams, ...names: string[]) => {
  for (const name of names) {
    const value = params.get(name);
    if (value !== null && value.trim() !== '') return value;
  }
  return null;
};

export function exportFilterFromParams(params: URLSearchParams): LeaderboardFilter {
  const include = first(params, 'includeQuarantined', 'include_quarantined');
  return {
    language: first(params, 'language', 'lang'),
    subject: first(params, 'subject'),
    taskType: first(params, 'taskType', 'task_type', 'task-type'),
    modelSearch: first(params, 'model', 'modelSearch'),
    includeQuarantined: include !== null && ['1', 'true', 'yes'].includes(include.toLowerCase()),
  };
}

const jsonError = (status: number, code: string, message: string) =>
  new Response(JSON.stringify({ error: { code, message } }), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

export async function handleLeaderboardExport(request: Request, deps: LeaderboardExportDeps): Promise<Response | null> {
  const url = new URL(request.url, 'http://localhost');
  const format = PATHS[url.pathname];
  if (!format) return null;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
  }
  try {
    const filter = exportFilterFromParams(url.searchParams);
    const order = parseLeaderboardOrder(first(url.searchParams, 'orderBy', 'order'));
    const rows = await exportLeaderboardRows(deps.db, filter, order);
    const body = format === 'csv' ? leaderboardCsv(rows) : JSON.stringify(rows);
    const headers = {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="leaderboard.${format}"`,
      'cache-control': 'no-store',
      'x-total-count': String(rows.length),
    };
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  } catch (error) {
    if (error instanceof DomainError) return jsonError(400, error.code, error.message);
    throw error;
  }
}

/**
 * Node adapter for `http.createServer`: answers the export paths and returns true, or returns false
 * (without touching the response) so the caller hands the request to GraphQL Yoga.
 */
export async function handleLeaderboardExportNode(
  req: IncomingMessage,
  res: ServerResponse,
  deps: LeaderboardExportDeps,
): Promise<boolean> {
  const pathname = (req.url ?? '/').split('?')[0]!;
  if (!(pathname in PATHS)) return false;
  const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), { method: req.method ?? 'GET' });
  try {
    const response = (await handleLeaderboardExport(request, deps))!;
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch {
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: { code: 'INTERNAL', message: 'Export failed' } }));
  }
  return true;
}
