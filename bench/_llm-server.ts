/**
 * The benchmarks' OpenAI-compatible server in its own process, as a real local inference server
 * (vLLM, llama.cpp) would be: it must not share an event loop with the code that measures.
 * Started with `fork`; reports its URL, then answers `count` messages with the requests it served.
 */
import { startOpenAiTestServer } from '@benchhub/worker/testing/openai-test-server';

const latencyMs = Number(process.env.LLM_LATENCY_MS ?? 20);
const llm = await startOpenAiTestServer(() => 'The answer is A.', { latencyMs });
process.send!({ url: llm.url });
process.on('message', (message: string) => {
  if (message === 'count') process.send!({ count: llm.requests.length });
  if (message === 'span') process.send!({ span: [llm.requests.at(-2000)?.at ?? 0, llm.requests.at(-1)?.at ?? 0] });
  if (message === 'close') void llm.close().then(() => process.exit(0));
});
