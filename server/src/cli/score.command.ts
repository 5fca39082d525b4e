import { createInterface } from 'node:readline';
import { scoreJsonLine } from '@benchhub/core/scoring';
import type { Command } from './commands';

export const scoreCommand: Command = {
  summary: 'Rescore stored outputs: JSONL {problem_type, options, answer, output} on stdin',
  usage: `Usage: npm run -s benchhub -- score < outputs.jsonl
Reads one JSON object per line ({"problem_type","options","answer","output"}) and writes
one {"correct","extracted","status"} per line, without calling any model.`,
  options: {},
  async run() {
    let bad = 0;
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const result = scoreJsonLine(line);
      if ('error' in result) bad++;
      console.log(JSON.stringify(result));
    }
    return bad > 0 ? 1 : 0;
  },
};
