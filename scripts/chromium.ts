import { existsSync } from 'node:fs';

/** Where Debian's Chromium lives; AISLE_CHROMIUM overrides it. */
export function chromiumExecutable(): string {
  return process.env.AISLE_CHROMIUM ?? '/usr/bin/chromium';
}

/** True when the browser the tests need is installed. */
export function hasChromium(): boolean {
  return existsSync(chromiumExecutable());
}

/**
 * Flags that keep Chromium from reaching anything but localhost: the machines that run
 * the tests have no network, and the tests must prove the widget needs none.
 */
export function chromiumArgs(extra: string[] = []): string[] {
  return [
    '--no-sandbox',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    // WebGPU on a software (SwiftShader) adapter in headless runs: correctness tests of the webgpu path.
    '--enable-unsafe-webgpu',
    ...extra,
  ];
}
