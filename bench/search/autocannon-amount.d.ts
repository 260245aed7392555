/** autocannon's `amount` option (a fixed number of requests), missing from bench/log/autocannon.d.ts. */
import 'autocannon';

declare module 'autocannon' {
  interface Options {
    amount?: number;
  }
}
