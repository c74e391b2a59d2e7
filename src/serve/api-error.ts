import { HTTPException } from 'hono/http-exception';

/** A request the client must fix: 400 with the offending field named. */
export function badRequest(field: string, message: string): HTTPException {
  return new HTTPException(400, { message: `${field}: ${message}` });
}
