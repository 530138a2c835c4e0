/** Choosing a lesson file to import, in English. */
export default {
  choose: 'Choose a lesson file…',
  failed: 'The open dialog could not be shown: {error}',
};
