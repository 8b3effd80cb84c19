import type { ServerResponse } from 'node:http';

function eventText(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The clients connected to `/__lectern/events`, and a way to tell them all something. */
export class SseHub {
  private readonly clients = new Set<ServerResponse>();

  /** Adds a client; `initial` events go to it alone (what a page that opens now must know). */
  add(res: ServerResponse, initial: readonly [event: string, data: unknown][] = []): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write('retry: 1000\n\n');
    for (const [event, data] of initial) res.write(eventText(event, data));
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  send(event: string, data: unknown): void {
    const text = eventText(event, data);
    for (const res of this.clients) res.write(text);
  }

  get size(): number {
    return this.clients.size;
  }

  closeAll(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
  }
}
