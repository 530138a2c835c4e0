/** Runs a benchmark child's work and sends its result (or its error) to the parent that
 * forked it, then exits; run by hand, it prints the result instead. */
export function replyToParent(work: () => Promise<unknown>): void {
  work().then(
    (result) => {
      if (process.send) process.send(result as object, () => process.exit(0));
      else console.log(JSON.stringify(result, null, 2));
    },
    (err: unknown) => {
      const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
      if (process.send) process.send({ error: message }, () => process.exit(1));
      else {
        console.error(message);
        process.exit(1);
      }
    },
  );
}
