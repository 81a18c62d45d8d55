// Stands in for the `proxy-agent` package in the CLI bundle. Puppeteer reaches it only to
// download browsers through a proxy, which the reader press never does (it uses the system
// Chromium); the real package pulls in a JavaScript engine for proxy scripts (~1 MB to load).
export class ProxyAgent {
  constructor() {
    throw new Error('proxy-agent is not bundled: the reader press does not download browsers');
  }
}
