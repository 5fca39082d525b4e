// See README.md: the real package needs Node 22 (node:sqlite) and serves only `prisma dev`, which this project does not use.
export async function startLocalDurableStreamsServer() {
  throw new Error(
    '`prisma dev` is not available in BenchHub Plus: its local streams server (@prisma/streams-local) needs Node 22 ' +
      'and is replaced here so that `npm install` works without engine warnings on Node 20 (see prisma/vendor/streams-local-unavailable/README.md).',
  );
}
