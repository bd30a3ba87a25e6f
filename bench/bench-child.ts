// The bench's server processes, forked by gateway.bench.ts so autocannon's load and the server do not
// share an event loop and the server's resident memory can be read on its own:
//   bench-child.mjs gateway <dataDir>   the real gateway (rate limiting off) over that data directory
//   bench-child.mjs bare                a bare node:http server answering similar JSON bodies
// Over IPC it sends { type: 'ready', port }, answers { type: 'usage' } with { type: 'usage', rss, heapUsed,
// cpuMicros } (resident memory, and CPU time used so far) and on { type: 'stop' } closes and exits.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from '../main/gateway/gateway-server';
import { MemorySecretStore } from '../main/secrets/memory-secret-store';
import { openServices } from '../main/services/services';

export interface BareBodies {
  user: unknown;
  list: unknown;
  /** The user management API's bodies: one employee, one page of a search. */
  employee: unknown;
  page: unknown;
}

type Message = { type: 'usage' } | { type: 'stop' };

async function main(): Promise<void> {
  const [mode, arg] = process.argv.slice(2);
  let close: () => Promise<void>;
  let port: number;
  if (mode === 'gateway') {
    const services = openServices(arg!, { secrets: new MemorySecretStore() });
    let internalErrors = 0;
    const gateway = await startGateway({
      services,
      port: 0,
      rateLimit: null,
      onInternalError: (error) => {
        internalErrors += 1;
        if (internalErrors <= 5) console.error('[bench gateway]', error);
      },
    });
    port = Number(new URL(gateway.origin).port);
    close = async () => {
      await gateway.close();
      services.close();
    };
  } else if (mode === 'bare') {
    const bodies = JSON.parse(arg!) as BareBodies;
    const server = createServer((request, response) => void bare(request, response, bodies));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  } else {
    throw new Error(`bench-child: unknown mode ${mode}`);
  }
  process.on('message', (message: Message) => {
    if (message.type === 'usage') {
      const { rss, heapUsed } = process.memoryUsage();
      const { user, system } = process.cpuUsage();
      process.send!({ type: 'usage', rss, heapUsed, cpuMicros: user + system });
    } else if (message.type === 'stop') {
      void close().then(() => process.exit(0));
    }
  });
  process.send!({ type: 'ready', port });
}

/** What a minimal JSON API does: read and parse the body, answer a serialized JSON object. */
async function bare(request: IncomingMessage, response: ServerResponse, bodies: BareBodies): Promise<void> {
  if (request.method === 'POST' || request.method === 'PATCH') {
    const chunks: Buffer[] = [];
    for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
    JSON.parse(Buffer.concat(chunks).toString('utf8'));
  }
  const status = request.method === 'POST' ? 201 : 200;
  const url = request.url ?? '';
  const isList = request.method === 'GET' && url.includes('?filter=');
  const isApi = url.startsWith('/api/');
  const body = isApi ? (url.includes('?') ? bodies.page : bodies.employee) : isList ? bodies.list : bodies.user;
  const text = JSON.stringify(body);
  response
    .writeHead(status, {
      'Cache-Control': 'no-store',
      'Content-Type': isApi ? 'application/json; charset=utf-8' : 'application/scim+json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      ETag: 'W/"1"',
    })
    .end(text);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
