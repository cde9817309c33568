import { describe, expect, it } from 'vitest';
import { WorkerEvents } from './worker-events';

describe('worker events', () => {
  it('calls every listener of an event, in order, with its arguments, and no other event’s', () => {
    const events = new WorkerEvents();
    const heard: string[] = [];
    events.on('attemptSettled', (verdict) => heard.push(`first ${verdict.attemptId}`));
    events.on('attemptSettled', (verdict) => heard.push(`second ${verdict.attemptId}`));
    events.on('healthChanged', () => heard.push('health'));
    events.emit('attemptSettled', { type: 'attempt', attemptId: 'a1', outcome: { state: 'forgotten' } });
    expect(heard).toEqual(['first a1', 'second a1']);
  });

  it('lets a listener’s error reach the emitter, as a direct call would', () => {
    const events = new WorkerEvents();
    events.on('createdChanged', () => {
      throw new Error('boom');
    });
    expect(() => events.emit('createdChanged')).toThrow('boom');
    expect(() => new WorkerEvents().emit('createdChanged')).not.toThrow();
  });
});
