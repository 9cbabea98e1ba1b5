// A signal over the "you said, we did" responses held on the device.
import type { Accessor } from 'solid-js';
import type { PulledResponse } from '../../domain/response-status';
import { createLiveQuery } from './live';
import { responsesByPriority } from './responses';

export const createResponses = (): Accessor<Map<string, PulledResponse>> =>
  createLiveQuery(responsesByPriority, new Map());
