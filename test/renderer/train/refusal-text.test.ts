// A live setting the running trainer refused reaches the Train view in the reader's language:
// the value asked for (its digits kept, with the language's decimal sign), the engine's reason
// and the setting the run goes on with; a later change the trainer takes clears it.
import { describe, expect, it } from 'vitest';
import { problemOf } from '../../../src-engine/core/engine-error';
import { Network } from '../../../src-engine/network/network';
import type { CommandRefusal, LiveSettings } from '../../../src-engine/train/run-commands';
import { assertValidCommand } from '../../../src-engine/train/run-commands';
import { Trainer } from '../../../src-engine/train/trainer';
import type { RunEvents, RunHandlers } from '../../../src-renderer/api/run-events';
import { createLiveRun } from '../../../src-renderer/train/live-run';
import { refusalText } from '../../../src-renderer/train/refusal-text';
import { languageSwitch } from '../in-spanish';

const setLanguage = languageSwitch();

/** What a run whose exponential decay has brought its rate to 0 says when asked for 0.5. */
function unreachableRate(): CommandRefusal {
  const network = new Network({ inputs: 1, layers: [{ units: 1, activation: 'linear' }] }, {});
  const trainer = new Trainer(
    network,
    { x: Float64Array.from([1, 2]), y: Float64Array.from([0, 1]), m: 2 },
    {
      loss: 'mse',
      optimizer: { name: 'sgd' },
      learningRate: 0.1,
      schedule: { kind: 'exponential', gamma: 1e-200 },
      batchSize: 2,
      epochs: 5,
      shuffle: false,
      seed: 1,
    },
  );
  while (trainer.epochsDone < 2) trainer.step();
  const command = { type: 'set-rate', learningRate: 0.5 } as const;
  try {
    trainer.setLearningRate(command.learningRate);
  } catch (error) {
    const settings = {
      learningRate: trainer.learningRate,
      epochsPerSecond: null,
      keepRunning: false,
    };
    return { command, problem: problemOf(error)!, settings };
  }
  throw new Error('the rate was taken');
}

function refusedPace(): CommandRefusal {
  const command = { type: 'pace', epochsPerSecond: 250000.5 } as const;
  const settings: LiveSettings = { learningRate: 0.25, epochsPerSecond: 12.5, keepRunning: false };
  try {
    assertValidCommand(command);
  } catch (error) {
    return { command, problem: problemOf(error)!, settings };
  }
  throw new Error('the pace was taken');
}

describe('a refused live setting as the Train view says it', () => {
  it('in English: the rate asked for, the engine’s reason and the rate kept', () => {
    expect(refusalText(unreachableRate())).toBe(
      "Learning rate 0.5 refused: cannot set the learning rate to 0.5: the 'exponential' schedule has brought the rate too close to 0 to scale it back up. The run goes on with 0.",
    );
  });

  it('in Spanish, with the decimal comma', () => {
    setLanguage('es');
    const text = refusalText(unreachableRate());
    expect(text).toBe(
      "Tasa de aprendizaje 0,5 rechazada: no se puede poner la tasa de aprendizaje en 0,5: el calendario 'exponential' ha llevado la tasa tan cerca de 0 que ya no se puede volver a subir. La ejecución sigue con 0.",
    );
    expect(text).not.toContain('0.5');
  });

  it('a refused speed names the speed kept, in both languages', () => {
    expect(refusalText(refusedPace())).toBe(
      'Speed of 250,000.5 epochs a second refused: pace must be from 0 to 100000 epochs a second, got 250000.5. The run goes on at 12.5 epochs a second.',
    );
    setLanguage('es');
    expect(refusalText(refusedPace())).toBe(
      'Velocidad de 250.000,5 épocas por segundo rechazada: la velocidad debe estar entre 0 y 100.000 épocas por segundo; se pidió 250.000,5. La ejecución sigue a 12,5 épocas por segundo.',
    );
  });

  it('a live run keeps the refusal and the settings in effect until a change is taken', () => {
    let handlers: RunHandlers = {};
    const events = {
      follow: (_id: number, h: RunHandlers) => {
        handlers = h;
        return () => {};
      },
    } as unknown as RunEvents;
    const run = createLiveRun(events, 3, { nextFrame: (f) => f() });
    const refusal = unreachableRate();
    handlers.settings!({ experimentId: 3, refused: refusal.problem.message, refusal });
    expect(run.refusal.value).toEqual(refusal);
    expect(run.settings.value).toEqual(refusal.settings);
    const taken = { learningRate: 0.05, epochsPerSecond: null, keepRunning: false };
    handlers.settings!({ experimentId: 3, settings: taken });
    expect(run.refusal.value).toBeNull();
    expect(run.settings.value).toEqual(taken);
  });
});
