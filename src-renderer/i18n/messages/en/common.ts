/** Words many parts of the app share, in English. */
export default {
  dismiss: 'Dismiss',
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  loading: 'Loading…',
  error: 'Error: {message}',
};
