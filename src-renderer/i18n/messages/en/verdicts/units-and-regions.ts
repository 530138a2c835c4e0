/** Verdicts in English of the checks on units, networks and regions (see ../verdicts.ts). */
export default {
  activationDerivative: {
    chooseX: 'Choose an x first.',
    showFirst: 'Show {f} first: the plot shows {shown}.',
    at: 'At x = {x}, {f}′(x) = {d}',
    neverEquals: '{f}′ never equals {target} for x > 0.',
    positiveSide: '{at}: look on the positive side, x > 0.',
    fallsTo: '{at}: that is where it falls to {target} (x ≈ {root}).',
    stillAbove: '{at}, still above {target}: go further out.',
    alreadyBelow: '{at}, already below {target}: come back towards 0.',
    belowPass: '{at}: below {bound}, the gradient has all but vanished.',
    belowFail: '{at}, not below {bound} yet: move x further from 0.',
    abovePass: '{at}: above {bound}.',
    aboveFail: '{at}, not above {bound}.',
  },
  activationsChosen: {
    gives: {
      linear: 'any real number',
      relu: 'only numbers of 0 or more',
      sigmoid: 'one number between 0 and 1 (a probability)',
      softmax: 'numbers between 0 and 1 that add up to 1 (a distribution over the outputs)',
    },
    mse: 'a mean squared error of {v}',
    right: '{v}% right',
    noChoices: 'The figure has not reported its choices yet.',
    unknownTask: "This check knows no task '{id}'.",
    chooseBoth: 'Choose both activations for “{task}”.',
    wrongOutput: 'For “{task}” a {output} output gives {gives}; the task needs {needs}.',
    refused: 'For “{task}”: {why}.',
    notReached:
      'For “{task}” the network with {hidden} hidden units reaches {measure}, not the goal. {hint}',
    linearHidden:
      'Linear hidden units add nothing a single linear layer could not do: the whole network stays one linear map.',
    otherHidden: 'Try another hidden activation.',
    pair: '{output} out, {hidden} hidden',
    passed: 'Right for all {n} tasks: {chosen}.',
  },
  adaline: {
    noWeights: 'Train the Adaline first: there are no weights to check yet.',
    noLeastSquares: 'The least-squares line does not exist for these points: {why}',
    notThere:
      'Not there yet: a weight is still {gap} from the least-squares weights (allowed {tolerance}). Train more epochs, or lower α.',
    passed: 'Right: every weight is within {tolerance} of the least-squares solution [{best}].',
  },
  firing: {
    noNeuron: 'The figure has not reported its neuron yet.',
    tickFirst:
      'Tick the patterns you expect to fire, then press “Show which fire”: the check judges the prediction made before it is shown.',
    doesNotFit: 'The prediction does not fit this neuron.',
    passed: 'Right on all {n} patterns: it fires on {on} of them.',
    failed:
      '{wrong} of {n} patterns are wrong. For each one, add the strengths of the active excitatory synapses, subtract those of the active inhibitory ones, and compare with the threshold. Press “New neuron” to predict again.',
  },
  madaline: {
    noWeights: 'Train the MADALINE first: there are no weights to check yet.',
    invalid: 'The MADALINE is not valid: {why}',
    misclassified:
      '{wrong} of {n} points are still misclassified: train more epochs or try another seed.',
    predictOr:
      'It classifies every point. Now predict what an OR unit on the same two Adalines would say at each point, then press “Show the OR”.',
    orWrong:
      'Your OR prediction is wrong at {wrong} of {n} points. A point is +1 for OR as soon as it lies on the +1 side of either line; train again (or reset) and predict anew.',
    orPassed:
      'Right: AND classifies all {n} points, and you predicted the OR of the same Adalines.',
    passed: 'Right: the {units} Adalines and the {logic} unit classify all {n} points.',
  },
  network: {
    trainFirst: 'Train the network first.',
    invalid: 'The network is not valid: {why}',
    inputs: 'The network has {inputs} inputs; the table needs {n}.',
    row: '({x}) gives {got}, wanted {want}',
    wrong:
      '{wrong} of {n} rows are wrong: {rows}. Train longer or try another seed (a run can stall in a local minimum).',
    nameHidden:
      "The network computes the table. Now read it: say which function each hidden unit computes (work out each unit's output on the four rows from its weights and line).",
    hiddenWrong:
      'At least one hidden unit computes something else: on each row, is its weighted sum w·x + b above 0 (the unit is on) or below?',
    hiddenPassed: 'Right: the outputs round to the table, and the hidden units compute {names}.',
    passed: "Right: the network's outputs round to the table on all {n} rows.",
  },
  neverSettles: {
    runFirst: 'Run the perceptron first.',
    runMore:
      'You have run {epochs} epochs; run at least {min} to see that it never settles. | You have run {epochs} epoch; run at least {min} to see that it never settles. | You have run {epochs} epochs; run at least {min} to see that it never settles.',
    learned:
      'This table was learned in epoch {epoch}: it is linearly separable, so it cannot show the failure.',
    passed:
      'Right: after {epochs} epochs every epoch still had {errors} or more errors; no line separates XOR, so the weights can never settle.',
  },
  separates: {
    noPerceptron: 'There is no trained perceptron to check yet.',
    short:
      'class {c} has {n} points, add at least {more} more | class {c} has {n} point, add at least {more} more | class {c} has {n} points, add at least {more} more',
    wrong:
      '{wrong} of {n} points are still on the wrong side of the line: keep stepping or run to convergence.',
    passed: 'Right: the line separates all {n} points.',
  },
  percent: '{v}%',
  regionAccuracy: {
    oneHidden: 'The network must have exactly one hidden layer.',
    tooMany: 'It has {hidden} hidden units; use at most {max}.',
    notEvaluated: 'The network could not be evaluated: {why}',
    tooLow:
      'It classifies {accuracy} of the points; the task asks for {min}. Try more hidden units or another seed.',
    notSmallest:
      '{hidden} hidden units classify {accuracy}: enough, but the task asks for the smallest network that does. Try fewer.',
    wrongReason:
      'The network is right ({hidden} units, {accuracy}), but that is not why fewer units cannot do it. Look at the shapes fewer lines can make, and at the shape of the region.',
    askReason:
      'The network is right ({hidden} units, {accuracy}); now answer the question: why can fewer units not do it?',
    passed:
      'Right: {hidden} hidden units classify {accuracy} of the points. | Right: {hidden} hidden unit classify {accuracy} of the points. | Right: {hidden} hidden units classify {accuracy} of the points.',
  },
  regionSeparates: {
    combine: { and: 'AND', or: 'OR', 'or-of-and': 'OR of ANDs' },
    noRegion: 'There is no region to check yet.',
    incomplete: 'The units are not complete: {problem}.',
    chooseCombine: 'Choose how the output unit combines the units.',
    asks: 'This task asks for an {combine} output.',
    outside: '{p} is outside',
    inside: '{p} is inside',
    wrong: '{wrong} of {n} points are on the wrong side: {shown}.',
    passed:
      'Right: {n} half-planes combined by {combine} hold every inside point and no outside one. | Right: {n} half-plane combined by {combine} hold every inside point and no outside one. | Right: {n} half-planes combined by {combine} hold every inside point and no outside one.',
  },
  truthTable: {
    noCircuit: 'There is no circuit to check yet.',
    invalid: 'The circuit is not valid: {why}',
    inputs: 'The circuit has {inputs} inputs; this table needs {n}.',
    onlyChange:
      'You changed unit {units}; this task allows changing only {allowed}. Press “Reset the units” and try again.',
    inhibition: { weighted: 'weighted', absolute: 'absolute' },
    mode: 'Unit {id} uses {mode} inhibition; this task asks for {wanted} inhibition.',
    row: 'for {at} it gives {got}, the table wants {want}',
    passed: 'Right: all {n} rows of the truth table match.',
    wrong: '{wrong} of {n} rows are wrong: {rows}.',
  },
  timeline: {
    chooseAll: 'Choose an event for each problem.',
    open: '{open} of {n} problems have no event chosen yet.',
    wrong:
      '{wrong} of {n} matches are not right. For each problem, look for the work that removed it, not only for a date close to it.',
    passed: 'Right: all {n} problems matched with the work that answered them.',
  },
  topology: {
    runFirst: 'Run the trials first.',
    tooFew:
      '{n} trials have finished with a validation loss; run at least {min}. | {n} trial has finished with a validation loss; run at least {min}. | {n} trials have finished with a validation loss; run at least {min}.',
    pick: 'Pick one of the topologies first.',
    notLowest:
      '{chosen} has validation loss {loss}, but {best} has a lower one ({bestLoss}).{fixed}',
    fixed:
      ' Your choice is fixed now that the test set has been looked at: train new runs to choose again.',
    reveal:
      '{chosen} has the lowest validation loss. Now reveal its test score — once: that is the number to report.',
    wrongReason:
      'Your choice is right, but that is not why the test set may not choose: think about what its score would then measure.',
    askReason:
      'Your choice is right; now answer the question: why may the test set not choose between the topologies?',
    passed: 'Right: {chosen} has the lowest validation loss, {loss}, of the {n} topologies.',
  },
};
