/** A tiny static file server for the built task pane (used when the backend's local server is unavailable). */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  // The handler catches its own errors; `void` marks the promise as deliberately not awaited.
  const server = createServer((req, res) => void respond(req, res));
  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
    ).replace(/^(\.\.[/\\])+/, '');
    if (path.startsWith('/api')) {
      res
        .writeHead(503, { 'content-type': 'application/problem+json' })
        .end(JSON.stringify({ title: 'No API in this test server' }));
      return;
    }
    try {
      const body = await readFile(join(root, path === '/' ? 'taskpane.html' : path));
      res
        .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  }
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      done({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((c) => server.close(() => c())),
      });
    });
  });
}
