// Ids are made on the device: time-ordered UUIDv7 so they sort by creation and never collide.
import { v4, v7 } from 'uuid';

export const newPriorityId = (): string => v7();
export const newDeviceId = (): string => v4();
