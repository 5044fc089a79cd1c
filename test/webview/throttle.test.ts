// The preview's update throttle: a burst of keystrokes makes one request per interval, never two
// requests at once, and the last keystroke is always followed by a request.
import assert from 'node:assert/strict';
import test from 'node:test';
import { Throttle } from '../../client/src/preview/throttle';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

test('keystrokes every 50 ms for 1 s make one request per 300 ms, the last after the burst', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 0 });
  const runs: number[] = [];
  const throttle = new Throttle(async () => void runs.push(Date.now()), 300);
  // A keystroke at 0, 50, …, 1000 ms.
  for (let at = 0; at <= 1000; at += 50) {
    throttle.schedule();
    t.mock.timers.tick(50);
    await tick();
  }
  for (let i = 0; i < 10; i++) {
    t.mock.timers.tick(50);
    await tick();
  }
  // Twenty-one keystrokes, four requests; the keystrokes at 950 and 1000 ms are in the last one.
  assert.deepEqual(runs, [300, 600, 900, 1200]);
  throttle.dispose();
});

test('schedule(0) runs at once, replacing a pending wait', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let runs = 0;
  const throttle = new Throttle(async () => void runs++, 300);
  throttle.schedule();
  throttle.schedule(0);
  t.mock.timers.tick(0);
  await tick();
  assert.equal(runs, 1);
  t.mock.timers.tick(300);
  await tick();
  assert.equal(runs, 1, 'the replaced wait does not run too');
});

test('a call during a slow request waits for it, then runs once more; a failing run is survived', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let active = 0;
  let most = 0;
  let runs = 0;
  let release: () => void = () => undefined;
  const throttle = new Throttle(async () => {
    runs++;
    active++;
    most = Math.max(most, active);
    await new Promise<void>((resolve) => (release = resolve));
    active--;
    if (runs === 1) throw new Error('server restarting');
  }, 300);
  const errors = t.mock.method(console, 'error', () => undefined);
  throttle.schedule(0);
  t.mock.timers.tick(0);
  await tick();
  throttle.schedule(0);
  t.mock.timers.tick(0);
  await tick();
  assert.equal(runs, 1, 'not two at once');
  release();
  await tick();
  await tick();
  assert.equal(errors.mock.callCount(), 1, 'the failure is logged');
  t.mock.timers.tick(300);
  await tick();
  assert.equal(runs, 2, 'the call during the run runs after it');
  release();
  await tick();
  assert.equal(most, 1);
});
