/**
 * Whether a request's Host header names this server as the browser reached it: `127.0.0.1`, `localhost` or
 * `[::1]`, with the port it listens on. A DNS-rebinding page (evil.example resolving to 127.0.0.1) sends its own
 * host name, so it is turned away and cannot read the outputs.
 */
export function isLocalHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const match = /^(127\.0\.0\.1|localhost|\[::1\])(?::(\d+))?$/i.exec(host.trim());
  if (!match) return false;
  return match[2] === undefined ? port === 80 : Number(match[2]) === port;
}
