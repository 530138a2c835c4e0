/** Notes the lab figures share (composables/use-learning-rate.ts). */
export default {
  rateFallback:
    'The learning rate must be a number above 0; the lab’s α = {rate} is used meanwhile.',
};
