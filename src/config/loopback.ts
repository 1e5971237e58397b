/** The URL, or undefined when `text` is not an absolute URL. */
export function parseUrl(text: string): URL | undefined {
  return URL.canParse(text) ? new URL(text) : undefined;
}

/**
 * True for hosts that only this machine can reach: `localhost` (and `*.localhost`), 127.0.0.0/8 and `[::1]`.
 * Such a host can only be the simulator, never Microsoft.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127(\.\d{1,3}){3}$/.test(host)
  );
}

/** True when `url` is https, or http on a loopback host (the simulator on this machine). */
export function isHttpsOrLoopback(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}
