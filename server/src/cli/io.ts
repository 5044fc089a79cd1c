// What a command needs from the process, injected so that tests can run commands in-process.
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Progress goes to stderr only when a person is watching it. */
  stderrIsTTY: boolean;
  /** Colour in the text output only when a person reads it (optional: tests leave it out). */
  stdoutIsTTY?: boolean;
  cwd: string;
}

export function processIO(): CliIO {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
  };
}
