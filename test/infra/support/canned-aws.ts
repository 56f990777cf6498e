// Canned AWS answers for the SDK's own clients: a request handler (the transport under every client)
// that records what the client sent and answers with the HTTP response AWS would send. The client
// serializes, signs and parses as it does against AWS, so code under test sees exactly what AWS returns.
import { Readable } from 'node:stream';

export interface SentRequest {
  method: string;
  hostname: string;
  path: string;
  query: Record<string, unknown>;
  /** `x-amz-target` for JSON protocols (`AWSPriceListService.GetProducts`), else undefined. */
  target?: string;
  body: string;
}

export interface CannedAnswer {
  status?: number;
  headers?: Record<string, string>;
  body: string | object;
}

/** Answers by request; an unexpected request fails the test with what was asked. */
export type Responder = (request: SentRequest) => CannedAnswer | undefined;

export interface CannedTransport {
  requestHandler: { handle(request: any): Promise<{ response: unknown }> };
  sent: SentRequest[];
}

export function cannedTransport(responder: Responder): CannedTransport {
  const sent: SentRequest[] = [];
  const requestHandler = {
    async handle(request: any) {
      const raw = request.body;
      const body = raw === undefined || raw === null ? '' : typeof raw === 'string' ? raw : new TextDecoder().decode(raw as Uint8Array);
      const seen: SentRequest = { method: request.method, hostname: request.hostname, path: request.path, query: request.query ?? {}, target: request.headers['x-amz-target'], body };
      sent.push(seen);
      const answer = responder(seen);
      if (!answer) throw new Error(`no canned answer for ${seen.method} ${seen.hostname}${seen.path} ${seen.target ?? ''} ${body.slice(0, 200)}`);
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      return { response: { statusCode: answer.status ?? 200, headers: answer.headers ?? {}, body: Readable.from([Buffer.from(text)]) } };
    },
  };
  return { requestHandler, sent };
}

/** What every client in a test is built with: fake keys, one attempt, the canned transport. */
export function cannedClientConfig(region: string, transport: CannedTransport) {
  return { region, credentials: { accessKeyId: 'AKIDCANNED', secretAccessKey: 'canned' }, maxAttempts: 1, requestHandler: transport.requestHandler };
}

/** A restJson / awsJson error as AWS sends it. */
export function awsJsonError(status: number, type: string, message: string): CannedAnswer {
  return { status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': type }, body: { message, Type: 'User' } };
}

export const json = (body: object): CannedAnswer => ({ headers: { 'content-type': 'application/json' }, body });
export const xml = (body: string): CannedAnswer => ({ headers: { 'content-type': 'text/xml' }, body });
