import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createDatabase } from '../db/create-db.ts';
import type { Database } from '../db/database.ts';
import type { Dialect } from '../db/dialect.ts';
import { createTestBranch, createTestUser, signIn, type TestClient } from '../test/test-app.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test/test-db.ts';
import { openTestStream, type TestStream } from './sse-test-client.ts';

/** No event is expected: give a misrouted one the time a routed one needed, then look. */
const SETTLE_MS = 300;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/** An app listening on a real port; on PostgreSQL configured with DATABASE_URL, so events go through LISTEN/NOTIFY. */
async function listeningApp(test: TestDatabase, db: Database = test.db): Promise<{ app: FastifyInstance; baseUrl: string }> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: '/tmp/relacja-test-unused',
    SEED_STARTER_CONTENT: 'false',
    LOGIN_MAX_PER_IP: '10000',
    ...(test.dialect === 'postgres' ? { DATABASE_URL: test.location } : {}),
  });
  const app = await buildApp({ config, db, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}

async function staff(app: FastifyInstance, db: Database, options: { name: string; role?: 'librarian' | 'manager'; branchIds: string[] }) {
  const user = await createTestUser(db, { name: options.name, role: options.role ?? 'librarian', branchIds: options.branchIds });
  return { ...user, client: await signIn(app, user.email) };
}

function alertRows(db: Database) {
  return db.selectFrom('incident_alerts').selectAll().orderBy('created_at').execute();
}

for (const dialect of DIALECTS) {
  describe(`staff events over HTTP (${dialect})`, () => {
    let test: TestDatabase;
    let app: FastifyInstance;
    let baseUrl: string;
    let branch: { id: string; name: string };
    let other: { id: string; name: string };
    let sender: { id: string; client: TestClient };
    let colleague: { id: string; client: TestClient };
    let manager: { id: string; client: TestClient };
    let elsewhere: { id: string; client: TestClient };
    const streams: TestStream[] = [];
    const open = async (client: TestClient) => {
      const stream = await openTestStream(baseUrl, client.cookie);
      streams.push(stream);
      return stream;
    };

    beforeAll(async () => {
      test = await createTestDatabase(dialect);
      ({ app, baseUrl } = await listeningApp(test));
      branch = await createTestBranch(test.db, 'Filia Praga-Północ');
      other = await createTestBranch(test.db, 'Filia Ursynów');
      sender = await staff(app, test.db, { name: 'Ewa Zielińska', branchIds: [branch.id] });
      colleague = await staff(app, test.db, { name: 'Jan Malinowski', branchIds: [branch.id] });
      manager = await staff(app, test.db, { name: 'Alicja Kierownik', role: 'manager', branchIds: [branch.id, other.id] });
      elsewhere = await staff(app, test.db, { name: 'Tomasz Daleki', branchIds: [other.id] });
    });
    afterAll(async () => {
      for (const stream of streams) stream.close();
      await app.close();
      await test.drop();
    });

    it('answers a signed-out stream request with 401 and a request without Accept: text/event-stream with 406', async () => {
      const anonymous = await openTestStream(baseUrl, '');
      expect(anonymous.status).toBe(401);
      expect(anonymous.contentType).toContain('application/problem+json');
      anonymous.close();
      const plain = await app.inject({ method: 'GET', url: '/api/events', headers: { cookie: sender.client.cookie } });
      expect(plain.statusCode).toBe(406);
      expect(plain.json().code).toBe('not_acceptable');
    });

    it('delivers a call for a colleague to exactly the other listening staff of the branch', async () => {
      const senderStream = await open(sender.client);
      const colleagueStream = await open(colleague.client);
      const managerStream = await open(manager.client);
      const elsewhereStream = await open(elsewhere.client);
      expect(colleagueStream.status).toBe(200);
      expect(colleagueStream.contentType).toContain('text/event-stream');

      const response = await sender.client.request('POST', '/api/incidents/alerts', { message: 'Głośna sytuacja przy ladzie' });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ branchId: branch.id, branchName: 'Filia Praga-Północ', notified: 2 });

      const expected = {
        type: 'colleague_alert',
        id: response.json().id,
        sender: { id: sender.id, name: 'Ewa Zielińska' },
        branch: { id: branch.id, name: 'Filia Praga-Północ' },
        message: 'Głośna sytuacja przy ladzie',
      };
      expect(await colleagueStream.nextEvent()).toMatchObject(expected);
      expect(await managerStream.nextEvent()).toMatchObject(expected);
      await settle();
      expect(senderStream.events).toEqual([]);
      expect(elsewhereStream.events).toEqual([]);
      expect(colleagueStream.events).toHaveLength(1);
      const rows = await alertRows(test.db);
      expect(rows).toEqual([
        expect.objectContaining({ branch_id: branch.id, sender_id: sender.id, notified: 2, message: 'Głośna sytuacja przy ladzie' }),
      ]);
    });

    it('counts each colleague once however many tabs they have open, and stops counting a closed stream', async () => {
      const second = await open(colleague.client);
      const first = await sender.client.request('POST', '/api/incidents/alerts', {});
      expect(first.json().notified).toBe(2);
      expect((await second.nextEvent()).message).toBe('');
      second.close();
      for (const stream of streams.slice(0, 4)) stream.close();
      await expect.poll(async () => (await test.db.selectFrom('event_presence').selectAll().execute()).length).toBe(0);
      const alone = await sender.client.request('POST', '/api/incidents/alerts', {});
      expect(alone.json().notified).toBe(0);
    });

    it('refuses a message with a PESEL or an e-mail address, storing and sending nothing', async () => {
      const listening = await open(colleague.client);
      const before = (await alertRows(test.db)).length;
      for (const message of ['PESEL 44051401359, proszę', 'pisze z jan.kowalski@example.org']) {
        const response = await sender.client.request('POST', '/api/incidents/alerts', { message });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({ code: 'personal_data_in_text', errors: [{ field: 'message' }] });
      }
      const long = await sender.client.request('POST', '/api/incidents/alerts', { message: 'x'.repeat(141) });
      expect(long.statusCode).toBe(400);
      await settle();
      expect(listening.events).toEqual([]);
      expect(await alertRows(test.db)).toHaveLength(before);
      listening.close();
    });

    it('asks staff of several branches which branch, and refuses a branch that is not theirs', async () => {
      const listening = await open(elsewhere.client);
      const unchosen = await manager.client.request('POST', '/api/incidents/alerts', {});
      expect(unchosen.statusCode).toBe(400);
      expect(unchosen.json()).toMatchObject({ code: 'branch_required', errors: [{ field: 'branchId' }] });
      const foreign = await sender.client.request('POST', '/api/incidents/alerts', { branchId: other.id });
      expect(foreign.statusCode).toBe(403);
      const chosen = await manager.client.request('POST', '/api/incidents/alerts', { branchId: other.id });
      expect(chosen.statusCode).toBe(201);
      expect(chosen.json()).toMatchObject({ branchName: 'Filia Ursynów', notified: 1 });
      expect(await listening.nextEvent()).toMatchObject({ sender: { id: manager.id }, branch: { id: other.id } });
      listening.close();
    });
  });
}

const postgresOnly: Dialect[] = DIALECTS.filter((dialect) => dialect === 'postgres');

for (const dialect of postgresOnly) {
  describe(`staff events across two app instances (${dialect})`, () => {
    let test: TestDatabase;
    let secondDb: Database;
    let first: { app: FastifyInstance; baseUrl: string };
    let second: { app: FastifyInstance; baseUrl: string };
    beforeAll(async () => {
      test = await createTestDatabase(dialect);
      secondDb = createDatabase({ kind: 'postgres', url: test.location, poolSize: 3 });
      first = await listeningApp(test);
      second = await listeningApp(test, secondDb);
    });
    afterAll(async () => {
      await first.app.close();
      await second.app.close();
      await secondDb.destroy();
      await test.drop();
    });

    it('delivers an alert sent through one instance to streams held by the other, both ways', async () => {
      const branch = await createTestBranch(test.db, 'Filia Bemowo');
      const outsider = await createTestBranch(test.db, 'Filia Wawer');
      const ala = await staff(first.app, test.db, { name: 'Ala Pierwsza', branchIds: [branch.id] });
      const ola = await staff(second.app, test.db, { name: 'Ola Druga', branchIds: [branch.id] });
      const obcy = await staff(second.app, test.db, { name: 'Obcy Ktoś', branchIds: [outsider.id] });
      const olaStream = await openTestStream(second.baseUrl, ola.client.cookie);
      const alaStream = await openTestStream(first.baseUrl, ala.client.cookie);
      const obcyStream = await openTestStream(first.baseUrl, obcy.client.cookie);
      try {
        const sent = await ala.client.request('POST', '/api/incidents/alerts', { message: 'Potrzebuję wsparcia' });
        expect(sent.json().notified).toBe(1);
        expect(await olaStream.nextEvent()).toMatchObject({ sender: { name: 'Ala Pierwsza' }, message: 'Potrzebuję wsparcia' });
        const back = await ola.client.request('POST', '/api/incidents/alerts', {});
        expect(back.json().notified).toBe(1);
        expect(await alaStream.nextEvent()).toMatchObject({ sender: { name: 'Ola Druga' }, branch: { name: 'Filia Bemowo' } });
        await settle();
        expect(obcyStream.events).toEqual([]);
        expect(olaStream.events).toHaveLength(1);
        expect(alaStream.events).toHaveLength(1);
      } finally {
        for (const stream of [olaStream, alaStream, obcyStream]) stream.close();
      }
    });

    it('listens again after the database drops the listening connection', async () => {
      const branch = await createTestBranch(test.db, 'Filia Targówek');
      const ela = await staff(first.app, test.db, { name: 'Ela Nadawca', branchIds: [branch.id] });
      const iza = await staff(second.app, test.db, { name: 'Iza Odbiorca', branchIds: [branch.id] });
      // Idle means the LISTEN has finished, so a notification sent now reaches it.
      const listeners = async () =>
        (
          await sql<{
            pid: number;
          }>`select pid from pg_stat_activity where datname = current_database() and query like 'LISTEN %' and state = 'idle'`.execute(
            test.db,
          )
        ).rows;
      const dropped = (await listeners()).map(({ pid }) => pid);
      expect(dropped).toHaveLength(2);
      for (const pid of dropped) await sql`select pg_terminate_backend(${pid})`.execute(test.db);
      // A terminated backend may still be listed for a moment: wait for two new ones.
      const renewed = async () => (await listeners()).filter(({ pid }) => !dropped.includes(pid)).length;
      await expect.poll(renewed, { timeout: 10_000 }).toBe(2);
      const izaStream = await openTestStream(second.baseUrl, iza.client.cookie);
      try {
        const sent = await ela.client.request('POST', '/api/incidents/alerts', {});
        expect(sent.json().notified).toBe(1);
        expect(await izaStream.nextEvent()).toMatchObject({ sender: { name: 'Ela Nadawca' } });
      } finally {
        izaStream.close();
      }
    });
  });
}
