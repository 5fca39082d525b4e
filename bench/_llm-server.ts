/**
 * The throughput benchmark's OpenAI-compatible server in its own process, as a real local inference
 * server (vLLM, llama.cpp) would be: it must not share an event loop with the code that measures.
 * Started with `fork`; sends `{ url }`, then answers `{ stats: { from } }` with how many requests
 * arrived since request number `from`, when the first and last of them arrived (epoch ms), and the most
 * requests in flight at once since `{ resetPeak: true }`.
 */
import { startOpenAiTestServer } from '@benchhub/worker/testing/openai-test-server';

const latencyMs = Number(process.env.LLM_LATENCY_MS ?? 20);
const llm = await startOpenAiTestServer(() => 'The answer is A.', { latencyMs });
process.send!({ url: llm.url });
process.on('message', (message: { stats?: { from: number }; resetPeak?: true; close?: true }) => {
  if (message.resetPeak) llm.maxInFlight = 0;
  if (message.stats) {
    const since = llm.requests.slice(message.stats.from);
    process.send!({
      stats: { connections: llm.connections, total: llm.requests.length, count: since.length, firstAt: since[0]?.at ?? null, lastAt: since.at(-1)?.at ?? null, maxInFlight: llm.maxInFlight },
    });
  }
  if (message.close) void llm.close().then(() => process.exit(0));
});
