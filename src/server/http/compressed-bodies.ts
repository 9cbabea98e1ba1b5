// Request bodies may arrive gzip-compressed (Content-Encoding: gzip): devices on a weak signal
// send a fraction of the bytes. Fastify applies the body limit to the decompressed size, so a
// small "zip bomb" is refused with the same 413 as a large plain body.
import { createGunzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

class UnsupportedEncoding extends Error {
  readonly statusCode = 415;
  readonly code = 'UNSUPPORTED_CONTENT_ENCODING';
}

export function acceptCompressedBodies(app: FastifyInstance): void {
  app.addHook('preParsing', async (request, _reply, payload) => {
    const encoding = String(request.headers['content-encoding'] ?? 'identity')
      .trim()
      .toLowerCase();
    if (encoding === 'identity' || encoding === '') return payload;
    if (encoding !== 'gzip') {
      throw new UnsupportedEncoding(
        `Content-Encoding ${encoding} is not supported: send the body uncompressed or with gzip`,
      );
    }
    // Fastify compares receivedEncodedLength (bytes on the wire) with Content-Length.
    const gunzip = Object.assign(createGunzip(), { receivedEncodedLength: 0 });
    payload.on('data', (chunk: Buffer) => {
      gunzip.receivedEncodedLength += chunk.length;
    });
    gunzip.on('error', (error: Error & { statusCode?: number }) => {
      error.message = `Request body is not valid gzip: ${error.message}`;
      error.statusCode = 400;
    });
    return payload.pipe(gunzip);
  });
}
