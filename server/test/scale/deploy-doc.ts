/**
 * DEPLOY.md's commands, as written: fenced blocks whose info string carries `deploy=<step>` (```sh
 * deploy=redis). The scale test runs them, so the guide cannot drift from what works.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@benchhub/db';

export interface DeployBlock {
  language: string;
  body: string;
}

export function deploySteps(file = path.join(REPO_ROOT, 'DEPLOY.md')): Map<string, DeployBlock> {
  const steps = new Map<string, DeployBlock>();
  for (const match of readFileSync(file, 'utf8').matchAll(/^```(\w+) deploy=([\w-]+)\n([\s\S]*?)^```$/gm)) {
    steps.set(match[2]!, { language: match[1]!, body: match[3]! });
  }
  return steps;
}

export function deployStep(steps: Map<string, DeployBlock>, name: string): DeployBlock {
  const step = steps.get(name);
  if (!step) throw new Error(`DEPLOY.md has no block tagged deploy=${name}`);
  return step;
}

/** The command lines of a shell block (comments and blank lines dropped). */
export function commandLines(block: DeployBlock): string[] {
  return block.body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

export interface Finished {
  code: number | null;
  stdout: string;
  /** stdout and stderr as they came. */
  output: string;
}

/** Runs one command line with sh from the repository root and waits for it. */
export function runCommand(line: string, env: NodeJS.ProcessEnv, prefix: string[] = []): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const [command, ...args] = [...prefix, 'sh', '-c', line];
    const child = spawn(command!, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), (output += chunk.toString())));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, output }));
  });
}

export interface Service {
  child: ChildProcess;
  output(): string;
  /** Signals every process of the service (its own process group). */
  signal(signal: NodeJS.Signals): void;
  exited: Promise<number | null>;
}

/** Starts a long-running command line (sh execs it) in a process group of its own. */
export function startService(line: string, env: NodeJS.ProcessEnv, prefix: string[] = []): Service {
  const [command, ...args] = [...prefix, 'sh', '-c', `exec ${line}`];
  const child = spawn(command!, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    signal(signal) {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
    },
    exited,
  };
}
