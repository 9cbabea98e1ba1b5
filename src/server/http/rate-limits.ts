// Rate limits: every request counts against its IP address; sync requests also count against
// the device that sends them, so one noisy device cannot crowd out a village hall sharing one
// IP, and one IP cannot flood the store by inventing device ids. Answers are 429 with
// Retry-After, which the app's sync engine treats as "wait and try again".
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, preHandlerHookHandler } from 'fastify';
import type { ErrorBody } from '../../domain/sync-protocol';

export interface RateLimits {
  /** Requests per minute from one IP address (all endpoints). */
  readonly perIpPerMinute: number;
  /** Sync requests (push and pull) per minute from one device. */
  readonly perDevicePerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perIpPerMinute: 1200, perDevicePerMinute: 120 };

function tooMany(who: string) {
  return (_request: FastifyRequest, context: { after: string }): ErrorBody & { statusCode: number } => ({
    statusCode: 429,
    error: 'rate_limited',
    message: `Too many requests from this ${who}; try again in ${context.after}.`,
  });
}

export async function installRateLimits(app: FastifyInstance, limits: RateLimits): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: limits.perIpPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: tooMany('network address'),
  });
}

/**
 * The per-device limit for the sync routes (push and pull share one count); undefined when
 * rate limits are off. createRateLimit checks without the plugin's once-per-request guard, so
 * it runs after the per-IP limit, once the body (and so the device id) is known.
 */
export function deviceRateLimit(
  app: FastifyInstance,
  limits: RateLimits | undefined,
): preHandlerHookHandler | undefined {
  if (!limits) return undefined;
  const check = app.createRateLimit({
    max: limits.perDevicePerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => {
      const body = request.body as { deviceId?: unknown } | undefined;
      const query = request.query as { deviceId?: unknown } | undefined;
      const device = body?.deviceId ?? query?.deviceId;
      return typeof device === 'string' && device.length <= 64 ? `device:${device}` : `ip:${request.ip}`;
    },
  });
  return async (request, reply) => {
    const result = await check(request);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header('retry-after', String(result.ttlInSeconds));
    const body: ErrorBody = {
      error: 'rate_limited',
      message: `Too many requests from this device; try again in ${result.ttlInSeconds} seconds.`,
    };
    return reply.code(429).type('application/json; charset=utf-8').send(body);
  };
}
