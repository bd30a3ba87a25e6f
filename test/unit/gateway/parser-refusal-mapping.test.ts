// The mapping from Node's parse errors to the gateway's answers (parser-refusals.ts), for the cases the
// integration test cannot provoke quickly: timeouts (20 s and more), chunk extensions, a reset socket.
import { describe, expect, it } from 'vitest';
import { refusalOf, requestLineOf, type ParserError } from '../../../main/gateway/http/parser-refusals';

const parseError = (code: string, message = 'Parse Error: x', rawPacket?: Buffer): ParserError =>
  Object.assign(new Error(message), { code, ...(rawPacket ? { rawPacket } : {}) });

describe('parser refusals', () => {
  it('reads the method and printable target from the start of the refused bytes only', () => {
    expect(requestLineOf(Buffer.from('FOO /scim/v2/Users?x=1 HTTP/1.1\r\nHost: a\r\n'))).toEqual({
      method: 'FOO',
      target: '/scim/v2/Users?x=1',
    });
    expect(requestLineOf(Buffer.from('GET /a\u0001b HTTP/1.1'))).toEqual({ method: 'GET', target: '/a' });
    expect(requestLineOf(Buffer.from('aaaaaaaa\r\nX: y'))).toBeNull();
    expect(requestLineOf(Buffer.from('\r\nGET / HTTP/1.1'))).toBeNull();
    expect(requestLineOf(Buffer.from([0x16, 0x03, 0x01, 0x00]))).toBeNull();
    expect(requestLineOf(undefined)).toBeNull();
  });

  it('answers each parse error with its status; a reset connection is no request', () => {
    expect(refusalOf(parseError('HPE_HEADER_OVERFLOW'), null)).toMatchObject({ status: 431, problem: 'header_fields_too_large' });
    expect(refusalOf(parseError('HPE_INVALID_METHOD'), { method: 'FOO', target: '/' })).toMatchObject({ status: 501 });
    expect(refusalOf(parseError('HPE_INVALID_METHOD', 'x', Buffer.from([0x16, 3, 1])), null)?.detail).toMatch(/TLS handshake/);
    expect(refusalOf(parseError('HPE_INVALID_METHOD'), null)).toMatchObject({ status: 400, problem: 'bad_request' });
    expect(refusalOf(parseError('HPE_CHUNK_EXTENSIONS_OVERFLOW'), null)).toMatchObject({ status: 413 });
    expect(refusalOf(parseError('ERR_HTTP_REQUEST_TIMEOUT'), null)).toMatchObject({ status: 408, problem: 'request_timeout' });
    expect(refusalOf(parseError('ECONNRESET'), null)).toBeNull();
    expect(refusalOf(Object.assign(new Error('x')), null)).toBeNull();
  });

  it("keeps llhttp's reason short and printable in the detail", () => {
    const refusal = refusalOf(
      parseError('HPE_INVALID_HEADER_TOKEN', `Parse Error: Invalid header token\u0000\n${'z'.repeat(300)}`),
      null,
    );
    expect(refusal?.status).toBe(400);
    expect(refusal?.detail).toMatch(/^The request is not valid HTTP\/1\.1: Invalid header token[z]{0,100}\.$/);
  });
});
