/** Raw SQL over the syndication tables: the ground truth that stats are compared with. */
import type { Pressroom } from './pressroom';
import { expectLoggedErrors } from './expected-errors';

const tables = ({ strapi }: Pressroom) => ({
  mentions: strapi.db.metadata.get('plugin::syndication.mention').tableName,
  dayRollups: strapi.db.metadata.get('plugin::syndication.day-rollup').tableName,
  monthRollups: strapi.db.metadata.get('plugin::syndication.month-rollup').tableName,
});

export async function rawMentionCount(pressroom: Pressroom, where: Record<string, unknown> = {}): Promise<number> {
  const [{ count }] = await pressroom.strapi.db.connection(tables(pressroom).mentions).where(where).count({ count: '*' });
  return Number(count);
}

export async function rawCountsByAgency(pressroom: Pressroom): Promise<Record<string, number>> {
  const rows = await pressroom.strapi.db
    .connection(tables(pressroom).mentions)
    .select({ agency: 'agency_document_id' })
    .count({ count: '*' })
    .groupBy('agency_document_id');
  return Object.fromEntries(rows.map((row: any) => [row.agency, Number(row.count)]));
}

/**
 * Makes the database itself reject a row, as a constraint or a full disk would: a trigger on
 * mentions titled BOOM, or on rollup rows in French. Returns the function that removes it.
 */
export async function createRejectingTrigger(pressroom: Pressroom, table: 'mentions' | 'dayRollups' | 'monthRollups') {
  const knex = pressroom.strapi.db.connection;
  const client = pressroom.strapi.db.dialect.client;
  const name = `${tables(pressroom)[table]}`;
  const condition = table === 'mentions' ? "NEW.title = 'BOOM'" : "NEW.language = 'fr'";
  const trigger = `reject_${table.toLowerCase()}`;
  const stopExpecting = expectLoggedErrors(/rejected by test trigger/);

  if (client === 'postgres') {
    await knex.raw(`CREATE FUNCTION ${trigger}() RETURNS trigger AS $$
      BEGIN IF ${condition} THEN RAISE EXCEPTION 'rejected by test trigger'; END IF; RETURN NEW; END
      $$ LANGUAGE plpgsql`);
    await knex.raw(`CREATE TRIGGER ${trigger} BEFORE INSERT ON ${name} FOR EACH ROW EXECUTE FUNCTION ${trigger}()`);
    return async () => {
      await knex.raw(`DROP TRIGGER ${trigger} ON ${name}`);
      await knex.raw(`DROP FUNCTION ${trigger}()`);
      stopExpecting();
    };
  }
  if (client === 'mysql') {
    await knex.raw(`CREATE TRIGGER ${trigger} BEFORE INSERT ON ${name} FOR EACH ROW
      BEGIN IF ${condition} THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'rejected by test trigger'; END IF; END`);
    return async () => {
      await knex.raw(`DROP TRIGGER ${trigger}`);
      stopExpecting();
    };
  }
  await knex.raw(`CREATE TRIGGER ${trigger} BEFORE INSERT ON ${name} WHEN ${condition}
    BEGIN SELECT RAISE(ABORT, 'rejected by test trigger'); END`);
  return async () => {
    await knex.raw(`DROP TRIGGER ${trigger}`);
    stopExpecting();
  };
}
