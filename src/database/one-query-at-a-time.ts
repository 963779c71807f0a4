/**
 * PostgreSQL connections that run one query at a time, the next waiting for the previous.
 * Strapi's Document Service runs some reads with Promise.all inside its transactions (publish,
 * populate), that is several queries on the transaction's one connection at once; node-postgres
 * queues them itself but deprecates that ("Calling client.query() when the client is already
 * executing a query", an error in pg 9). Upstream: strapi/strapi#27645. This is the external
 * flow control pg asks for, given to every connection of the pool (knex `pool.afterCreate`).
 */
type Callback = (error: Error | null, result?: unknown) => void;

interface PgClient {
  query: (...args: any[]) => any;
}

export function queueQueries(client: PgClient) {
  const query = client.query.bind(client);
  let previous: Promise<unknown> = Promise.resolve();

  client.query = (...args: any[]) => {
    // Streams and cursors (objects with `submit`) are handed to pg as they are: knex uses them
    // only for .stream(), which Strapi does not.
    if (typeof args[0]?.submit === 'function') return query(...args);
    const callback: Callback | null = typeof args[args.length - 1] === 'function' ? args.pop() : null;
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const start = previous;
    previous = start.then(() => finished);
    if (callback) {
      start.then(() => {
        try {
          query(...args, (error: Error | null, result?: unknown) => {
            done();
            callback(error, result);
          });
        } catch (error: any) {
          done();
          callback(error);
        }
      });
      return undefined;
    }
    return start.then(() => query(...args)).finally(() => done());
  };
}

/** knex `pool.afterCreate` hook: every new connection queues its queries. */
export function afterCreate(connection: PgClient, ready: (error: Error | null, connection: PgClient) => void) {
  queueQueries(connection);
  ready(null, connection);
}
