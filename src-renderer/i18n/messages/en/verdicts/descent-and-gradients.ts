/** Verdicts in English of the checks on descent, gradients and training (see ../verdicts.ts). */
export default {
  batchLoss: {
    noBatch: 'The figure has not reported its batch yet.',
    enterFirst:
      'Enter your number, then press “Show”: the check judges what you entered before it was shown.',
    lossPassed: "J = {J}: the mean of the {K} examples' −ln ŷ of their own class.",
    sumHint: ' {sum} is the sum over the batch; J averages it over the K = {K} examples.',
    log10Hint: ' That is with a base-10 logarithm; the cross-entropy uses the natural one.',
    lossHint: ' Each example adds −ln of the output of its own class; J is their mean.',
    lossFailed: 'You predicted {predicted}; J is {J}.{hint} Press “New batch” to try again.',
    what: '∂J/∂z{c} of example {k}',
    gradientPassed: '{what} = (ŷ − y)/K = {exact}.',
    timesKHint: ' {v} is ŷ − y; J is a mean over K = {K}, so divide by K.',
    outputHint: ' That is the output ŷ itself; the gradient is ŷ − y, over K.',
    signHint: ' The size is right, the sign not: output minus target.',
    gradientFailed:
      'You predicted {predicted}; {what} is {exact} (ŷ = {y}, y = {t}).{hint} Press “New batch” to try again.',
  },
  delta: {
    noNetwork: 'The figure has not reported its network yet.',
    notComputed: 'The network could not be computed: {why}',
    name: 'δ of layer {layer}, unit {unit}',
    shownFirst:
      'The {name} was shown before you predicted it. Press “New sample” and predict it before pressing “Next step”.',
    stepTo:
      'Step the backward pass to the {name} and enter your prediction before pressing “Next step”.',
    sumHint: ' That is the sum Σ w δ without the factor σ′(o) = a(1 − a) = {sigmaPrime}.',
    ruleHint:
      ' δ of a unit is σ′(o) = a(1 − a) of the unit times the sum of its outgoing weights times the next layer’s δ.',
    failed:
      'You predicted {said} for the {name}; it is {exact}.{hint} Press “New sample” to try again.',
    passed: 'Right: {shown}, predicted before shown.',
  },
  descent: {
    noDescent: 'The figure has not reported a descent yet.',
  },
  descentEndsNear: {
    startFirst: 'Start a descent first: click the plot or enter a start point.',
    fartherAway: 'Start farther away: at least {distance} from {near}.',
    passed: 'From {start} the descent ends at {end}.',
    left: 'leaves the plot',
    ends: 'ends at {end}',
    failed: 'From {start} the descent {where}, not near {near}.',
  },
  descentReaches: {
    enterRate: 'Enter a learning rate α greater than 0.',
    passed: 'With α = {rate}, J = {J} after {k} steps.',
    diverges: 'With α = {rate} the descent diverges: J grows without bound.',
    failed: 'With α = {rate}, J is still {J} after {steps} steps; it must fall below {below}.',
  },
  earlyStop: {
    noRun: 'The figure has not reported its run yet.',
    patience: 'Set the patience to a whole number of epochs.',
    enterFirst:
      'Enter both epochs, then press “Show where it stops”: the check judges what you predicted before it was shown.',
    notRepeated: 'The run could not be repeated: {why}',
    passed:
      'With patience {patience} the run stops after epoch {stop} and keeps the weights of epoch {kept}.',
    keeps: 'it keeps the weights of epoch {kept}, the lowest validation loss before it stops',
    notAtBest:
      'it does not stop at its best epoch: it only knows that epoch was best after {patience} epochs without a lower loss, so it stops after epoch {stop}',
    stops: 'it stops after epoch {stop}',
    failed: 'Not what happens: {hints}. Try another patience and predict again.',
  },
  gradient: {
    noGraph: 'The figure has not reported its graph yet.',
    notComputed: 'The graph could not be computed: {why}',
    noNode: "This graph has no node '{node}'.",
    shownFirst:
      '{d} was shown before you predicted it. Press “New sample” for fresh numbers and predict it before pressing “Next step”.',
    stepTo: 'Step the backward pass to {d} and enter your prediction before pressing “Next step”.',
    sign: ' The size was right, the sign not.',
    failed:
      'You predicted {d} = {said}; it is {exact}.{sign} Multiply the gradient of the node that uses it by the local derivative on that edge (summed over its uses); press “New sample” to try again.',
    passed:
      'Predicted before it was shown: {shown}. | All {n} gradients predicted before they were shown: {shown}.',
  },
  gradientRatio: {
    moveZ: 'Move z first.',
    at: "At z = {z}, h = {h}: the cross-entropy's gradient is {ratio} times the squared error's",
    wrongSide: '{at}. Look where the unit is confidently wrong: z on the other side of 0.',
    passed: '{at}.',
    further: 'go further out',
    back: 'come back towards 0',
    failed: '{at}, not {ratio} times: {way}.',
  },
  neuron: {
    noWeights: 'The figure has not reported its weights yet.',
  },
  neuronGradient: {
    enter: 'Enter a number for {name}.',
    passed: '{name} = {exact} at these weights.',
    signHint:
      ' The size is right but the sign is not: each term is (h − t)·x, prediction minus target.',
    sumHint: ' That is the sum; J is a mean, so divide by m.',
    termsHint: ' Add up the terms (h(xⁱ) − tⁱ)·xⁱ and divide by m.',
    failed: '{entered} is not {name}.{hint}',
  },
  neuronLoss: {
    passed: 'J(w) = {J}, below {below}.',
    failed: 'J(w) = {J} is still not below {below}. Take more gradient steps, or a larger α.',
  },
  neuronRate: {
    chooseRate: 'Choose a learning rate α above 0.',
    noStart: 'The figure has not reported its start weights.',
    head: 'With α = {rate}, {steps} steps from w = ({w0}) take J from {J0} to {J}',
    passed: '{head}, below {below}.',
    tooLarge: '{head}. The steps are too large: {why}. Try a smaller α.',
    saturates:
      'the steps throw w₁ far past the fit (w₁ = {w1} after {steps} steps), the curve becomes so steep that most points sit in its flat tails (mean h(1 − h) = {slope}) and the gradient all but vanishes',
    overshoots: 'the weights overshoot and J goes up again',
    tooSmall:
      '{head}: still not below {below}. The steps are too small: every gradient carries the factor h(1 − h) ≤ ¼ and shrinks with the errors, so a sigmoid on the squared error needs a larger α than you might think.',
  },
  saddle: {
    noSurface: 'The figure has not reported its surface yet.',
    none: 'This surface has no saddle point to find.',
    enter: 'Enter the x₁ of the saddle point between the two valleys.',
    minimum: '{x} is a minimum, the bottom of a valley; the saddle is on the ridge between them.',
    passed: 'The saddle point is at ({x}, 0): there ∂f/∂x₁ = 0 on the ridge.',
    failed:
      '{x} is not it: descents from ({x}, 0) do not stay put. Starts on x₂ = 0 just left of the saddle end in the left valley, just right of it in the right one.',
  },
  schedule: {
    noRuns: 'The figure has not reported its runs yet.',
    positive: 'c1 and c2 must both be positive numbers.',
    passed: 'Final loss {inverse} with c1 = {c1}, c2 = {c2}, against {constant} at constant α.',
    diverged:
      'With c1 = {c1}, c2 = {c2} the first rate c1/c2 = {first} is so large that training diverged.',
    failed:
      'Final loss {inverse} is not below {target} (constant α ends at {constant}). The first rate is c1/c2 = {first}; the last is {last}.',
    lastEpoch:
      'Over the last epoch the loss averages {mine} ({excess} above the least-squares minimum {floor}); the best constant rate, α = {rate}, averages {best} ({bestExcess} above).',
    notEnough:
      "{said} The task wants at most {atMost} the best constant's excess. Your rate goes from {first} to {last}: {why}.",
    half: 'half',
    times: '{factor} times',
    startsLow: 'it starts below the best constant rate, so the weights arrive late',
    shape: 'it must still be large enough early on and small enough at the end',
  },
  softmax: {
    enter: 'Enter {n} scores.',
    keep: 'Keep score {k} at {v}; change the others.',
    passed: 'softmax([{scores}]) = [{p}].',
    failed: 'softmax gives [{p}], the target is [{target}].',
  },
  update: {
    noSteps: 'The figure has not reported its steps yet.',
    notReplayed: 'A step could not be replayed: {why}',
    enterFirst:
      'Enter the update you expect, Δw = α·x·(t − y), before pressing Step: the check judges predictions made before the step.',
    step: 'step {n}',
    steps: 'steps {from} to {to}',
    wholeEpoch: ', a whole epoch',
    passed: 'Right: {steps} predicted before they happened{epoch}.',
    adalineHint:
      ' That is what the perceptron would do on a sample already on its side; Adaline still moves by α·x·(t − y) with the real output y.',
    onSideHint: ' The sample was already on its side, so t − y = 0.',
    valuesHint: ' There y = {y} and t = {t}.',
    failed: 'For step {n} you predicted {predicted}; the update was {update}.{hint}',
    needsCount: '{count} right in a row',
    needsNonZero: 'at least one that moves the weights',
    needsOnSide:
      'one on a sample already on its side (the sign of y equals t) whose update is still not zero',
    needsEpoch: 'a whole epoch, all {n} samples from the first',
    keepGoing: 'Step {n} was predicted right. Keep going: the task needs {needs}.',
  },
  updatesCount: {
    enter: 'Enter the number of weight updates.',
    passed: '{batches} batches per epoch × {epochs} epochs = {exact} updates.',
    lastBatch: '{entered} forgets the last, smaller batch: {m}/{K} is not whole.',
    oneEpoch: '{entered} is one epoch; the question asks for {epochs}.',
    wrong:
      '{entered} is not it. Each epoch cuts the m samples into batches of K, one update per batch.',
  },
};
