import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering. */
  delayMs?: number;
  body: string;
}

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  /** What the server answers next; JSON `{ data: {} }` until set. */
  reply(next: Reply | ((request: RecordedRequest) => Reply)): void;
  close(): Promise<void>;
}

export function json(body: unknown, status = 200, contentType = 'application/json'): Reply {
  return { status, contentType, body: JSON.stringify(body) };
}

/** A real HTTP server on a random loopback port that records what it receives. */
export async function startTestServer(): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  let respond: (request: RecordedRequest) => Reply = () => json({ data: {} });

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const reply = respond(recorded);
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status ?? 200, {
          'content-type': reply.contentType ?? 'application/json',
          ...reply.headers,
        });
        res.end(reply.body);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    reply(next) {
      respond = typeof next === 'function' ? next : () => next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
