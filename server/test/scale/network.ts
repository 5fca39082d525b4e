/**
 * Separate hosts on one machine for the scale test: a Linux bridge with an address of its own (the
 * "services host": Redis, the PostgreSQL relay, the model endpoint, the servers) and one network
 * namespace per worker, joined to the bridge by a veth pair, so every worker reaches Redis and
 * PostgreSQL over its own interface and address, as a worker on another machine would.
 *
 * Needs root and `ip` (iproute2). Where the machine does not allow it, `createNetwork` falls back to
 * loopback (every process on 127.0.0.1) and says why in `fallbackReason`.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export interface WorkerHost {
  /** Network namespace name (null on the loopback fallback). */
  namespace: string | null;
  /** The worker's own address. */
  address: string;
  /** Command prefix that runs a program inside this host (`ip netns exec <ns>`; empty on loopback). */
  prefix: string[];
}

export interface ScaleNetwork {
  mode: 'netns' | 'loopback';
  fallbackReason: string | null;
  /** Where the services listen (the bridge address, or 127.0.0.1). */
  servicesAddress: string;
  workers: WorkerHost[];
  remove(): void;
}

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });

export function createNetwork(workerCount: number): ScaleNetwork {
  const refusal = netnsUnavailable();
  if (refusal) return loopbackNetwork(workerCount, refusal);
  const tag = randomBytes(3).toString('hex');
  // A /24 picked at random in 10.231.0.0/16, unlikely to meet another test's.
  const octet = 1 + (parseInt(tag, 16) % 250);
  const subnet = `10.231.${octet}`;
  const bridge = `bhbr${tag}`;
  const made: Array<() => void> = [];
  const remove = () => {
    for (const undo of made.splice(0).reverse()) {
      try {
        undo();
      } catch {
        // already gone
      }
    }
  };
  try {
    ip('link', 'add', bridge, 'type', 'bridge');
    made.push(() => ip('link', 'del', bridge));
    ip('addr', 'add', `${subnet}.1/24`, 'dev', bridge);
    ip('link', 'set', bridge, 'up');
    const workers: WorkerHost[] = [];
    for (let i = 0; i < workerCount; i++) {
      const namespace = `bhw${tag}${i}`;
      const hostEnd = `bhv${tag}${i}`;
      const address = `${subnet}.${11 + i}`;
      ip('netns', 'add', namespace);
      made.push(() => ip('netns', 'del', namespace));
      ip('link', 'add', hostEnd, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', namespace);
      made.push(() => ip('link', 'del', hostEnd));
      ip('link', 'set', hostEnd, 'master', bridge);
      ip('link', 'set', hostEnd, 'up');
      ip('-n', namespace, 'addr', 'add', `${address}/24`, 'dev', 'eth0');
      ip('-n', namespace, 'link', 'set', 'eth0', 'up');
      ip('-n', namespace, 'link', 'set', 'lo', 'up');
      workers.push({ namespace, address, prefix: ['ip', 'netns', 'exec', namespace] });
    }
    return { mode: 'netns', fallbackReason: null, servicesAddress: `${subnet}.1`, workers, remove };
  } catch (error) {
    remove();
    return loopbackNetwork(workerCount, `could not build the namespaces: ${(error as Error).message.split('\n')[0]}`);
  }
}

function netnsUnavailable(): string | null {
  if (process.platform !== 'linux') return `not Linux (${process.platform})`;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'not root (network namespaces need CAP_NET_ADMIN)';
  try {
    execFileSync('ip', ['-V'], { stdio: 'ignore' });
  } catch {
    return 'no ip command (iproute2)';
  }
  return null;
}

function loopbackNetwork(workerCount: number, reason: string): ScaleNetwork {
  const workers = Array.from({ length: workerCount }, () => ({ namespace: null, address: '127.0.0.1', prefix: [] }));
  return { mode: 'loopback', fallbackReason: reason, servicesAddress: '127.0.0.1', workers, remove: () => {} };
}
