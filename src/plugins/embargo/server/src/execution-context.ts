/**
 * Marks the Document Service calls an embargo action makes, so that the early-publish guard lets
 * them through (they are the embargo lifting, not someone publishing before it).
 */
import { AsyncLocalStorage } from 'async_hooks';

const running = new AsyncLocalStorage<{ actionId: number }>();

export const runAsEmbargo = <T>(actionId: number, work: () => Promise<T>) => running.run({ actionId }, work);

export const isEmbargoRunning = () => running.getStore() !== undefined;
