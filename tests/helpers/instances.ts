/** Extra Strapi processes on the test's database: a second instance, or a command-line script. */
import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import request from 'supertest';
import { ROOT } from './pressroom';

/** The environment of this test's Pressroom, for a child process (no Jest VM flags). */
const childEnv = (extra: Record<string, string> = {}) => ({ ...process.env, NODE_OPTIONS: '', ...extra });

export interface SecondInstance {
  http: ReturnType<typeof request>;
  pid: number;
  /** What the process printed so far (for a failing test's message). */
  output(): string;
  stop(): Promise<void>;
  /** Kills the process at once (SIGKILL): no shutdown, transactions in flight die with it. */
  kill(): Promise<void>;
}

/** env: variables for this process on top of this test's (another database, another bucket: an instance restored from a backup). */
export function startSecondInstance(env: Record<string, string> = {}): Promise<SecondInstance> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'tests', 'helpers', 'serve-instance.js')], {
      env: childEnv({ PORT: '0', HOST: '127.0.0.1', ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /listening (\d+)/.exec(output);
      if (match) {
        child.stdout!.off('data', onData);
        child.stdout!.on('data', (more: Buffer) => (output += more)); // keep draining: a full pipe would stall the instance
        child.removeAllListeners('exit');
        const exited = () =>
          new Promise<void>((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done())));
        resolve({
          kill: async () => {
            const gone = exited();
            child.kill('SIGKILL');
            await gone;
          },
          http: request(`http://127.0.0.1:${match[1]}`),
          pid: child.pid!,
          output: () => output,
          stop: async () => {
            const gone = exited();
            child.kill('SIGTERM');
            await gone;
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`second instance exited with ${code}:\n${output}`)));
  });
}

/** Runs a Node program of the app in its folder and collects what it printed; env on top. */
function runNode(program: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [program, ...args], { env: childEnv(env), cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Runs one of the project's scripts (scripts/<name>.js) against the test's database; env on top. */
export const runScript = (name: string, args: string[] = [], env: Record<string, string> = {}) =>
  runNode(path.join(ROOT, 'scripts', `${name}.js`), args, env);

/** Runs Strapi's own command line (`strapi export`, `strapi import`) in the app's folder; env on top. */
export const runStrapi = (args: string[], env: Record<string, string> = {}) =>
  runNode(path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), args, env);
