/**
 * A deterministic OpenAI-compatible chat server for tests and benchmarks, on 127.0.0.1.
 * It answers through a caller-supplied function and can inject latency and faults.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatMessage {
  role: string;
  content: string;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  max_tokens?: number;
}

export interface FaultPlan {
  /** Fixed latency added to every request. */
  latencyMs?: number;
  /** Respond with this status for the n-th request (1-based) and these numbers, e.g. 429 or 500. */
  failRequests?: Map<number, number>;
  /** Every request fails with this HTTP status. */
  alwaysFailWith?: number;
  /** Retry-After header (seconds) sent with 429 responses. */
  retryAfterSeconds?: number;
  /** Per request (1-based number, body): a fault to inject instead of the answer, or null to answer. Checked after the above. */
  chaos?: (n: number, request: ChatRequest) => Fault | null;
  /** Requests without `Authorization: Bearer <this>` get a 401 that echoes the key sent (as OpenAI's does). */
  requireApiKey?: string;
  /** The models served: `GET /models` lists them and chat for another model is a 404; null: no `/models` route (default: any model, listed as test-model). */
  models?: string[] | null;
}

/**
 * Faults a real endpoint shows: an HTTP error (429 with Retry-After, 5xx), a 200 whose body is not a
 * completion, a request that hangs (answered after `ms`, or never when the client gives up first), a
 * connection reset mid-request.
 */
export type Fault =
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  | { kind: 'garbage' }
  | { kind: 'no-choices' }
  | { kind: 'hang'; ms: number }
  | { kind: 'reset' };

export interface OpenAiTestServer {
  url: string;
  /** Requests received, in arrival order. */
  requests: Array<{ at: number; model: string; authorization: string | null; headers: Record<string, string | string[] | undefined>; body: ChatRequest }>;
  faults: FaultPlan;
  /** Most chat requests that were being handled at the same time. */
  maxInFlight: number;
  /** TCP connections accepted so far (keep-alive clients reuse theirs). */
  connections: number;
  /** Faults injected by `chaos`, by kind (status faults as `status:<code>`). */
  injected: Record<string, number>;
  /** Chat requests answered with a completion (200 and a valid body), in order. */
  answered: Array<{ at: number; n: number }>;
  close(): Promise<void>;
}

export async function startOpenAiTestServer(
  answer: (request: ChatRequest) => string,
  faults: FaultPlan = {},
): Promise<OpenAiTestServer> {
  const state: OpenAiTestServer = { url: '', requests: [], faults, maxInFlight: 0, connections: 0, injected: {}, answered: [], close: async () => {} };
  let counter = 0;
  let inFlight = 0;

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const required = state.faults.requireApiKey;
    if (required !== undefined && req.headers.authorization !== `Bearer ${required}`) {
      const sent = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      send(401, { error: { message: `Incorrect API key provided: ${sent}`, type: 'invalid_request_error', code: 'invalid_api_key' } });
      return;
    }
    if (req.method === 'GET' && req.url?.endsWith('/models') && state.faults.models !== null) {
      const ids = state.faults.models ?? ['test-model'];
      send(200, { object: 'list', data: ids.map((id) => ({ id, object: 'model', owned_by: 'tests' })) });
      return;
    }
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      send(404, { error: { message: 'not found' } });
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
    if (state.faults.models && !state.faults.models.includes(body.model)) {
      send(404, { error: { message: `The model \`${body.model}\` does not exist`, type: 'invalid_request_error', code: 'model_not_found' } });
      return;
    }
    const n = ++counter;
    state.maxInFlight = Math.max(state.maxInFlight, ++inFlight);
    res.once('close', () => inFlight--);
    state.requests.push({ at: Date.now(), model: body.model, authorization: req.headers.authorization ?? null, headers: req.headers, body });
    if (state.faults.latencyMs) await new Promise((r) => setTimeout(r, state.faults.latencyMs));
    const failure = state.faults.alwaysFailWith ?? state.faults.failRequests?.get(n);
    if (failure) {
      const headers: Record<string, string> = {};
      if (failure === 429 && state.faults.retryAfterSeconds !== undefined) headers['retry-after'] = String(state.faults.retryAfterSeconds);
      send(failure, { error: { message: `injected failure ${failure}`, type: 'test' } }, headers);
      return;
    }
    const fault = state.faults.chaos?.(n, body) ?? null;
    if (fault) {
      const name = fault.kind === 'status' ? `status:${fault.status}` : fault.kind;
      state.injected[name] = (state.injected[name] ?? 0) + 1;
      if (fault.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'garbage') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id": "chatcmpl-garbage", "choices": [ <html>502 Bad Gateway</html>');
        return;
      }
      if (fault.kind === 'no-choices') {
        send(200, { id: `chatcmpl-empty-${n}`, object: 'chat.completion', created: 0, model: body.model, choices: [] });
        return;
      }
      if (fault.kind === 'hang') {
        await new Promise((r) => setTimeout(r, fault.ms));
        if (res.destroyed) return;
      } else {
        const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
        send(fault.status, { error: { message: `injected failure ${fault.status}`, type: 'test' } }, headers);
        return;
      }
    }
    const content = answer(body);
    state.answered.push({ at: Date.now(), n });
    const promptText = body.messages.map((m) => m.content).join('\n');
    send(200, {
      id: `chatcmpl-test-${n}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: {
        prompt_tokens: Math.ceil(promptText.length / 4),
        completion_tokens: Math.ceil(content.length / 4),
        total_tokens: Math.ceil(promptText.length / 4) + Math.ceil(content.length / 4),
      },
    });
  };

  const server: Server = createServer((req, res) => {
    handler(req, res).catch((error) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', () => state.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}/v1`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
