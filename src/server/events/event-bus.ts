import type { StaffEvent } from '../../shared/events.schema.ts';

/** One event for some users; every app instance hears it and hands it to the streams it holds for them. */
export interface BusMessage {
  recipients: string[];
  event: StaffEvent;
}

/**
 * How app instances tell each other about events. SQLite runs one process, so an in-process bus is
 * enough there; PostgreSQL runs behind a load balancer, so its bus is LISTEN/NOTIFY.
 */
export interface EventBus {
  /** Begins listening; resolves once messages published from now on will arrive. */
  start(): Promise<void>;
  publish(message: BusMessage): Promise<void>;
  subscribe(listener: (message: BusMessage) => void): void;
  close(): Promise<void>;
}

export function createInProcessBus(): EventBus {
  const listeners = new Set<(message: BusMessage) => void>();
  return {
    start: async () => {},
    publish: async (message) => {
      for (const listener of listeners) listener(message);
    },
    subscribe: (listener) => {
      listeners.add(listener);
    },
    close: async () => {
      listeners.clear();
    },
  };
}
