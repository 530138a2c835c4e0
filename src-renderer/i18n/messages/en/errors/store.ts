/**
 * The experiment store's refusals, by the ids main gives them (src-main/store/store-messages.ts),
 * in English worded as main's own. The message area `errors.store` holds them.
 */
export default {
  notFound: {
    dataset: 'dataset {id} does not exist',
    design: 'design {id} does not exist',
    experiment: 'experiment {id} does not exist',
    userLab: 'user lab {id} does not exist',
    lab: 'lab {id} does not exist',
  },
  needsName: {
    dataset: 'a dataset needs a name',
    design: 'a design needs a name',
  },
  nameTaken: { design: "a design named '{name}' already exists" },
  labIdTaken: "a lab with id '{id}' already exists",
  datasetInUse: 'dataset {id} is used by experiments; delete them first',
  rowCount: "dataset '{name}': row count must be a whole number ≥ 0",
  rowsMismatch: "dataset '{name}': x ({x}) and y ({y}) must hold {rows} rows each",
  labelsMismatch: "dataset '{name}': {labels} labels for {rows} rows",
  notARunStatus: "'{status}' is not a run status",
  datasetHashMismatch: "the config's dataset hash does not match dataset {id}",
  datasetFixed: "experiment {id}'s dataset cannot change",
  emptyTag: 'a tag cannot be empty',
  newerDatabase:
    'the database has schema version {found}, newer than this app understands ({supported}); it was left untouched — update Neuron Lab to open it',
  newerDatabaseFile:
    'the database {file} has schema version {found}, newer than this app understands ({supported}); it was left untouched — update Neuron Lab to open it',
  cannotOpen: 'cannot open the experiment database {file}: {why}',
  fileReadOnly:
    'the experiment database {file} cannot be written: it is read-only for you ({code}); make both writable for your user, or start the lab with another data folder',
  folderReadOnly:
    'the experiment database {file} cannot be written: its folder {folder} is read-only for you ({code}); make both writable for your user, or start the lab with another data folder',
  cannotLook:
    'cannot look at the experiment database {file} ({why}): check the permissions of its folder',
  danglingLink:
    'the experiment database {file} is a link to {target}, which is not there (a drive not connected?): connect it, or remove the link to start a new database',
  notDatabase: {
    folder:
      '{file} is a folder, not the experiment database: move it away, or start the lab with another data folder',
    pipe: '{file} is a named pipe (FIFO), not the experiment database: move it away, or start the lab with another data folder',
    socket:
      '{file} is a socket, not the experiment database: move it away, or start the lab with another data folder',
    device:
      '{file} is a device, not the experiment database: move it away, or start the lab with another data folder',
    other:
      '{file} is not a regular file, not the experiment database: move it away, or start the lab with another data folder',
  },
  dataFolder: 'the data folder cannot be made: {why}',
  backupOntoItself: 'cannot back up the database onto itself ({file})',
  backupFailed: 'backup to {file} failed: {why}',
  backupIntegrity: 'the backup failed its integrity check: {why}',
  /** the database file or its disk failed under a call */
  fault: {
    full: 'the disk holding the experiment database is full ({disk}): free some space there',
    readOnly:
      'the experiment database {file} cannot be written (it or its folder is read-only): make both writable for your user, or start the lab with another data folder',
    io: 'the disk holding the experiment database {file} reported an input/output error: check the disk (is it still connected, is it failing?)',
    cantOpen:
      'the experiment database {file} cannot be opened: check that its folder exists and that you may write to it',
    locked:
      'the experiment database {file} is locked by another program: close it (or the other Neuron Lab) and try again',
  },
  /** the system's reason inside a refusal ({why}), by its errno or SQLite code (src-main/store/store-cause.ts) */
  cause: {
    missing: '{path} does not exist: check the name and the folder',
    permission:
      "permission denied for {path}: change its permissions (or its folder's), or choose another place",
    notAllowed:
      "the system does not allow it for {path}: change its permissions (or its folder's), or choose another place",
    readOnlyDisk: '{path} is on a read-only disk: choose another place',
    diskFull: 'the disk holding {path} is full: free some space, or choose another disk',
    quota: 'your disk quota is used up where {path} is: free some space',
    isFolder: "{path} is a folder, not a file: give a file's name",
    notFolder: 'a part of {path} is a file, not a folder: check the path',
    exists: '{path} exists already: choose another name',
    inUse: '{path} is in use by another program: close it and try again',
    tooManyOpen: 'too many files are open to use {path}: close some programs and try again',
    io: 'the disk holding {path} reported an input/output error: check the disk',
    nameTooLong: 'the name {path} is too long: choose a shorter one',
    linkLoop: '{path} is a loop of symbolic links: fix the links',
    cantOpen: '{path} cannot be opened: check that its folder exists and that you may write to it',
    corrupt: '{path} is damaged',
    notDatabase: '{path} is not a SQLite database',
    busy: '{path} is busy with another program: close it (or the other Neuron Lab) and try again',
    locked: '{path} is locked by another program: close it (or the other Neuron Lab) and try again',
    readOnly:
      '{path} cannot be written (it or its folder is read-only): make both writable for your user',
    outOfMemory: 'the computer ran out of memory: close some programs and try again',
    system: '{text}',
  },
};
