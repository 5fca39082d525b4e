import { createInterface } from 'node:readline';
import { defineCommand } from './commands';

export default defineCommand({
  name: 'score',
  summary: 'Rescore stored outputs: JSONL {problem_type, options, answer, output} on stdin',
  usage: `Usage: npm run -s benchhub -- score [--json] < outputs.jsonl
Reads one JSON object per line ({"problem_type","options","answer","output"}) and writes
one {"correct","extracted","status"} per line (JSON lines, with or without --json), without calling any model.
Exits 1 when a line could not be read (that line's output is {"error": ...}).`,
  options: { json: { type: 'boolean' } },
  async run() {
    const { scoreJsonLine } = await import('@benchhub/core/scoring');
    let bad = 0;
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const result = scoreJsonLine(line);
      if ('error' in result) bad++;
      console.log(JSON.stringify(result));
    }
    return bad > 0 ? 1 : 0;
  },
});
