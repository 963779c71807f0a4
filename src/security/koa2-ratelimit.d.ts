/** The part of koa2-ratelimit (Strapi's rate limiter, untyped) that a custom store uses. */
declare module 'koa2-ratelimit' {
  interface Hits {
    counter: number;
    dateEnd: number;
  }
  abstract class Store {
    abstract incr(key: string, options: { interval: number }, weight: number): Promise<Hits>;
    abstract decrement(key: string, options: { interval: number }, weight: number): unknown;
    abstract saveAbuse(options: unknown): unknown;
  }
  class MemoryStore extends Store {
    incr(key: string, options: { interval: number }, weight: number): Promise<Hits>;
    decrement(key: string, options: { interval: number }, weight: number): void;
    saveAbuse(): void;
  }
  export const Stores: { Store: typeof Store; Memory: typeof MemoryStore };
}
