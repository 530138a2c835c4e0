/**
 * The built-in datasets' names, descriptions and parameters in English, by dataset name. Main's
 * catalogue (src-main/builtin-data) speaks English for the command line; the interface shows
 * these instead (data/builtin-text.ts), and a test keeps this file equal to main's words.
 */
export default {
  circle: { label: 'Circle', description: 'a disc inside a ring' },
  xor: { label: 'Exclusive or', description: 'four quadrants, same-sign vs opposite-sign' },
  gaussian: { label: 'Gaussian', description: 'two round blobs' },
  spiral: { label: 'Spiral', description: 'two interleaved spirals' },
  moons: { label: 'Moons', description: 'two interleaving half moons' },
  blobs: { label: 'Blobs (k classes)', description: 'k gaussian blobs with one-hot targets' },
  and: { label: 'AND', description: 'the AND truth table' },
  or: { label: 'OR', description: 'the OR truth table' },
  not: { label: 'NOT', description: 'the NOT truth table' },
  'xor-gate': { label: 'XOR', description: 'the XOR truth table' },
  plane: { label: 'Plane', description: 'target rises linearly with x1 + x2' },
  'multi-gaussian': { label: 'Multi gaussian', description: 'six peaks and pits' },
  line: { label: 'Noisy line', description: 'points scattered around y = slope · x + intercept' },
  sine: { label: 'Sine curve', description: 'one period of sin x' },
  iris: {
    label: 'Iris flowers',
    description: '150 iris flowers: sepal and petal length and width in cm, three species',
  },
  mnist: {
    label: 'Handwritten digits (MNIST)',
    description: 'handwritten digits 0–9 as 28 × 28 grey images (784 pixel inputs in [0, 1])',
  },
  /** parameters by name: their label, and their help where it is the same for every dataset */
  param: {
    count: { label: 'Samples', description: 'number of points generated' },
    seed: { label: 'Seed', description: 'same seed, same data' },
    noise: { label: 'Noise' },
    classes: { label: 'Classes', description: 'number of classes' },
    slope: { label: 'Slope', description: 'slope of the true line' },
    intercept: { label: 'Intercept', description: 'value of the true line at x = 0' },
  },
  /** a parameter's help that depends on the dataset: `<dataset>.<parameter>` */
  help: {
    circle: {
      noise: 'fraction of the plot width by which labels are blurred near the boundary',
    },
    xor: { noise: 'fraction of the plot width by which labels are blurred near the boundary' },
    gaussian: { noise: 'widens both blobs' },
    spiral: { noise: 'jitter off the spiral arms' },
    moons: { noise: 'spread around each arc, as a fraction of its radius' },
    blobs: { noise: 'widens every blob' },
    plane: { noise: 'fraction of the plot width by which targets are blurred' },
    'multi-gaussian': { noise: 'fraction of the plot width by which targets are blurred' },
    line: { noise: 'standard deviation of the scatter, in y units' },
    sine: { noise: 'standard deviation of the scatter, in y units' },
    mnist: {
      count: 'number of images; any count holds about as many of each digit',
    },
  },
  /** a parameter's label that differs for one dataset: `<dataset>.<parameter>` */
  relabel: { mnist: { count: 'Images' } },
};
