// The e2e harness's guard: code-server (here a stand-in process in its own group, as code-server
// runs) is shut down when the run hangs past its limit, throws, or gets a signal.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { test } from 'node:test';
import { Shutdown, TIMED_OUT, guarded } from '../../e2e/lifecycle';

/** A process group like code-server's: a detached shell with a child of its own. */
function standIn(): ChildProcess {
  return spawn('sh', ['-c', 'sleep 60 & wait'], { detached: true, stdio: 'ignore' });
}

function alive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGKILL');
  });
}

/** Waits a while: the killed `sleep` is an orphan until init reaps it (over a second here). */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 250 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return !alive(pid);
}

test('a run that hangs past its limit ends with 124 and its editor process group is killed', async () => {
  const child = standIn();
  const started = Date.now();
  const code = await guarded({ limitMs: 300, label: 'test', signals: [] }, async (shutdown) => {
    shutdown.add('stop the stand-in', () => killGroup(child));
    return new Promise<number>(() => undefined); // the suite never reports
  });
  assert.equal(code, TIMED_OUT);
  assert.ok(Date.now() - started < 5000, 'it did not wait for the body');
  assert.ok(await gone(child.pid!), 'the process group is gone');
});

test('a run that throws ends with 1 and still cleans up, newest task first', async () => {
  const order: string[] = [];
  const code = await guarded({ limitMs: 10_000, label: 'test', signals: [] }, async (shutdown) => {
    shutdown.add('first', () => order.push('first'));
    shutdown.add('second', () => order.push('second'));
    throw new Error('the browser did not start');
  });
  assert.equal(code, 1);
  assert.deepEqual(order, ['second', 'first']);
});

test('a signal shuts the editor down and exits with 128 + the signal number', async () => {
  const child = standIn();
  let exited: number | undefined;
  const exitCalled = new Promise<void>((resolve) => {
    void guarded(
      { limitMs: 1000, label: 'test', signals: ['SIGUSR2'], exit: (c) => ((exited = c), resolve()) },
      async (shutdown) => {
        shutdown.add('stop the stand-in', () => killGroup(child));
        setTimeout(() => process.emit('SIGUSR2', 'SIGUSR2'), 50);
        return new Promise<number>(() => undefined);
      },
    );
  });
  await exitCalled;
  assert.equal(exited, 128 + constants.signals.SIGUSR2);
  assert.ok(await gone(child.pid!), 'the process group is gone');
});

test('cleanup runs once, and a hanging or failing task does not stop the others', async () => {
  const shutdown = new Shutdown(100);
  const done: string[] = [];
  shutdown.add('last', () => done.push('last'));
  shutdown.add('fails', () => {
    throw new Error('boom');
  });
  shutdown.add('hangs', () => new Promise(() => undefined));
  await Promise.all([shutdown.run(), shutdown.run()]);
  assert.deepEqual(done, ['last']);
});
