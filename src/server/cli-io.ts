// What CLI commands read and write, so tests can drive them in-process.
import { stdin } from 'node:process';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** All of standard input (for --password-stdin). */
  readonly readStdin?: () => Promise<string>;
  /** Asks on the terminal without echoing; undefined when there is no terminal. */
  readonly askSecret?: (prompt: string) => Promise<string>;
}

/** Who ran a command, for the audit log (actor `cli:<user>`). */
export const cliOperator = (env: NodeJS.ProcessEnv) => ({ cli: env.USER || env.LOGNAME || 'operator' });

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a line in raw mode and echoes nothing, so a password never shows on screen. */
function askSecretOnTerminal(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    process.stderr.write(prompt);
    let typed = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: string) => {
      for (const ch of data) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003') return finish(new UsageError('cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readStdin: readAll,
  askSecret: stdin.isTTY ? askSecretOnTerminal : undefined,
};
