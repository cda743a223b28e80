// The page's only way to the API: documented operations sent as trusted documents (their id, never their text), over
// POST /graphql for questions and GraphQL over Server-Sent Events (graphql-sse, distinct connections) for events.

export interface TrustedDocument {
  readonly id: string;
  readonly name: string;
}

interface GraphQLError {
  message: string;
  extensions?: { code?: string };
  path?: (string | number)[];
}

/** An answer with errors, or no answer: the page shows the code and message. */
export class ApiError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

const endpoint = '/graphql';

function body(document: TrustedDocument, variables: object): string {
  return JSON.stringify({ documentId: document.id, operationName: document.name, variables });
}

/** Asks one documented question; the answer's data, or an ApiError. */
export async function ask<TData>(document: TrustedDocument, variables: object = {}): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
      body: body(document, variables),
    });
  } catch {
    throw new ApiError('无法连接服务器', 'NETWORK');
  }
  const answer = (await response.json().catch(() => null)) as { data?: TData | null; errors?: GraphQLError[] } | null;
  if (answer?.errors?.length) {
    const first = answer.errors[0];
    throw new ApiError(first.message, first.extensions?.code ?? `HTTP_${response.status}`);
  }
  if (!answer?.data) {
    throw new ApiError(`服务器返回 ${response.status}`, `HTTP_${response.status}`);
  }
  return answer.data;
}

/**
 * Listens to a documented subscription until stopped: calls onEvent for each event and reconnects (after 1, 2, 4 …
 * up to 30 s) when the stream ends or breaks. Returns the function that stops it.
 */
export function listen(document: TrustedDocument, onEvent: () => void, onState: (live: boolean) => void): () => void {
  const stop = new AbortController();
  let delay = 1000;
  const connect = async (): Promise<void> => {
    while (!stop.signal.aborted) {
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
          body: body(document, {}),
          signal: stop.signal,
        });
        if (!response.ok || !response.body) {
          throw new ApiError(`服务器返回 ${response.status}`, `HTTP_${response.status}`);
        }
        onState(true);
        delay = 1000;
        await readEvents(response.body, event => {
          if (event === 'next') {
            onEvent();
          }
        });
      } catch {
        // Reconnects below; an abort ends the loop.
      }
      onState(false);
      if (!stop.signal.aborted) {
        await new Promise(resolve => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 30_000);
      }
    }
  };
  void connect();
  return () => stop.abort();
}

/** Reads text/event-stream messages, calling onEvent with each message's event name. */
async function readEvents(stream: ReadableStream<Uint8Array>, onEvent: (event: string) => void): Promise<void> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return;
    }
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: ?(.*)$/m.exec(message)?.[1];
      if (event) {
        onEvent(event.trim());
      }
    }
  }
}
