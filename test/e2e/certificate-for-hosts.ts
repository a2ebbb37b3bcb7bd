import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';

export interface HostCertificate {
  readonly key: string;
  readonly cert: string;
  /** The certificate saved as a file, for curl's `--cacert`. */
  readonly certFile: string;
  remove(): Promise<void>;
}

/**
 * A self-signed certificate naming every host given, so that a local TLS listener can stand in
 * for those hosts and curl still checks the certificate against the host name of the URL it was
 * given, with the certificate as its only trusted root: no `--insecure`.
 */
export async function createCertificateFor(hosts: readonly string[]): Promise<HostCertificate> {
  const altNames = hosts.map((host) => ({ type: 2 as const, value: host }));
  const pems = await generate([{ name: 'commonName', value: hosts[0] ?? 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });

  const folder = await mkdtemp(path.join(tmpdir(), 'apigw-e2e-'));
  const certFile = path.join(folder, 'listener.pem');
  await writeFile(certFile, pems.cert);
  return {
    key: pems.private,
    cert: pems.cert,
    certFile,
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}
