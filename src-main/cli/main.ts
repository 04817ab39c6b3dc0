import { processIo } from './io';
import { runCli } from './program';

// Output piped into `head` that closes early is not a failure of the command.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
});
